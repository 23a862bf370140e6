/**
 * Issue 21 item 4 through the host: what waits until the window has shown. The tray's balance reads
 * the whole history, so the tray shows without it at start-up and gains it TRAY_BALANCE_DELAY_MS
 * later (the bench tray-start measures the window's start at 100 000 sessions). The full integrity
 * check runs INTEGRITY_CHECK_DELAY_MS later; what was written before it fails is not lost.
 */
import Database from 'better-sqlite3';
import { closeSync, mkdtempSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTEGRITY_CHECK_DELAY_MS, startHost, TRAY_BALANCE_DELAY_MS } from '../../src/desktop/host';
import { openStore } from '../../src/store/index';
import { channelOf } from '../../src/shared/ipc/channels';
import { FakePlatform } from './fake-platform';
import { AGREEMENT, MON_0800, hostsAfterEach } from './host-fixture';

const { hosts, dirs } = hostsAfterEach();

async function start(dir: string) {
  const platform = new FakePlatform({ start: MON_0800, idle: () => 0, paths: { home: dir, documents: join(dir, 'Documents') }, env: { FYRABEND_DB: join(dir, 'data', 'fyrabend.db') } });
  const host = (await startHost(platform, { log: () => undefined }))!;
  hosts.push(host);
  const call = (method: Parameters<typeof channelOf>[0], input?: unknown) => platform.ipc.invoke(channelOf(method), platform.trustedEvent(), input) as Promise<{ ok: boolean }>;
  const tooltipSaldo = () => /Fleksisaldo [^·]+/.exec(host.trayModel()?.tooltip ?? '')?.[0]?.trim() ?? null;
  return { platform, host, call, tooltipSaldo };
}

describe('issue 21: the window first, the tray balance after it', () => {
  it('the tray shows without its balance at start-up and with it TRAY_BALANCE_DELAY_MS later', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-host-start-order-'));
    dirs.push(dir);
    const first = await start(dir);
    expect(await first.call('agreementSave', { document: AGREEMENT })).toMatchObject({ ok: true });
    const balance = first.tooltipSaldo(); // a change after start-up: the balance at once
    expect(balance).not.toBeNull();
    first.host.shutdown();

    const { platform, host, tooltipSaldo } = await start(dir);
    expect(platform.window()?.visible).toBe(true);
    expect(host.trayModel()?.icon).toBe('idle');
    expect(tooltipSaldo()).toBeNull();
    expect(host.trayModel()?.items.some((i) => 'id' in i && i.id === 'saldo')).toBe(false);
    await platform.time.advance(TRAY_BALANCE_DELAY_MS - 1);
    expect(tooltipSaldo()).toBeNull();
    await platform.time.advance(1);
    expect(tooltipSaldo()).toBe(balance);
  });
});

describe('issue 21: a failed deferred check loses no write', () => {
  it('a session started before the check fails: no write is taken after it, and the session is in the kept file after the restore', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-host-start-order-'));
    dirs.push(dir);
    const dbPath = join(dir, 'data', 'fyrabend.db');
    // A log with a daily backup, then damaged deep inside (it opens; integrity_check fails).
    const s = await openStore(dbPath, { now: () => MON_0800 - 86_400_000 });
    for (let i = 0; i < 300; i++) s.settings.set(`test.filler.${i}`, 'x'.repeat(900));
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    s.close();
    (await openStore(dbPath, { now: () => MON_0800 - 3_600_000 })).close(); // today's daily backup, of the good file
    const fd = openSync(dbPath, 'r+');
    writeSync(fd, Buffer.from([0x00]), 0, 1, statSync(dbPath).size - 4096); // the page type of the fillers' last leaf
    closeSync(fd);

    const { platform, host, call } = await start(dir);
    platform.messageBoxAnswer = 0; // "Restore the backup"
    expect(await call('trackerStart', {})).toMatchObject({ ok: true });
    await platform.time.advance(INTEGRITY_CHECK_DELAY_MS);
    await expect.poll(() => platform.events).toEqual(['relaunch', 'exit 0']);
    expect(host.store.db.open).toBe(false);
    await expect(call('trackerStop')).rejects.toThrow(/No handler/); // refused, not taken and dropped
    const kept = readdirSync(join(dir, 'data')).filter((f) => f.startsWith('fyrabend.db.before-restore-') && !/-(wal|shm)$/.test(f));
    expect(kept).toHaveLength(1);
    const db = new Database(join(dir, 'data', kept[0]!), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM open_session').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});
