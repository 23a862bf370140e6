/** Migration 0004 (warnings): overtime reasons linked to their session, delivered-warnings log. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, openStore } from '../../src/store/index';
import { tempDir } from './helpers';

const START = Date.parse('2026-03-10T07:00:00Z');
const OPEN = { start: START, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', heartbeat: null } as const;

describe('migration 0004: warnings', () => {
  it('upgrades a version-3 file with a session running; a reason recorded then is linked when it stops', async () => {
    const path = join(tempDir(), 'f.db');
    const old = await openDatabase(path, { targetVersion: 3, backups: false });
    old.exec(`INSERT INTO open_session (id, start_ms, zone, kind, location, initiative, note, heartbeat_ms, last_activity_ms)
      VALUES (1, ${START}, 'Europe/Oslo', 'work', 'home', 'employer', NULL, NULL, ${START})`);
    old.close();

    const store = await openStore(path, { backups: false });
    expect(store.db.pragma('user_version', { simple: true })).toBe(4);
    expect(store.overtimeReasons.sessionExists(`open-${START}`)).toBe(true);
    expect(store.overtimeReasons.sessionExists(`open-${START + 1}`)).toBe(false);
    store.overtimeReasons.save({ sessionId: `open-${START}`, recordedAt: START + 9 * 3_600_000, reasons: ['agreed-end', 'daily-normal-limit'], text: 'Release' });
    expect(store.overtimeReasons.listForSession(`open-${START}`)).toHaveLength(1);

    const closed = store.sessions.closeOpen(START + 10 * 3_600_000, null, START + 10 * 3_600_000, 'stopped');
    const id = closed?.id ?? '';
    expect(store.overtimeReasons.listForSession(id)).toEqual([{ sessionId: id, recordedAt: START + 9 * 3_600_000, reasons: ['agreed-end', 'daily-normal-limit'], text: 'Release' }]);
    store.close();
  });

  it('a reason is only linked to the tracker session with the same start, never to a hand-added one', async () => {
    const store = await openStore(join(tempDir(), 'f.db'), { backups: false });
    store.sessions.beginOpen(OPEN);
    store.overtimeReasons.save({ sessionId: `open-${START}`, recordedAt: START, reasons: [], text: 'x' });
    const manual = store.sessions.change({ action: 'add', at: START, reason: 'by hand', after: { ...OPEN, end: START + 3_600_000, breakWithDuties: false } });
    expect(store.overtimeReasons.listForSession(manual?.id ?? '')).toEqual([]);
    expect(store.overtimeReasons.listForSession(`open-${START}`)).toHaveLength(1);
    store.close();
  });

  it('deleting a session keeps its reason (the text and the start stay)', async () => {
    const store = await openStore(join(tempDir(), 'f.db'), { backups: false });
    const s = store.sessions.change({ action: 'add', at: START, reason: 'by hand', after: { ...OPEN, end: START + 3_600_000, breakWithDuties: false } });
    const id = s?.id ?? '';
    store.overtimeReasons.save({ sessionId: id, recordedAt: START, reasons: ['night-start'], text: 'Incident' });
    store.sessions.change({ action: 'delete', id, at: START + 1, reason: 'wrong day' });
    expect(store.db.prepare('SELECT session_id, session_start_ms, text FROM overtime_reasons').all()).toEqual([{ session_id: null, session_start_ms: START, text: 'Incident' }]);
    expect(() => store.overtimeReasons.save({ sessionId: id, recordedAt: START, reasons: [], text: 'again' })).toThrow(/does not exist/);
    store.close();
  });

  it('the delivered log keeps keys across reopening and prunes by line', async () => {
    const path = join(tempDir(), 'f.db');
    const a = await openStore(path, { backups: false });
    a.deliveredWarnings.add(['warn:agreed-end:100', 'follow:agreed-end:100'], 100);
    a.deliveredWarnings.add(['warn:night-start:500'], 500);
    a.close();
    const b = await openStore(path, { backups: false });
    expect(['warn:agreed-end:100', 'follow:agreed-end:100', 'warn:night-start:500', 'warn:other:1'].map((k) => b.deliveredWarnings.has(k))).toEqual([true, true, true, false]);
    b.deliveredWarnings.prune(200);
    expect(['warn:agreed-end:100', 'warn:night-start:500'].map((k) => b.deliveredWarnings.has(k))).toEqual([false, true]);
    b.close();
  });
});
