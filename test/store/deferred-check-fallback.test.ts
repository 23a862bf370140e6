/**
 * Issue 21 item 4: where the worker cannot check (no worker threads, better-sqlite3 not loadable
 * in it), verify() checks on the main thread as before — never skipped — and says why.
 */
import { describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/index';
import type * as Worker from '../../src/store/integrity-worker';
import { damageLastLeaf, fillerLogs } from './filler-log';

vi.mock('../../src/store/integrity-worker', async (importOriginal) => ({
  ...(await importOriginal<typeof Worker>()),
  integrityCheckInWorker: async () => ({ ran: false, reason: 'no worker thread: test' }),
}));

const T = Date.parse('2026-11-24T09:00:00Z');
const logs = fillerLogs('fyrabend-fallback-');
const log = () => logs.log(T - 86_400_000);

describe('verify() without a worker', () => {
  it('checks a good log on the main thread and says why', async () => {
    const s = await openStore(await log(), { now: () => T, integrityCheck: 'deferred' });
    expect(await s.verify()).toEqual({ where: 'main thread', reason: 'no worker thread: test' });
    s.close();
  });

  it('still finds a damaged log', async () => {
    const db = await log();
    damageLastLeaf(db);
    const s = await openStore(db, { now: () => T, integrityCheck: 'deferred' });
    await expect(s.verify()).rejects.toMatchObject({ code: 'damaged' });
    s.close();
  });
});
