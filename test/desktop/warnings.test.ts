/**
 * The shell's warning wiring (electron/main/warnings.ts) with fakes for powerMonitor, the notifier,
 * do-not-disturb, idle time and the clock, over a real SQLite store (no display, no Electron).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readHostZone, zoneOfLocaltimeLink } from '../../src/desktop/host-zone';
import { createPresence } from '../../src/desktop/presence';
import { navigateRequestOf, PolledIdle, sendWhenLoaded, wireWarnings } from '../../src/desktop/warnings';
import type { ClickPayload, NotificationRequest, Notifier } from '../../src/app/ports/notifier';
import { openSessionId } from '../../src/app/warnings/open-session-id';
import { plan } from '../../src/core/index';
import type { NavigateRequest, StateChange } from '../../src/shared/ipc/dto';
import { ok } from '../../src/shared/result';
import { openStore, type Store } from '../../src/store/index';
import { FakeDnd, FakeIdle, FakeTime, HOUR, MIN, oslo } from '../app/warnings/fakes';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const AGREEMENT = JSON.stringify({
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
});
/** Sessions open at 11:00: under specification version 2 one from 08:00 also crosses the § 10-9 break lines (13:15, 13:30) before the agreed end these tests are about. */
const TUE_1100 = oslo('2026-03-10 11:00');

class FakePower {
  readonly listeners = new Map<string, Set<() => void>>();
  on(event: string, l: () => void) {
    const set = this.listeners.get(event) ?? new Set();
    set.add(l);
    this.listeners.set(event, set);
  }
  removeListener(event: string, l: () => void) {
    this.listeners.get(event)?.delete(l);
  }
  emit(event: string) {
    for (const l of this.listeners.get(event) ?? []) l();
  }
  count(event: string) {
    return this.listeners.get(event)?.size ?? 0;
  }
}

/** A notifier that records, and lets the test click the last notification. */
class ClickableNotifier implements Notifier {
  readonly shown: { at: number; request: NotificationRequest }[] = [];
  constructor(
    private readonly time: FakeTime,
    private readonly onClick: (p: ClickPayload) => void,
  ) {}
  async show(request: NotificationRequest) {
    this.shown.push({ at: this.time.now(), request });
    return ok(undefined);
  }
  clickLast() {
    const last = this.shown.at(-1);
    if (last) this.onClick(last.request.click);
  }
}

/** The shell's wiring over a store; `file` reopens an existing one (an app restart). */
async function setup(start = TUE_1100, file?: string) {
  const path = file ?? join(mkdtempSync(join(tmpdir(), 'fyrabend-wire-')), 'f.db');
  if (!file) dirs.push(join(path, '..'));
  const time = new FakeTime(start);
  const store = await openStore(path, { now: () => time.now(), backups: false });
  stores.push(store);
  if (!file) {
    store.agreements.save('2026-01-01', AGREEMENT, start);
    store.settings.set('app', JSON.stringify({ lang: 'en' }));
  }
  const power = new FakePower();
  const dnd = new FakeDnd();
  const idle = new FakeIdle();
  const changes: StateChange[] = [];
  const navigations: NavigateRequest[] = [];
  const logs: string[] = [];
  const intervals: { ms: number; fn: () => void }[] = [];
  let notifier: ClickableNotifier | null = null;
  const wiring = wireWarnings({
    store, power, plan, time, timer: time, zone: () => 'Europe/Oslo', dnd, idle,
    notifier: (onClick) => (notifier = new ClickableNotifier(time, onClick)),
    every: (ms, fn) => {
      const entry = { ms, fn };
      intervals.push(entry);
      return () => intervals.splice(intervals.indexOf(entry), 1);
    },
    onChange: (c) => changes.push(c),
    navigate: (r) => navigations.push(r),
    log: (m) => logs.push(m),
  });
  time.settle = () => wiring.scheduler.settled();
  const n = () => {
    if (!notifier) throw new Error('notifier not built');
    return notifier;
  };
  return { time, store, path, power, dnd, idle, changes, navigations, logs, intervals, wiring, notifier: n };
}

