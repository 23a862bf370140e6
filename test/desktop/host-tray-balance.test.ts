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
import { describe, expect, it } from 'vitest';
import { startHost } from '../../src/desktop/host';
import { DEFAULT_PAY_SETTINGS } from '../../src/core/pay';
import { channelOf } from '../../src/shared/ipc/channels';
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
  return { platform, host, call, sessionId, tooltipSaldo };
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
