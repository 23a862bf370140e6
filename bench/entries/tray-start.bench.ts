/**
 * Issue 21 item 4: start-up of the tray app on a store of 100 000 sessions. The host
 * (src/desktop/host.ts) runs as in the host tests: on the fake Platform of test/desktop with its fake
 * clock, the real store on a fresh copy of the database each run. Measured, as medians of several
 * starts in one process:
 *   - from the store being open to the host showing the window (the window's ready-to-show calls
 *     PlatformWindow.show(); the fake window is ready as soon as it loads): target under 100 ms. The
 *     store is open at the first call the host makes on the platform after openStore resolves
 *     (platform.dnd(), for the warnings), so the open itself is not in this figure;
 *   - the open (from the host's "database:" line, just before openStore, to that call), no target;
 *   - the deferred check, fired by the fake clock INTEGRITY_CHECK_DELAY_MS later: store.verify() (the
 *     full integrity_check in a worker thread, then the daily backup) until the host logs "integrity
 *     check: ok (in a worker thread)", no target, and the longest the main thread's event loop was
 *     held up meanwhile;
 *     for comparison integrity_check alone and quick_check, run on the host's connection after it;
 *   - the tray's balance, first computed TRAY_BALANCE_DELAY_MS after start-up, no target;
 *   - the minute after the check on the fake clock: the tray's refreshes, whose balance keeps the days
 *     up to yesterday and reads only today again, no target;
 *   - a start and a stop of today's session from the tray menu (the tracker change reads today only).
 * The first start of the process (cold JIT and caches) is reported too, without a target.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionInput } from '../../src/app/ports/session-repo';
import { defaultAgreement } from '../../src/core/index';
import { INTEGRITY_CHECK_DELAY_MS, startHost, TRAY_BALANCE_DELAY_MS } from '../../src/desktop/host';
import type { PlatformWindow, WindowOptions } from '../../src/desktop/platform';
import type { DndReader } from '../../src/app/ports/dnd';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { openStore } from '../../src/store/index';
import { FakePlatform } from '../../test/desktop/fake-platform';
import { TRAY_TEXTS } from '../../src/app/tray/texts';
import { translate } from '../../src/shared/i18n/catalog';
import { generateSessions } from '../lib/generate';
import { median } from '../lib/timing';
import type { BenchEntry, BenchResult } from '../types';

const SIZE = 100_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-11-24T10:00:00+01:00');

/** The instants (performance.now()) of one start. */
interface Marks {
  opening?: number;
  opened?: number;
  shown?: number;
  checkOk?: number;
  /** The longest the main thread's event loop was held up while the deferred check ran (ms). */
  longestStall?: number;
  balance?: number;
  /** The next minute on the fake clock (the tray's refreshes, the balance's today part), ms. */
  minute?: number;
  /** Start or stop from the tray menu, until the tray shows it (mean of the two), ms. */
  trayClicks?: number;
  integrityOnly?: number;
  quickOnly?: number;
}

/** The fake platform of the host tests, noting when the host opens the store and shows the window. */
class TimedPlatform extends FakePlatform {
  constructor(
    dir: string,
    readonly marks: Marks,
  ) {
    super({ start: NOW, paths: { home: dir, documents: join(dir, 'Documents') }, env: { FYRABEND_DB: join(dir, 'data', 'fyrabend.db') } });
  }
  override dnd(): DndReader {
    this.marks.opened ??= performance.now();
    return super.dnd();
  }
  override createWindow(options: WindowOptions): PlatformWindow {
    const w = super.createWindow(options);
    const show = w.show.bind(w);
    w.show = () => {
      this.marks.shown ??= performance.now();
      show();
    };
    return w;
  }
}

