/**
 * Issue 20 item 4 in the payroll files: the reason of a correction is read in the file's language when
 * Fyrabend wrote it (a code, or an English phrase of an older row); the user's own words stay as written.
 */
import { describe, expect, it } from 'vitest';
import { exportTimesheet } from '../../../src/app/export/export-timesheet';
import { auditReason } from '../../../src/shared/audit-reason';
import { exportFakes as fakes, work } from './fixture';

const req = (lang: 'nb' | 'nn' | 'en', mode: 'preview' | 'submit') => ({ period: '2026-03', format: 'json', out: '/out/ts.json', lang, mode, dryRun: false });

describe('correction reasons in the payroll file', () => {
  it.each([
    ['nb', auditReason('locked-stop', { note: 'Glemte å stoppe' }), 'stoppet på et valgt tidspunkt i en periode som er sendt til lønn; grunn: Glemte å stoppe'],
    ['nn', auditReason('locked-stop', { note: 'Glemte å stoppe' }), 'stoppa på eit valt tidspunkt i ein periode som er send til løn; grunn: Glemte å stoppe'],
    ['en', auditReason('locked-stop', { note: 'Glemte å stoppe' }), 'stopped at a chosen time inside a period sent to payroll; reason: Glemte å stoppe'],
    ['nb', 'stopped at a chosen time inside a locked period; reason: møte', 'stoppet på et valgt tidspunkt i en periode som er sendt til lønn; grunn: møte'],
    ['nn', 'Kundemøte', 'Kundemøte'],
  ] as const)('%s: %s', async (lang, stored, shown) => {
    const f = fakes();
    await exportTimesheet(req(lang, 'submit'), f.deps);
    const target = f.sessions.find((s) => s.start === work('2026-03-02', '12:00', '16:00').start)!;
    const idx = f.sessions.indexOf(target);
    f.sessions[idx] = { ...target, end: target.end + 3_600_000 };
    f.corrections.push({ id: 'c1', at: f.submissions[0]!.at + 1000, period: f.locks[0]!, action: 'edit', sessionId: target.id!, before: null, after: null, reason: stored });
    expect(await exportTimesheet(req(lang, 'preview'), f.deps)).toMatchObject({ ok: true });
    const file = JSON.parse(new TextDecoder().decode(f.written.at(-1)!.data)) as { corrections: { reason: string }[] };
    expect(file.corrections.map((c) => c.reason)).toEqual([shown]);
  });
});
