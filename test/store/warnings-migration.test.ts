/** Migration 0004 (warnings): overtime reasons linked to their session, delivered-warnings log. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, openDatabase, openStore } from '../../src/store/index';
import type { PendingWarning } from '../../src/app/warnings/pending';
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
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.overtimeReasons.sessionExists(`open-${START}`)).toBe(true);
    expect(store.overtimeReasons.sessionExists(`open-${START + 1}`)).toBe(false);
    store.overtimeReasons.save({ sessionId: `open-${START}`, recordedAt: START + 9 * 3_600_000, reasons: ['agreed-end', 'daily-normal-limit'], text: 'Release' });
    expect(store.overtimeReasons.listForSession(`open-${START}`)).toHaveLength(1);

    const closed = store.sessions.closeOpen(START + 10 * 3_600_000, null, START + 10 * 3_600_000, 'stopped');
    const id = closed?.id ?? '';
    expect(store.overtimeReasons.listForSession(id)).toEqual([{ sessionId: id, recordedAt: START + 9 * 3_600_000, reasons: ['agreed-end', 'daily-normal-limit'], text: 'Release', ground: null, takenAs: 'pay' }]);
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

describe('migration 0005: pending warnings and snooze', () => {
  const held: PendingWarning = {
    id: 'warn-0a1b2c3d', title: 'Nattarbeid begynner snart', body: 'Nattarbeid fra 21:00.\nLinje 2',
    click: { page: 'today', action: 'open', sessionId: `open-${START}` }, clickLabel: 'Åpne Fyrabend', urgency: 'normal',
    since: START + 1, cause: 'do-not-disturb', resend: true,
  };
  const failed: PendingWarning = {
    id: 'unlogged-9', title: 'Are you working?', body: 'Log it.', click: { page: 'today', action: 'log-work' }, urgency: 'normal',
    since: START + 2, cause: 'not-shown', resend: false, hiddenUntil: START + 1_800_000,
  };

  it('keeps the pending list, in order, and a snooze across reopening', async () => {
    const path = join(tempDir(), 'f.db');
    const a = await openStore(path, { backups: false });
    expect(a.warningState.loadPending()).toEqual([]);
    expect(a.warningState.loadSnooze()).toBeNull();
    a.warningState.savePending([failed, held]);
    a.warningState.saveSnooze(START + 3_600_000);
    a.close();
    const b = await openStore(path, { backups: false });
    expect(b.warningState.loadPending()).toEqual([failed, held]);
    expect(b.warningState.loadSnooze()).toBe(START + 3_600_000);
    b.warningState.savePending([held]);
    b.warningState.saveSnooze(null);
    expect(b.warningState.loadPending()).toEqual([held]);
    expect(b.warningState.loadSnooze()).toBeNull();
    b.close();
  });

  it.each([
    ['not a notification', '{"title": 1}'],
    ['an unknown page', JSON.stringify({ ...held, click: { page: 'nowhere', action: 'open' } })],
    ['an unknown urgency', JSON.stringify({ ...held, urgency: 'loud' })],
    ['a hiding time that is not a number', JSON.stringify({ ...held, hiddenUntil: 'soon' })],
  ])('a row holding %s is left out, the others are read', async (_name, json) => {
    const store = await openStore(join(tempDir(), 'f.db'), { backups: false });
    store.warningState.savePending([held]);
    store.db.prepare("INSERT INTO pending_warnings (id, position, since_ms, cause, resend, request_json) VALUES ('bad', 9, 1, 'not-shown', 0, ?)").run(json);
    expect(store.warningState.loadPending()).toEqual([held]);
    store.close();
  });

  it('refuses rows the schema does not allow', async () => {
    const store = await openStore(join(tempDir(), 'f.db'), { backups: false });
    const insert = store.db.prepare('INSERT INTO pending_warnings (id, position, since_ms, cause, resend, request_json) VALUES (?, 0, 1, ?, ?, ?)');
    expect(() => insert.run('a', 'shrug', 0, '{}')).toThrow(/CHECK/);
    expect(() => insert.run('b', 'not-shown', 2, '{}')).toThrow(/CHECK/);
    expect(() => insert.run('c', 'not-shown', 0, 'not json')).toThrow(/CHECK/);
    expect(() => store.db.prepare('INSERT INTO warning_snooze (id, until_ms) VALUES (2, 1)').run()).toThrow(/CHECK/);
    store.close();
  });
});
