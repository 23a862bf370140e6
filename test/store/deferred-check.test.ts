/**
 * integrityCheck 'deferred' (issue 21, the tray app): the window may show before the full check —
 * the open runs neither the check nor the daily backup; `verify()` checks and only then backs up,
 * and a damaged file fails it with 'damaged' naming the newest backup (never backed up itself).
 * The check itself runs in a worker thread, not on the main connection.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openStore, StoreError } from '../../src/store/index';
import { damageLastLeaf, fillerLogs } from './filler-log';

const DAY = 86_400_000;
const T = Date.parse('2026-11-24T09:00:00Z');
const logs = fillerLogs('fyrabend-deferred-');
const logWithFillers = () => logs.log(T - 2 * DAY);
const backups = (db: string) => (existsSync(join(db, '..', 'backups')) ? readdirSync(join(db, '..', 'backups')).sort() : []);

describe("integrityCheck 'deferred'", () => {
  it('opens without the daily backup; verify() checks and then makes it', async () => {
    const db = await logWithFillers();
    const s = await openStore(db, { now: () => T, integrityCheck: 'deferred' });
    expect(backups(db)).toEqual([]);
    const main = vi.spyOn(s.db, 'pragma');
    expect(await s.verify()).toEqual({ where: 'worker' });
    expect(main.mock.calls.filter(([p]) => /integrity_check/.test(String(p)))).toEqual([]); // not on the main thread
    expect(backups(db)).toEqual(['fyrabend-daily-2026-11-24.sqlite']);
    s.close();
  });

  it('a damaged file opens, fails verify() with "damaged" naming the newest backup, and is not backed up', async () => {
    const db = await logWithFillers();
    (await openStore(db, { now: () => T - DAY })).close(); // yesterday's daily backup, of a good file
    damageLastLeaf(db);
    await expect(openStore(db, { now: () => T })).rejects.toMatchObject({ code: 'damaged' }); // 'always' still checks at open
    const s = await openStore(db, { now: () => T, integrityCheck: 'deferred' });
    const e = await s.verify().then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect(e).toMatchObject({ code: 'damaged', params: { newest: join(db, '..', 'backups', 'fyrabend-daily-2026-11-23.sqlite') } });
    expect(backups(db)).toEqual(['fyrabend-daily-2026-11-23.sqlite']);
    s.close();
  });
});
