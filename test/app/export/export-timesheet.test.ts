/** The export use case with fakes: checks before writing, atomic write, locking and corrections. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportTimesheet } from '../../../src/app/export/export-timesheet';
import { AtomicFileSink } from '../../../src/store/files/atomic-file-sink';
import { at, exportFakes as fakes, GENERATED_AT, settings, work } from './fixture';


const req = (format: string, period = '2026-03', mode: 'preview' | 'submit' | 'again' = 'submit', dryRun = false) => ({ period, format, out: `/out/ts.${format}`, lang: 'en' as const, mode, dryRun });
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('export timesheet', () => {
  it.each([
    ['no settings', { settings: null }, 'csv', 'pay-settings-missing', /employee number and wage types/],
    ['no employee number', { settings: { ...settings, employeeNumber: ' ' } }, 'csv', 'employee-number-missing', /employee number is missing/],
    ['letters in a Visma employee number', { settings: { ...settings, employeeNumber: 'K-12' } }, 'visma', 'employee-number-invalid', /digits only/],
    ['an unmapped class', { settings: { ...settings, wageTypes: { ...settings.wageTypes, night: '' } } }, 'csv', 'wage-type-missing', /night/],
    ['overtime below 40 %', { settings: { ...settings, overtime: { ...settings.overtime, classes: [{ id: 'overtime-30', percent: 30 }], rules: [] } } }, 'csv', 'overtime-rules-invalid', /40 %/],
    ['an empty period', { sessions: [] }, 'csv', 'empty-period', /no logged work/],
  ] as const)('%s: a clear message and no file', async (_l, over, format, code, text) => {
    const f = fakes(over as never);
    const r = await exportTimesheet(req(format), f.deps);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(text);
    }
    expect(f.written).toEqual([]);
    expect(f.locks).toEqual([]);
  });

  it('rejects a bad period and a bad format before anything else', async () => {
    const f = fakes();
    expect(await exportTimesheet(req('csv', '2026-13'), f.deps)).toMatchObject({ ok: false, error: { code: 'period-invalid' } });
    expect(await exportTimesheet(req('pdf'), f.deps)).toMatchObject({ ok: false, error: { code: 'format-invalid' } });
    expect(f.written).toEqual([]);
  });

  it('a preview writes the file and marks nothing; the same month can then be submitted', async () => {
    const f = fakes();
    for (const format of ['html', 'csv', 'visma']) {
      const r = await exportTimesheet(req(format, '2026-03', 'preview'), f.deps);
      expect(r).toMatchObject({ ok: true, value: { mode: 'preview', locked: [], corrected: [] } });
    }
    expect(f.written).toHaveLength(3);
    expect(f.locks).toEqual([]);
    expect(f.submissions).toEqual([]);
    const sub = await exportTimesheet(req('visma'), f.deps);
    expect(sub).toMatchObject({ ok: true, value: { mode: 'submit', locked: ['2026-03'] } });
    expect(text(f.written[3]!.data)).toBe(text(f.written[2]!.data));
  });

  it('the preview is the default mode', async () => {
    const f = fakes();
    const { mode: _m, ...plain } = req('csv');
    expect(await exportTimesheet(plain, f.deps)).toMatchObject({ ok: true, value: { mode: 'preview', locked: [] } });
    expect(f.submissions).toEqual([]);
  });

  it('a dry run writes nothing and records nothing, and says what a submission would do', async () => {
    const f = fakes();
    const r = await exportTimesheet(req('visma', '2026-03', 'submit', true), f.deps);
    expect(r).toMatchObject({ ok: true, value: { dryRun: true, locked: ['2026-03'] } });
    if (r.ok) {
      expect(r.value.message).toMatch(/^Dry run: nothing was written/);
      expect(r.value.message).toContain('Would be marked as sent to payroll: March 2026.');
      expect(text(r.value.content).split('\r\n')[0]).toMatch(/^0;0;1002;1000;/);
    }
    expect(f.written).toEqual([]);
    expect(f.locks).toEqual([]);
    expect(f.submissions).toEqual([]);
  });

  it('submit marks the month as sent; a re-submit without changes has nothing new, in every format', async () => {
    const f = fakes();
    const r = await exportTimesheet(req('visma'), f.deps);
    expect(r).toMatchObject({ ok: true, value: { locked: ['2026-03'], corrections: 0 } });
    expect(f.written).toHaveLength(1);
    expect(f.locks.map((l) => l.label)).toEqual(['2026-03']);
    expect(f.submissions.map((s) => [s.month, s.kind, s.format])).toEqual([['2026-03', 'submit', 'visma']]);
    for (const format of ['visma', 'csv']) {
      const again = await exportTimesheet(req(format), f.deps);
      expect(again).toMatchObject({ ok: false, error: { code: 'nothing-new' } });
    }
    expect(f.written).toHaveLength(1);
    expect(f.submissions).toHaveLength(1);
  });

  it('an edit inside a submitted month is a correction: re-submitting the month writes only the change, once', async () => {
    const f = fakes();
    await exportTimesheet(req('visma'), f.deps);
    // Edit: Monday 2026-03-02 ends at 17:00 instead of 16:00 (one more hour).
    const target = f.sessions.find((s) => s.start === work('2026-03-02', '12:00', '16:00').start)!;
    const idx = f.sessions.indexOf(target);
    f.sessions[idx] = { ...target, end: target.end + 3_600_000 };
    f.corrections.push({ id: 'c1', at: f.submissions[0]!.at + 1000, period: f.locks[0]!, action: 'edit', sessionId: target.id!, before: null, after: null, reason: 'forgot to stop' });
    const r = await exportTimesheet(req('visma'), f.deps);
    expect(r).toMatchObject({ ok: true, value: { locked: [], corrected: ['2026-03'], corrections: 1 } });
    // The correction to March: +1 h merarbeid (the week is 38.5 h), and nothing else.
    expect(text(f.written[1]!.data)).toBe('0;0;1002;1010;0.00;1.00;0.00;0.00;;;"";"";"";"";"";"";\r\n');
    expect(f.submissions.map((s) => s.kind)).toEqual(['submit', 'correction']);
    // The correction is recorded as sent: nothing new afterwards.
    expect(await exportTimesheet(req('visma'), f.deps)).toMatchObject({ ok: false, error: { code: 'nothing-new' } });
  });

  it('a change to a sent month rides with the next month sent (it is never left behind)', async () => {
    const f = fakes();
    await exportTimesheet(req('visma'), f.deps);
    const target = f.sessions.find((s) => s.start === work('2026-03-02', '12:00', '16:00').start)!;
    f.sessions.splice(f.sessions.indexOf(target), 1);
    const r = await exportTimesheet(req('csv', '2026-04'), f.deps);
    expect(r).toMatchObject({ ok: true, value: { locked: ['2026-04'], corrected: ['2026-03'], corrections: 1 } });
    const csv = text(f.written[1]!.data);
    expect(csv).toContain('correction,2026-04,2026-03-02,');
    expect(f.submissions.map((s) => [s.month, s.kind])).toEqual([['2026-03', 'submit'], ['2026-04', 'submit'], ['2026-03', 'correction']]);
  });

  it('export again repeats what was sent (not the log now), says so, and marks nothing', async () => {
    const f = fakes();
    expect(await exportTimesheet(req('visma', '2026-03', 'again'), f.deps)).toMatchObject({ ok: false, error: { code: 'not-sent' } });
    await exportTimesheet(req('visma'), f.deps);
    const first = text(f.written[0]!.data);
    // A later change is not in the repeat: the repeat is what payroll has.
    f.sessions.push(work('2026-03-07', '10:00', '12:00'));
    const r = await exportTimesheet(req('visma', '2026-03', 'again'), f.deps);
    expect(r).toMatchObject({ ok: true, value: { mode: 'again', locked: [], corrected: [] } });
    if (r.ok) expect(r.value.message).toMatch(/repeats what was sent to payroll on 04\.05\.2026/);
    expect(text(f.written[1]!.data)).toBe(first);
    const html = await exportTimesheet({ ...req('html', '2026-03', 'again') }, f.deps);
    expect(html.ok).toBe(true);
    expect(text(f.written[2]!.data)).toContain('It is not a new submission.');
    expect(f.submissions).toHaveLength(1);
  });

  it('a month locked by an export from before schema 7 (no snapshot) is read as sent; an edit recorded since is its correction', async () => {
    const f = fakes();
    const march = f.deps.locks.lockPeriod(at('2026-03-01', '00:00'), at('2026-04-01', '00:00'), GENERATED_AT - 86_400_000, '2026-03');
    expect(await exportTimesheet(req('visma'), f.deps)).toMatchObject({ ok: false, error: { code: 'nothing-new' } });
    const target = f.sessions.find((s) => s.start === work('2026-03-02', '12:00', '16:00').start)!;
    const idx = f.sessions.indexOf(target);
    f.sessions[idx] = { ...target, end: target.end + 3_600_000 };
    f.corrections.push({ id: 'c1', at: march.lockedAt + 1000, period: march, action: 'edit', sessionId: target.id!, before: JSON.stringify(target), after: JSON.stringify(f.sessions[idx]), reason: 'forgot to stop' });
    const r = await exportTimesheet(req('visma'), f.deps);
    expect(r).toMatchObject({ ok: true, value: { locked: [], corrected: ['2026-03'] } });
    expect(text(f.written[0]!.data)).toBe('0;0;1002;1010;0.00;1.00;0.00;0.00;;;"";"";"";"";"";"";\r\n');
  });

  it('the atomic file sink leaves only the finished file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-export-'));
    const f = fakes();
    const r = await exportTimesheet({ ...req('json'), out: join(dir, 'ts.json') }, { ...f.deps, files: new AtomicFileSink() });
    expect(r.ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['ts.json']);
    expect(JSON.parse(readFileSync(join(dir, 'ts.json'), 'utf8')).format).toBe('fyrabend.timesheet/1');
    rmSync(dir, { recursive: true, force: true });
  });
});
