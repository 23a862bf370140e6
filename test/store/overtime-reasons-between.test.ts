/** Issue 14 item 4: the reasons of a period, with their sessions, and the reason in the session's change log. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index';
import { tempDir } from './helpers';

const H = 3_600_000;
const MON = Date.parse('2026-03-09T07:00:00Z'); // Monday 08:00 Oslo
const OPEN = { zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', heartbeat: null } as const;

describe('overtime reasons of a period', () => {
  it('lists closed and running sessions overlapping [from, to) with their intervals; other days are left out', async () => {
    const store = await openStore(join(tempDir(), 'f.db'), { backups: false });
    const add = (start: number, hours: number) => store.sessions.change({ action: 'add', at: start, reason: 'by hand', after: { ...OPEN, start, end: start + hours * H, breakWithDuties: false } })?.id ?? '';
    const monday = add(MON, 11);
    const tuesday = add(MON + 24 * H, 10);
    store.overtimeReasons.save({ sessionId: monday, recordedAt: MON + 12 * H, reasons: ['daily-normal-limit'], text: 'Release' });
    store.overtimeReasons.save({ sessionId: tuesday, recordedAt: MON + 35 * H, reasons: ['night-start'], text: 'Incident' });
    store.sessions.beginOpen({ ...OPEN, start: MON + 48 * H });
    store.overtimeReasons.save({ sessionId: `open-${MON + 48 * H}`, recordedAt: MON + 58 * H, reasons: ['agreed-end'], text: 'Deadline' });

    const cases: [string, number, number, string[]][] = [
      ['Monday only', MON - 7 * H, MON + 17 * H, ['Release']],
      ['Tuesday only', MON + 17 * H, MON + 41 * H, ['Incident']],
      ['Wednesday: the running session', MON + 41 * H, MON + 65 * H, ['Deadline']],
      ['the whole week', MON - 7 * H, MON + 7 * 24 * H, ['Release', 'Incident', 'Deadline']],
      ['the week before', MON - 7 * 24 * H, MON - 7 * H, []],
    ];
    for (const [what, from, to, texts] of cases) expect(store.overtimeReasons.listBetween(from, to).map((r) => r.text), what).toEqual(texts);
    expect(store.overtimeReasons.listBetween(MON - 7 * H, MON + 17 * H)).toEqual([
      { sessionId: monday, sessionStart: MON, sessionEnd: MON + 11 * H, recordedAt: MON + 12 * H, reasons: ['daily-normal-limit'], text: 'Release', ground: null, takenAs: 'pay' },
    ]);
    expect(store.overtimeReasons.listBetween(MON + 41 * H, MON + 65 * H)[0]).toMatchObject({ sessionId: `open-${MON + 48 * H}`, sessionEnd: null });
    store.close();
  });

  it('a saved reason is an entry of the session change log (audit log), with its text', async () => {
    const store = await openStore(join(tempDir(), 'f.db'), { backups: false });
    const id = store.sessions.change({ action: 'add', at: MON, reason: 'by hand', after: { ...OPEN, start: MON, end: MON + 11 * H, breakWithDuties: false } })?.id ?? '';
    store.overtimeReasons.save({ sessionId: id, recordedAt: MON + 12 * H, reasons: ['daily-normal-limit'], text: 'Release' });
    expect(store.audit.entries(id).map((e) => [e.action, e.reason, e.at])).toEqual([
      ['add', 'by hand', MON],
      ['overtime-reason', 'Release', MON + 12 * H],
    ]);
    store.close();
  });
});
