/**
 * Issue 15 item 2 through the host: the tray's flexitime balance is cached (src/app/tray/saldo.ts, a
 * minute), and the host drops it on every change the window makes. Recording an overtime reason that
 * takes the overtime as time off in lieu keeps the day's overtime in the balance, and the tray tooltip
 * shows the new balance at once, without waiting for the cache to run out; so does saving the pay
 * settings' default (overtimeTakenAs) for days without a reason.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startHost } from '../../src/desktop/host';
import { DEFAULT_PAY_SETTINGS } from '../../src/core/pay';
import { channelOf } from '../../src/shared/ipc/channels';
import { TRAY_TEXTS } from '../../src/app/tray/texts';
import { translate } from '../../src/shared/i18n/catalog';
import { openStore } from '../../src/store/index';
import { FakePlatform } from './fake-platform';
import { AGREEMENT, MON_0800, hostsAfterEach } from './host-fixture';

const { hosts, dirs } = hostsAfterEach();
const WORK = { kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } as const;

async function start() {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-host-tray-balance-'));
  dirs.push(dir);
  const platform = new FakePlatform({ start: MON_0800, idle: () => 0, paths: { home: dir, documents: join(dir, 'Documents') }, env: { FYRABEND_DB: join(dir, 'data', 'fyrabend.db') } });
  const host = (await startHost(platform, { log: () => undefined }))!;
  hosts.push(host);
  const call = (method: Parameters<typeof channelOf>[0], input?: unknown) => platform.ipc.invoke(channelOf(method), platform.trustedEvent(), input) as Promise<{ ok: boolean; value?: unknown }>;
  expect(await call('agreementSave', { document: AGREEMENT })).toMatchObject({ ok: true });
  // Monday 16 November 08:00–20:00 local: 12 h worked, 7.75 h agreed, 3 h AML overtime (beyond 9 h).
  const added = await call('sessionsAdd', { session: { ...WORK, start: Date.parse('2026-11-16T07:00:00Z'), end: Date.parse('2026-11-16T19:00:00Z') } });
  expect(added).toMatchObject({ ok: true });
  const sessionId = (added.value as { id: string }).id;
  /** The balance in the tray's tooltip now ("Fleksisaldo −29 t 45 min"), as the user reads it. */
  const tooltipSaldo = () => /Fleksisaldo [^·]+/.exec(host.trayModel()?.tooltip ?? '')?.[0]?.trim() ?? null;
  return { platform, host, call, sessionId, tooltipSaldo, dbPath: join(dir, 'data', 'fyrabend.db') };
}

describe('the tray balance follows what is saved in the window (issue 15 item 2)', () => {
  it('saving a reason that takes the overtime as time off changes the tooltip balance at once (by the 3 h of overtime)', async () => {
    const { host, call, sessionId, tooltipSaldo } = await start();
    const paid = tooltipSaldo();
    expect(paid).not.toBeNull();
    const paidHours = host.services.absences!.saldo('2026-11-23');
    expect(await call('overtimeRecordReason', { sessionId, reasons: [], text: '', ground: 'exceptional-time-limited', takenAs: 'time-off' })).toMatchObject({ ok: true });
    // No time passes: the minute's cache would still hold the old balance had the host not dropped it.
    const off = tooltipSaldo();
    expect(off).not.toBe(paid);
    expect(host.services.absences!.saldo('2026-11-23') - paidHours).toBeCloseTo(3, 9);
    expect(host.trayModel()?.items.find((i) => 'id' in i && i.id === 'saldo')).toMatchObject({ label: off });
    // And back: a later reason that says pay takes the 3 h out again.
    expect(await call('overtimeRecordReason', { sessionId, reasons: [], text: '', ground: 'exceptional-time-limited', takenAs: 'pay' })).toMatchObject({ ok: true });
    expect(tooltipSaldo()).toBe(paid);
  });

  it('saving the pay settings with time off as the default for days without a reason changes it too', async () => {
    const { call, tooltipSaldo } = await start();
    const paid = tooltipSaldo();
    expect(await call('paySettingsSave', { settings: { ...DEFAULT_PAY_SETTINGS, employeeNumber: '4711', overtimeTakenAs: 'time-off' } })).toMatchObject({ ok: true });
    expect(tooltipSaldo()).not.toBe(paid);
    expect(await call('paySettingsSave', { settings: { ...DEFAULT_PAY_SETTINGS, employeeNumber: '4711', overtimeTakenAs: 'pay' } })).toMatchObject({ ok: true });
    expect(tooltipSaldo()).toBe(paid);
  });
});

describe('the tray balance reads the whole history only when the days before today may have changed (issue 21)', () => {
  const tray = (key: 'start' | 'stop') => translate(TRAY_TEXTS, 'nb', key);

  it("the tracker's start and stop of today's session read today only; a saved session, another program's write and a stop of a session begun yesterday read it all", async () => {
    const { platform, host, call, tooltipSaldo, dbPath } = await start();
    const full = vi.spyOn(host.services.absences!, 'saldo');
    const day = vi.spyOn(host.services.absences!, 'saldoOfDay');
    const before = tooltipSaldo();
    platform.clickTray(tray('start'));
    await expect.poll(() => host.store.sessions.open()).not.toBeNull();
    await platform.time.advance(30 * 60_000);
    platform.clickTray(tray('stop'));
    await expect.poll(() => host.store.sessions.open()).toBeNull();
    expect(full).not.toHaveBeenCalled();
    expect(day).toHaveBeenCalled();
    expect(tooltipSaldo()).not.toBe(before); // today's half hour is in it
    // A session saved in the window may lie on any day.
    expect(await call('sessionsAdd', { session: { ...WORK, start: Date.parse('2026-11-17T07:00:00Z'), end: Date.parse('2026-11-17T08:00:00Z') } })).toMatchObject({ ok: true });
    expect(full).toHaveBeenCalledTimes(1);
    // Another program (the CLI) writes to the log: the next minute's refresh reads it all.
    const other = await openStore(dbPath, { now: () => platform.time.now(), backups: false });
    other.sessions.change({ action: 'add', at: platform.time.now(), reason: 'cli', after: { ...WORK, zone: 'Europe/Oslo', start: Date.parse('2026-11-18T07:00:00Z'), end: Date.parse('2026-11-18T09:00:00Z') } });
    other.close();
    await platform.time.advance(61_000);
    expect(full).toHaveBeenCalledTimes(2);
    // Started at 23:00, stopped after midnight: yesterday's part changed.
    await platform.time.advance(Date.parse('2026-11-23T22:00:00Z') - platform.time.now());
    platform.clickTray(tray('start'));
    await expect.poll(() => host.store.sessions.open()).not.toBeNull();
    await platform.time.advance(90 * 60_000); // 00:30 on Tuesday: the new date has read it all once
    const reads = full.mock.calls.length;
    platform.clickTray(tray('stop'));
    await expect.poll(() => host.store.sessions.open()).toBeNull();
    expect(full.mock.calls.length).toBe(reads + 1);
  });
});
