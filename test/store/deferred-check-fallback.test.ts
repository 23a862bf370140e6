/**
 * Issue 21 item 4: where the worker cannot check (no worker threads, better-sqlite3 not loadable
 * in it), verify() checks on the main thread as before — never skipped — and says why.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/index';

vi.mock('../../src/store/integrity-worker', () => ({ integrityCheckInWorker: async () => ({ ran: false, reason: 'no worker thread: test' }) }));

const T = Date.parse('2026-11-24T09:00:00Z');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function log(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-fallback-'));
  dirs.push(dir);
  const db = join(dir, 'fyrabend.db');
  const s = await openStore(db, { now: () => T - 86_400_000 });
  for (let i = 0; i < 300; i++) s.settings.set(`test.filler.${i}`, 'x'.repeat(900));
  s.db.pragma('wal_checkpoint(TRUNCATE)');
  s.close();
  return db;
}

describe('verify() without a worker', () => {
  it('checks a good log on the main thread and says why', async () => {
    const s = await openStore(await log(), { now: () => T, integrityCheck: 'deferred' });
    expect(await s.verify()).toEqual({ where: 'main thread', reason: 'no worker thread: test' });
    s.close();
  });

  it('still finds a damaged log', async () => {
    const db = await log();
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.from([0x00]), 0, 1, statSync(db).size - 4096);
    closeSync(fd);
    const s = await openStore(db, { now: () => T, integrityCheck: 'deferred' });
    await expect(s.verify()).rejects.toMatchObject({ code: 'damaged' });
    s.close();
  });
});
