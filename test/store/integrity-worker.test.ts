/**
 * Issue 21 item 4: the deferred integrity check runs in a worker thread on its own read-only
 * connection. A good file is 'ok', a damaged one gives SQLite's problem, a file that is no database
 * is a problem of the file, and a worker that cannot load better-sqlite3 says so (the caller then
 * checks on the main thread: deferred-check-fallback.test.ts).
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index';
import { integrityCheckInWorker } from '../../src/store/integrity-worker';

const T = Date.parse('2026-11-24T09:00:00Z');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function log(damage: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-worker-check-'));
  dirs.push(dir);
  const db = join(dir, 'fyrabend.db');
  const s = await openStore(db, { now: () => T });
  for (let i = 0; i < 300; i++) s.settings.set(`test.filler.${i}`, 'x'.repeat(900));
  s.db.pragma('wal_checkpoint(TRUNCATE)');
  s.close();
  if (damage) {
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.from([0x00]), 0, 1, statSync(db).size - 4096); // the page type of the fillers' last leaf
    closeSync(fd);
  }
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
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-worker-check-'));
    dirs.push(dir);
    const file = join(dir, 'fyrabend.db');
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