/** A work session from home, open since `start` (as the tracker leaves it). */
function beginWork(store: Store, start = TUE_1100): void {
  store.sessions.beginOpen({ start, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', heartbeat: null });
}

/** Quits the app: the wiring stops and the store closes, as on before-quit. */
function quit(t: Awaited<ReturnType<typeof setup>>): void {
  t.wiring.stop();
  t.store.close();
  stores.splice(stores.indexOf(t.store), 1);
}

describe('warning wiring in the shell', () => {
  it('warns before the agreed end; a click opens the window on the page with the session', async () => {
    const t = await setup();
    beginWork(t.store);
    await t.wiring.start();
    await t.time.advanceTo(oslo('2026-03-10 15:31'));
    expect(t.notifier().shown.map((s) => s.at)).toEqual([oslo('2026-03-10 15:30')]);
    t.notifier().clickLast();
    expect(t.navigations).toEqual([{ page: 'today', action: 'open', sessionId: openSessionId(TUE_1100) }]);
    await t.time.advanceTo(oslo('2026-03-10 15:46'));
    t.notifier().clickLast();
    expect(t.navigations[1]).toEqual({ page: 'today', action: 'stop-or-record-overtime', sessionId: openSessionId(TUE_1100) });
    t.wiring.stop();
  });

  it('re-plans at once on powerMonitor resume (the machine slept past the line)', async () => {
    const t = await setup(oslo('2026-03-10 15:00'));
    beginWork(t.store);
    await t.wiring.start();
    expect(t.power.count('resume')).toBe(1);
    t.time.sleep(2 * HOUR); // wall clock moves, timers stand still
    t.power.emit('resume');
    await t.wiring.scheduler.settled();
    expect(t.wiring.scheduler.history().at(-1)?.cause).toBe('resume');
    expect(t.notifier().shown).toHaveLength(1);
    expect(t.notifier().shown[0]?.request.click.action).toBe('stop-or-record-overtime');
    t.wiring.stop();
    expect(t.power.count('resume')).toBe(0);
    expect(t.intervals).toHaveLength(0);
  });

  it.each([
    { topic: 'tracker', cause: 'session' },
    { topic: 'sessions', cause: 'session' },
    { topic: 'settings', cause: 'session' },
    { topic: 'agreement', cause: 'agreement' },
  ] as const)('a $topic change re-plans ($cause)', async ({ topic, cause }) => {
    const t = await setup();
    await t.wiring.start();
    const before = t.wiring.scheduler.history().length;
    t.wiring.onStateChange({ topic, at: t.time.now() });
    await t.wiring.scheduler.settled();
    expect(t.wiring.scheduler.history().slice(before).map((r) => r.cause)).toEqual([cause]);
    t.wiring.stop();
  });

  it('its own "warnings" change does not re-plan (no loop)', async () => {
    const t = await setup();
    await t.wiring.start();
    const before = t.wiring.scheduler.history().length;
    t.wiring.onStateChange({ topic: 'warnings', at: t.time.now() });
    await t.wiring.scheduler.settled();
    expect(t.wiring.scheduler.history()).toHaveLength(before);
    t.wiring.stop();
  });

  it('a session started through the tracker is seen at the next change, not a heartbeat later', async () => {
    const t = await setup(oslo('2026-03-10 15:35'));
    await t.wiring.start();
    expect(t.notifier().shown).toHaveLength(0);
    beginWork(t.store, t.time.now());
    t.wiring.onStateChange({ topic: 'tracker', at: t.time.now() });
    await t.wiring.scheduler.settled();
    expect(t.notifier().shown.map((s) => s.at)).toEqual([oslo('2026-03-10 15:35')]);
    t.wiring.stop();
  });

  it('a time-zone change re-plans and refreshes the tray', async () => {
    const t = await setup();
    await t.wiring.start();
    const poll = t.intervals[0];
    expect(poll?.ms).toBe(60_000);
    poll?.fn();
    await t.wiring.scheduler.settled();
    expect(t.changes).toEqual([]);
    t.time.setZone('America/New_York');
    poll?.fn();
    await t.wiring.scheduler.settled();
    expect(t.wiring.scheduler.history().at(-1)).toMatchObject({ cause: 'zone', zoneChanged: true });
    expect(t.changes.map((c) => c.topic)).toEqual(['tracker']);
    expect(t.logs).toContain('time zone changed: Europe/Oslo → America/New_York');
    t.wiring.stop();
  });

  it('a warning held by do-not-disturb is pending for the tray and window (state change sent), dismissed through the service', async () => {
    const t = await setup();
    beginWork(t.store);
    t.dnd.state = 'on';
    await t.wiring.start();
    await t.time.advanceTo(oslo('2026-03-10 15:31'));
    expect(t.notifier().shown).toHaveLength(0);
    const pending = t.wiring.service.pending();
    expect(pending).toHaveLength(1);
    expect(t.changes.map((c) => c.topic)).toEqual(['warnings']);
    await t.wiring.service.dismiss(pending[0]?.id ?? '');
    expect(t.wiring.service.pending()).toEqual([]);
    expect(t.changes.map((c) => c.topic)).toEqual(['warnings', 'warnings']);
    t.wiring.stop();
  });

  it('after a restart the warnings held by do-not-disturb are still listed, and go out as one summary when it ends', async () => {
    const a = await setup();
    beginWork(a.store);
    a.dnd.state = 'on';
    await a.wiring.start();
    await a.time.advanceTo(oslo('2026-03-10 15:50'));
    expect(a.wiring.service.pending().map((p) => [p.title, p.cause])).toEqual([
      ['Your agreed working time ends soon', 'do-not-disturb'],
      ['Your agreed working time has ended', 'do-not-disturb'],
    ]);
    const listed = a.wiring.service.pending();
    quit(a);

    const b = await setup(oslo('2026-03-10 16:00'), a.path);
    b.dnd.state = 'on';
    await b.wiring.start();
    expect(b.wiring.service.pending()).toEqual(listed);
    expect(b.notifier().shown).toEqual([]); // delivered before the restart: not due again
    b.dnd.state = 'off';
    await b.time.advance(MIN);
    expect(b.notifier().shown.map((s) => s.request.title)).toEqual(['Warnings held back during do not disturb (2)']);
    expect(b.wiring.service.pending()).toEqual([]);
    quit(b);
  });

  it('a snooze keeps running across a restart, and ends on time', async () => {
    const a = await setup();
    beginWork(a.store);
    await a.wiring.start();
    await a.wiring.scheduler.snooze(4 * 60 + 40); // until 15:40: the 15:30 warning is held
    quit(a);

    const b = await setup(oslo('2026-03-10 15:35'), a.path);
    await b.wiring.start();
    expect(b.wiring.scheduler.snoozedUntil()).toBe(oslo('2026-03-10 15:40'));
    await b.time.advanceTo(oslo('2026-03-10 15:39'));
    expect(b.notifier().shown).toEqual([]);
    await b.time.advanceTo(oslo('2026-03-10 15:41'));
    expect(b.notifier().shown.map((s) => [s.at, s.request.title])).toEqual([[oslo('2026-03-10 15:40'), 'Your agreed working time ends soon']]);
    expect(b.wiring.scheduler.snoozedUntil()).toBeNull();
    quit(b);

    const c = await setup(oslo('2026-03-10 15:45'), a.path);
    expect(c.wiring.scheduler.snoozedUntil()).toBeNull();
    quit(c);
  });

  it('asks "Are you working?" once per evening, also across a restart', async () => {
    const a = await setup(oslo('2026-03-10 18:00'));
    a.idle.seconds = 5;
    await a.wiring.start();
    expect(a.notifier().shown.map((s) => s.request.click.action)).toEqual(['log-work']);
    quit(a);
    const b = await setup(oslo('2026-03-10 19:00'), a.path);
    b.idle.seconds = 5;
    await b.wiring.start();
    await b.time.advance(HOUR);
    expect(b.notifier().shown).toEqual([]);
    quit(b);
  });

  it('asks "Are you working?" from the polled idle time when no session is open after hours', async () => {
    const t = await setup(oslo('2026-03-10 18:00'));
    const polled = new PolledIdle(() => t.time.now(), () => Promise.resolve(null));
    const w = wireWarnings({
      store: t.store, power: t.power, plan, time: t.time, timer: t.time, zone: () => 'Europe/Oslo', dnd: t.dnd, idle: polled,
      notifier: () => ({ show: async (r) => (asked.push(r), ok(undefined)) }),
      every: () => () => undefined, onChange: () => undefined, navigate: () => undefined, log: () => undefined,
    });
    const asked: NotificationRequest[] = [];
    t.time.settle = () => w.scheduler.settled();
    await w.start();
    expect(asked).toEqual([]); // no reading yet: the fallback cannot tell
    polled.record(10, t.time.now());
    await t.time.advance(MIN);
    expect(asked.map((r) => r.click)).toEqual([{ page: 'today', action: 'log-work' }]);
    w.stop();
  });
});

describe('shell helpers', () => {
  it.each([
    { age: 0, reading: 10, expected: 10 },
    { age: 90_000, reading: 10, expected: 10 },
    { age: 90_001, reading: 10, expected: 'fallback' },
    { age: 5_000, reading: null, expected: null },
  ])('polled idle $reading s read $age ms ago → $expected', async ({ age, reading, expected }) => {
    let now = 1_000_000;
    const p = new PolledIdle(() => now, async () => 'fallback' as unknown as number);
    p.record(reading, now);
    now += age;
    expect(await p.idleSeconds()).toBe(expected);
  });

  it('the presence poll hands every idle reading to the warnings (one OS query for both)', async () => {
    const readings: [number | null, number][] = [];
    let tick: (() => void) | null = null;
    const values = [12, null];
    let queries = 0;
    const presence = createPresence({
      power: { on: () => undefined, removeListener: () => undefined }, now: () => 5_000,
      idleSeconds: async () => (queries++, values.shift() ?? null), idleThresholdMinutes: () => 5,
      every: (_ms, fn) => ((tick = fn), () => undefined), replan: () => undefined,
      onIdleReading: (s, at) => void readings.push([s, at]),
    });
    const stop = presence.subscribe(() => undefined);
    tick!();
    tick!();
    await new Promise((r) => setImmediate(r));
    expect(readings).toEqual([[12, 5_000], [null, 5_000]]);
    expect(queries).toBe(2);
    stop();
  });

  it('a click payload becomes the navigate event', () => {
    expect(navigateRequestOf({ page: 'today', action: 'log-work' })).toEqual({ page: 'today', action: 'log-work' });
    expect(navigateRequestOf({ page: 'today', action: 'open', sessionId: 'open-1' })).toEqual({ page: 'today', action: 'open', sessionId: 'open-1' });
  });

  it('sends to a window still loading only when it has loaded', () => {
    const sent: unknown[][] = [];
    let loaded: (() => void) | null = null;
    const contents = { isLoading: () => loaded === null, once: (_e: 'did-finish-load', l: () => void) => void (loaded = l), send: (...a: unknown[]) => void sent.push(a) };
    sendWhenLoaded(contents, 'fyrabend:event:navigate', { page: 'today' });
    expect(sent).toEqual([]);
    (loaded as unknown as () => void)();
    expect(sent).toEqual([['fyrabend:event:navigate', { page: 'today' }]]);
    sendWhenLoaded({ ...contents, isLoading: () => false }, 'c', 1);
    expect(sent).toHaveLength(2);
  });

  it.each([
    { tz: undefined, link: '/usr/share/zoneinfo/Europe/Oslo', expected: 'Europe/Oslo' },
    { tz: ':America/New_York', link: '/usr/share/zoneinfo/Europe/Oslo', expected: 'America/New_York' },
    { tz: 'Not/AZone', link: '../usr/share/zoneinfo/Asia/Tokyo', expected: 'Asia/Tokyo' },
    { tz: undefined, link: '/var/db/timezone/zoneinfo/Europe/Oslo', expected: 'Europe/Oslo' },
    { tz: undefined, link: null, expected: 'Intl/Zone' },
    { tz: undefined, link: '/etc/whatever', expected: 'Intl/Zone' },
  ])('host zone: TZ=$tz, /etc/localtime → $link ⇒ $expected', ({ tz, link, expected }) => {
    const readlink = () => {
      if (link === null) throw new Error('EINVAL');
      return link;
    };
    expect(readHostZone({ platform: 'linux', env: tz === undefined ? {} : { TZ: tz }, readlink, intlZone: () => 'Intl/Zone' })).toBe(expected);
  });

  it('never trusts a link that is not a zone', () => {
    expect(zoneOfLocaltimeLink('/usr/share/zoneinfo/../../etc/passwd')).toBeNull();
    expect(zoneOfLocaltimeLink('/usr/share/zoneinfo/posix/Europe/Oslo')).toBe('Europe/Oslo');
  });
});
