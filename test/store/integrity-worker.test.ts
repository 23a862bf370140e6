/**
 * Issue 21 item 4: the deferred integrity check runs in a worker thread on its own read-only
 * connection. A good file is 'ok', a damaged one gives SQLite's problem, a file that is no database
 * is a problem of the file, and a worker that cannot load better-sqlite3 says so (the caller then
 * checks on the main thread: deferred-check-fallback.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index';
import { integrityCheckInWorker, integrityProblemOf } from '../../src/store/integrity-worker';
import { damageLastLeaf, fillerLogs } from './filler-log';

const T = Date.parse('2026-11-24T09:00:00Z');
const logs = fillerLogs('fyrabend-worker-check-');
async function log(damage: boolean): Promise<string> {
  const db = await logs.log(T);
  if (damage) damageLastLeaf(db);
  return db;
}

describe('integrityCheckInWorker', () => {
  it('a good log is ok', async () => {
    expect(await integrityCheckInWorker(await log(false))).toEqual({ ran: true, problem: null });
  });

  it('a damaged log gives the problem SQLite found', async () => {
    const r = await integrityCheckInWorker(await log(true));
    expect(r.ran).toBe(true);
    expect(r.ran && r.problem).toMatch(/./);
  });

  it('a file that is no database is a problem of the file, not a worker failure', async () => {
    const file = join(logs.folder(), 'fyrabend.db');
    writeFileSync(file, 'not a database '.repeat(400));
    expect(await integrityCheckInWorker(file)).toEqual({ ran: true, problem: 'file is not a database' });
  });

  it('sees the log while another connection holds it open and writes (WAL)', async () => {
    const db = await log(false);
    const s = await openStore(db, { now: () => T, integrityCheck: 'deferred' });
    s.settings.set('test.during', 'y'.repeat(2000));
    expect(await integrityCheckInWorker(db)).toEqual({ ran: true, problem: null });
    s.close();
  });

  it('a worker that cannot load better-sqlite3 says it did not check', async () => {
    const r = await integrityCheckInWorker(await log(false), { module: join(tmpdir(), 'no-such-module-fyrabend.js') });
    expect(r).toMatchObject({ ran: false, reason: expect.stringMatching(/^better-sqlite3 could not be loaded: /) });
  });
});

describe('integrityProblemOf: one reading of SQLite\'s answer for the worker and the main thread', () => {
  const rows: [string[], string | null][] = [
    [['ok'], null],
    [['row 3 missing from index x', 'wrong # of entries in index x'], 'row 3 missing from index x; wrong # of entries in index x'],
    [['a', 'b', 'c', 'd'], 'a; b; c'],
    [[], 'no answer'],
  ];
  it.each(rows)('%j → %s', (messages, problem) => {
    expect(integrityProblemOf(messages)).toBe(problem);
  });
});
