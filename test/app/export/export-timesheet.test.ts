/** The export use case with fakes: checks before writing, atomic write, locking and corrections. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportTimesheet, type ExportTimesheetDeps } from '../../../src/app/export/export-timesheet';
import type { Correction, LockedPeriod } from '../../../src/app/ports/locked-period-repo';
import type { PaySettings } from '../../../src/core/pay';
import type { Session } from '../../../src/core/model';
import { AtomicFileSink } from '../../../src/store/files/atomic-file-sink';
import { agreement, fixtureSessions, GENERATED_AT, settings, work } from './fixture';


function fakes(over: { settings?: PaySettings | null; sessions?: Session[] } = {}) {
  const sessions = over.sessions ?? fixtureSessions();
  const written: { path: string; data: Uint8Array }[] = [];
  const locks: LockedPeriod[] = [];
  const corrections: Correction[] = [];
  let clock = GENERATED_AT;
  const deps: ExportTimesheetDeps = {
    sessions: { between: (from, to) => sessions.filter((s) => s.end > from && s.start < to) as never },
    agreements: () => [agreement],
    paySettings: () => (over.settings === undefined ? settings : over.settings),
    locks: {
      list: () => [...locks],
      lockPeriod: (from, to, at, label) => {
        const l = { id: String(locks.length + 1), from, to, lockedAt: at, label };
        locks.push(l);
        return l;
      },
      correctionsSince: (since) => corrections.filter((c) => c.at >= since),
    },
    files: { writeAtomic: async (path, data) => void written.push({ path, data }) },
    now: () => (clock += 60_000),
  };
  return { deps, written, locks, corrections, sessions };
}

const req = (format: string, period = '2026-03') => ({ period, format, out: `/out/ts.${format}`, lang: 'en' as const });

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

  it('writes the file, then marks the month as submitted; a Visma re-export without changes has nothing new', async () => {
    const f = fakes();
    const r = await exportTimesheet(req('visma'), f.deps);
    expect(r).toMatchObject({ ok: true, value: { locked: ['2026-03'], corrections: 0 } });
    expect(f.written).toHaveLength(1);
    expect(f.locks.map((l) => l.label)).toEqual(['2026-03']);
    const again = await exportTimesheet(req('visma'), f.deps);
    expect(again).toMatchObject({ ok: false, error: { code: 'nothing-new' } });
    expect(f.written).toHaveLength(1);
  });

  it('an edit inside a submitted month is listed as a correction in the next export, with its pay effect', async () => {
    const f = fakes();
    await exportTimesheet(req('csv'), f.deps);
    // Edit: Monday 2026-03-02 ends at 17:00 instead of 16:00 (one more hour).
    const target = f.sessions.find((s) => s.start === work('2026-03-02', '12:00', '16:00').start)!;
    const before = { ...target };
    const idx = f.sessions.indexOf(target);
    f.sessions[idx] = { ...target, end: target.end + 3_600_000 };
    f.corrections.push({
      id: 'c1',
      at: f.locks[0]!.lockedAt + 1000,
      period: f.locks[0]!,
      action: 'edit',
      sessionId: target.id!,
      before: JSON.stringify(before),
      after: JSON.stringify(f.sessions[idx]),
      reason: 'forgot to stop',
    });
    const r = await exportTimesheet(req('visma', '2026-04'), f.deps);
    expect(r.ok).toBe(true);
    const text = new TextDecoder().decode(f.written[1]!.data);
    const lines = text.trim().split('\r\n');
    // The April lines, then the correction to March: +1 h merarbeid (the week is 38.5 h).
    expect(lines.at(-1)).toBe('0;0;1002;1010;0.00;1.00;0.00;0.00;;;"";"";"";"";"";"";');
    // The April export locked April, so the same correction is not sent again.
    const csv = await exportTimesheet(req('csv', '2026-04'), f.deps);
    expect(csv).toMatchObject({ ok: true, value: { corrections: 0 } });
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
