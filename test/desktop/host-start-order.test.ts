/**
 * Issue 21 item 4 through the host: what waits until the window has shown. The tray's balance reads
 * the whole history, so the tray shows without it at start-up and gains it TRAY_BALANCE_DELAY_MS
 * later (the bench tray-start measures the window's start at 100 000 sessions).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, TRAY_BALANCE_DELAY_MS, type Host } from '../../src/desktop/host';
import { channelOf } from '../../src/shared/ipc/channels';
import { FakePlatform } from './fake-platform';

const MON_0800 = Date.parse('2026-11-23T07:00:00Z'); // 08:00 in Oslo
const hosts: Host[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.shutdown();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-11-16',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};

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