/** One start of the host on a fresh copy of `base`, through the deferred check; its marks. */
async function startOnce(base: string, dir: string): Promise<Required<Marks>> {
  mkdirSync(join(dir, 'data'), { recursive: true });
  copyFileSync(base, join(dir, 'data', 'fyrabend.db'));
  const marks: Marks = {};
  const platform = new TimedPlatform(dir, marks);
  let checked: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (checked = resolve));
  const errors: string[] = [];
  const host = await startHost(platform, {
    log: (m, detail) => {
      if (m.startsWith('database: ')) marks.opening ??= performance.now();
      if (m.startsWith('integrity check: ok')) {
        marks.checkOk ??= performance.now();
        if (m !== 'integrity check: ok (in a worker thread)') errors.push(`the check did not run in a worker: ${m}`);
        checked();
      }
      if (detail instanceof Error) errors.push(`${m}: ${detail.message}`);
    },
  });
  if (!host) throw new Error('bench: the host did not start');
  try {
    if (platform.windows.length !== 1) throw new Error('bench: the host did not open its window');
    await platform.time.advance(TRAY_BALANCE_DELAY_MS - 1);
    const balanceFiring = performance.now();
    await platform.time.advance(1);
    const balance = performance.now() - balanceFiring;
    if (!/Fleksisaldo/.test(host.trayModel()?.tooltip ?? '')) throw new Error('bench: the tray shows no balance after TRAY_BALANCE_DELAY_MS');
    await platform.time.advance(INTEGRITY_CHECK_DELAY_MS - TRAY_BALANCE_DELAY_MS - 1);
    const stalls = monitorEventLoopDelay({ resolution: 1 });
    stalls.enable();
    const firing = performance.now();
    await platform.time.advance(1);
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise((resolve) => (timeout = setTimeout(resolve, 60_000)))]);
    clearTimeout(timeout);
    stalls.disable();
    const longestStall = stalls.max / 1e6;
    if (errors.length > 0) throw new Error(`bench: the host logged errors: ${errors.join('; ')}`);
    // The minute after: the tray's refreshes find the balance's minute run out and read today only.
    const t0 = performance.now();
    await platform.time.advance(60_000);
    const minute = performance.now() - t0;
    if (!/Fleksisaldo/.test(host.trayModel()?.tooltip ?? '')) throw new Error('bench: the tray lost its balance');
    // Start and stop from the tray (a session of today): the change reads today's balance only.
    const click = async (label: string) => {
      const t1 = performance.now();
      platform.clickTray(translate(TRAY_TEXTS, 'nb', label as 'start'));
      await new Promise((resolve) => setImmediate(resolve));
      return performance.now() - t1;
    };
    const startClick = await click('start');
    if (host.store.sessions.open() === null) throw new Error('bench: the tray did not start a session');
    await platform.time.advance(10 * 60_000);
    const stopClick = await click('stop');
    if (host.store.sessions.open() !== null) throw new Error('bench: the tray did not stop the session');
    const trayClicks = (startClick + stopClick) / 2;
    // For comparison, on the host's connection after the check: integrity_check alone and quick_check.
    let t = performance.now();
    host.store.db.pragma('integrity_check');
    const integrityOnly = performance.now() - t;
    t = performance.now();
    host.store.db.pragma('quick_check');
    const quickOnly = performance.now() - t;
    const { opening, opened, shown, checkOk } = marks;
    if (opening === undefined || opened === undefined || shown === undefined || checkOk === undefined) throw new Error('bench: a mark is missing');
    // `checkOk - firing`: the deferred check alone (the timer fires inside advance(1)).
    return { opening, opened, shown, checkOk: checkOk - firing, longestStall, balance, minute, trayClicks, integrityOnly, quickOnly };
  } finally {
    host.shutdown();
  }
}

const bench: BenchEntry = {
  id: 'tray-start',
  run: async (ctx) => {
    const root = mkdtempSync(join(tmpdir(), 'fyrabend-bench-tray-start-'));
    try {
      const size = ctx.quick ? 10_000 : SIZE;
      const years = Math.ceil(size / 2_250);
      const history: SessionInput[] = generateSessions(2027 - years, years)
        .filter((s) => s.end < NOW - DAY)
        .slice(-size)
        .map((s) => ({ ...s, zone: 'Europe/Oslo' }));
      const base = join(root, 'base.db');
      ctx.log(`importing ${history.length} sessions`);
      const store = await openStore(base, { now: () => NOW - 2 * DAY, backups: false });
      try {
        store.sessions.importMany(history, [], 'Europe/Oslo', NOW - 2 * DAY, 'bench');
        store.agreements.save('2000-01-01', JSON.stringify(agreementToJson(defaultAgreement({ validFrom: '2000-01-01' }))), NOW - 2 * DAY);
        store.db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        store.close();
      }
      const runs = ctx.runs(9);
      const starts: Required<Marks>[] = [];
      for (let k = 0; k <= runs; k++) {
        ctx.log(`start ${k + 1} of ${runs + 1}`);
        const dir = join(root, `run-${k}`);
        starts.push(await startOnce(base, dir));
        rmSync(dir, { recursive: true, force: true });
      }
      const [cold, ...warm] = starts as [Required<Marks>, ...Required<Marks>[]];
      const n = history.length;
      const m = (f: (s: Required<Marks>) => number) => median(warm.map(f));
      const results: BenchResult[] = [
        { name: `tray app start: store open → window shown (host's show()), ${n} sessions, median of ${warm.length} starts`, value: m((s) => s.shown - s.opened), unit: 'ms', ...(ctx.quick ? {} : { target: { max: 100 } }) },
        { name: `the same, first start of the process (cold)`, value: cold.shown - cold.opened, unit: 'ms' },
        { name: `store open at start-up (integrityCheck 'deferred'), ${n} sessions`, value: m((s) => s.opened - s.opening), unit: 'ms' },
        { name: `the deferred check ${INTEGRITY_CHECK_DELAY_MS / 1000} s later (full integrity_check + daily backup), ${n} sessions`, value: m((s) => s.checkOk), unit: 'ms' },
        { name: `the longest the main thread was held up during that check (the window's calls wait this long at most; event-loop delay, 1 ms resolution)`, value: m((s) => s.longestStall), unit: 'ms', ...(ctx.quick ? {} : { target: { max: 50 } }) },
        { name: `PRAGMA integrity_check alone on the main thread (run again after the deferred check), for comparison`, value: m((s) => s.integrityOnly), unit: 'ms' },
        { name: `PRAGMA quick_check instead, for comparison`, value: m((s) => s.quickOnly), unit: 'ms' },
        { name: `the tray balance ${TRAY_BALANCE_DELAY_MS / 1000} s after start-up (the whole history, on the main thread), ${n} sessions`, value: m((s) => s.balance), unit: 'ms' },
        { name: `the minute after (the tray's refreshes: the balance up to yesterday kept, today read again), ${n} sessions`, value: m((s) => s.minute), unit: 'ms' },
        { name: `start or stop from the tray menu, until the tray shows it (the balance's today part read again), ${n} sessions`, value: m((s) => s.trayClicks), unit: 'ms' },
      ];
      return results;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};

export default bench;
