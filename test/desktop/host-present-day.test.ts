/**
 * Issue 14 item 1 and 7 through the host (real composition, fake clock, fake Platform, a stored
 * agreement with agreed windows 08:00–15:45 on weekdays): a user present at the keyboard from 08:00
 * to 23:00 keeps one open session the whole time (never closed, never shortened), is reminded of a
 * break before the stretch reaches 5.5 h without one (aml. § 10-9 (1)), and gets the planner's
 * night-work and daily-rest warnings before 21:00, all through the notifier port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClickPayload, NotificationRequest, Notifier } from '../../src/app/ports/notifier';
import { startHost, type Host } from '../../src/desktop/host';
import { translate } from '../../src/shared/i18n/catalog';
import { WARNING_TEXTS, type WarningTextKey } from '../../src/shared/i18n/warnings';
import { channelOf } from '../../src/shared/ipc/channels';
import { ok, type Result } from '../../src/shared/result';
import { FakePlatform, FakePlatformTime } from './fake-platform';

const MIN = 60_000;
const H = 60 * MIN;
const MON_0800 = Date.parse('2026-11-23T07:00:00Z'); // Monday 08:00 in Oslo (+01:00)
const oslo = (hhmm: string) => MON_0800 + (Number(hhmm.slice(0, 2)) - 8) * H + Number(hhmm.slice(3)) * MIN;
const WINDOW = [['08:00', '15:45']];
const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: WINDOW, tue: WINDOW, wed: WINDOW, thu: WINDOW, fri: WINDOW, sat: [], sun: [] } },
};

const hosts: Host[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.shutdown();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Delivered {
  readonly at: number;
  readonly request: NotificationRequest;
  /** The title and each line of the body (a grouped notification lists one warning per line). */
  readonly lines: readonly string[];
}

/** The host on a fake platform whose notifier port records what was shown and when; the user is always present (idle 0 s). */
async function presentDay() {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-host-day-'));
  dirs.push(dir);
  const time = new FakePlatformTime(MON_0800);
  const delivered: Delivered[] = [];
  const notifier = (_onClick: (p: ClickPayload) => void): Notifier => ({
    show(request): Promise<Result<void>> {
      delivered.push({ at: time.now(), request, lines: [request.title, ...request.body.split('\n')] });
      return Promise.resolve(ok(undefined));
    },
  });
  const platform = new FakePlatform({ start: MON_0800, time, idle: () => 0, notifier, paths: { home: dir, documents: join(dir, 'Documents') }, env: { FYRABEND_DB: join(dir, 'data', 'fyrabend.db') } });
  const host = (await startHost(platform, { log: () => undefined }))!;
  hosts.push(host);
  expect(await platform.ipc.invoke(channelOf('agreementSave'), platform.trustedEvent(), { document: AGREEMENT })).toMatchObject({ ok: true });
  expect(await platform.ipc.invoke(channelOf('trackerStart'), platform.trustedEvent(), {})).toMatchObject({ ok: true });
  return { host, time, delivered };
}

const nb = (key: WarningTextKey) => translate(WARNING_TEXTS, 'nb', key);
/** When the first notification carrying this line was delivered (null: never). */
const firstWith = (delivered: readonly Delivered[], line: string) => delivered.find((d) => d.lines.includes(line))?.at ?? null;

describe('a present user from 08:00 to 23:00 through the host (issue 14 items 1 and 7)', () => {
  it('keeps one open session from 08:00 all day, never closed nor shortened, and says nothing about stopping it', async () => {
    const { host, time, delivered } = await presentDay();
    for (let at = MON_0800; at < oslo('23:00'); at += 15 * MIN) {
      await time.advance(15 * MIN);
      const open = host.store.sessions.open();
      expect(open, `open at ${new Date(time.now()).toISOString()}`).not.toBeNull();
      expect(open!.start).toBe(MON_0800);
    }
    expect(time.now()).toBe(oslo('23:00'));
    expect(host.store.sessions.between(MON_0800 - H, oslo('23:00') + H)).toEqual([]); // nothing was closed behind the user's back
    const stopped = ['Økten ble stoppet', 'Jobber du fortsatt?'];
    expect(delivered.filter((d) => stopped.includes(d.request.title))).toEqual([]);
  });

  it('delivers the night-work and daily-rest warnings before 21:00, and the follow-up at 21:00 asks to stop or record the basis', async () => {
    const { time, delivered } = await presentDay();
    await time.advanceTo(oslo('23:00'));
    const night = firstWith(delivered, nb('soon.night-start'));
    const rest = firstWith(delivered, nb('soon.rest-latest-stop'));
    expect(night).not.toBeNull();
    expect(rest).not.toBeNull();
    expect(night!).toBeLessThan(oslo('21:00'));
    expect(rest!).toBeLessThan(oslo('21:00'));
    expect([night, rest]).toEqual([oslo('20:45'), oslo('20:45')]); // the default lead of 15 minutes
    const at2100 = delivered.filter((d) => d.at === oslo('21:00'));
    expect(at2100).toHaveLength(1);
    expect(at2100[0]!.request).toMatchObject({ urgency: 'critical', click: { page: 'today', action: 'stop-or-record-overtime' } });
    expect(at2100[0]!.lines).toContain(nb('followUp.body'));
  });

  it('reminds of a break before the stretch reaches 5.5 h without one (13:30), and follows up at 13:30', async () => {
    const { time, delivered } = await presentDay();
    await time.advanceTo(oslo('14:00'));
    const soon = firstWith(delivered, nb('soon.break-due'));
    expect(soon).not.toBeNull();
    expect(soon!).toBeLessThan(oslo('13:30'));
    expect(soon).toBe(oslo('13:15'));
    const passed = delivered.find((d) => d.lines.includes(nb('passed.break-due')));
    expect(passed?.at).toBe(oslo('13:30'));
    expect(passed?.lines).toContain(nb('followUp.break'));
    expect(delivered.filter((d) => d.at < oslo('13:15'))).toEqual([]); // nothing else before it: the agreed morning is quiet
  });
});
