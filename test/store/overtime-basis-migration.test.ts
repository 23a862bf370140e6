/** Migration 0009 (overtime basis): the § 10-6 (1) ground and paid or time off on a stored reason, from a file that already holds reasons. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, openDatabase, openStore } from '../../src/store/index';
import { tempDir } from './helpers';

const START = Date.parse('2026-03-10T07:00:00Z');
const H = 3_600_000;

/** A version-8 file with a closed session and its reason, and a running session with a reason given while it ran. */
async function version8(): Promise<string> {
  const path = join(tempDir(), 'f.db');
  const old = await openDatabase(path, { targetVersion: 8, backups: false });
  old.exec(`
    INSERT INTO sessions (id, start_ms, end_ms, zone, kind, location, initiative, break_with_duties, note, source)
      VALUES (1, ${START}, ${START + 11 * H}, 'Europe/Oslo', 'work', 'home', 'employer', 0, NULL, 'manual');
    INSERT INTO open_session (id, start_ms, zone, kind, location, initiative, note, heartbeat_ms, last_activity_ms)
      VALUES (1, ${START + 24 * H}, 'Europe/Oslo', 'work', 'home', 'employer', NULL, NULL, ${START + 24 * H});
    INSERT INTO overtime_reasons (id, session_id, session_start_ms, recorded_ms, reasons_json, text)
      VALUES (4, 1, ${START}, ${START + 10 * H}, '["daily-normal-limit"]', 'Release tonight'),
             (5, NULL, ${START + 24 * H}, ${START + 33 * H}, '["agreed-end"]', 'Server down');`);
  old.close();
  return path;
}

describe('migration 0009: overtime basis', () => {
  it('keeps every reason (ids, text, session) with no ground, paid; the trigger still links a reason to its closed session', async () => {
    const path = await version8();
    const store = await openStore(path, { backups: false });
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.db.prepare('SELECT id, session_id, text, ground, taken_as FROM overtime_reasons ORDER BY id').all()).toEqual([
      { id: 4, session_id: 1, text: 'Release tonight', ground: null, taken_as: 'pay' },
      { id: 5, session_id: null, text: 'Server down', ground: null, taken_as: 'pay' },
    ]);
    expect(store.overtimeReasons.listForSession('1')).toEqual([{ sessionId: '1', recordedAt: START + 10 * H, reasons: ['daily-normal-limit'], text: 'Release tonight', ground: null, takenAs: 'pay' }]);
    const closed = store.sessions.closeOpen(START + 34 * H, null, START + 34 * H, 'stopped');
    expect(store.overtimeReasons.listForSession(closed?.id ?? '')).toMatchObject([{ text: 'Server down', ground: null, takenAs: 'pay' }]);
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'overtime_reasons' AND type = 'index' ORDER BY name").all()).toEqual([
      { name: 'overtime_reasons_by_session' },
      { name: 'overtime_reasons_by_start' },
    ]);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    store.close();
  });

  it('stores and reads back a ground and time off; a ground other than "other" needs no text', async () => {
    const store = await openStore(await version8(), { backups: false });
    store.overtimeReasons.save({ sessionId: '1', recordedAt: START + 11 * H, reasons: [], text: '', ground: 'breakdown-emergency', takenAs: 'time-off' });
    store.overtimeReasons.save({ sessionId: '1', recordedAt: START + 12 * H, reasons: [], text: 'Kari is ill', ground: 'illness-absence-cover', takenAs: 'pay' });
    expect(store.overtimeReasons.listForSession('1').slice(1)).toEqual([
      { sessionId: '1', recordedAt: START + 11 * H, reasons: [], text: '', ground: 'breakdown-emergency', takenAs: 'time-off' },
      { sessionId: '1', recordedAt: START + 12 * H, reasons: [], text: 'Kari is ill', ground: 'illness-absence-cover', takenAs: 'pay' },
    ]);
    // The change log's entries carry the ground and choice of the reason they record (none for the migrated one, which had no entry).
    expect(store.audit.entries('1').filter((e) => e.action === 'overtime-reason').map((e) => [e.reason, e.basis])).toEqual([
      ['', { ground: 'breakdown-emergency', takenAs: 'time-off' }],
      ['Kari is ill', { ground: 'illness-absence-cover', takenAs: 'pay' }],
    ]);
    expect(store.overtimeReasons.listBetween(START, START + 24 * H).map((r) => [r.ground, r.takenAs])).toEqual([
      [null, 'pay'],
      ['breakdown-emergency', 'time-off'],
      ['illness-absence-cover', 'pay'],
    ]);
    store.close();
  });

  it('the schema refuses an unknown ground or choice, and an empty text without a ground or with "other"', async () => {
    const path = await version8();
    (await openStore(path, { backups: false })).close();
    const db = new Database(path);
    const insert = (text: string, ground: string | null, takenAs = 'pay') =>
      db.prepare('INSERT INTO overtime_reasons (session_id, session_start_ms, recorded_ms, reasons_json, text, ground, taken_as) VALUES (1, ?, 0, ?, ?, ?, ?)').run(START, '[]', text, ground, takenAs);
    expect(() => insert('x', 'Exceptional need')).toThrow(/CHECK/);
    expect(() => insert('x', 'other', 'overtime')).toThrow(/CHECK/);
    expect(() => insert('', null)).toThrow(/CHECK/);
    expect(() => insert('', 'other')).toThrow(/CHECK/);
    expect(() => insert('', 'exceptional-time-limited')).not.toThrow();
    db.close();
  });
});
