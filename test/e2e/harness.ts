/**
 * Runs the built window (out/renderer) in Debian Chromium against the REAL app services over a REAL
 * SQLite database in a temp folder. The page gets `window.api` exactly as the preload builds it:
 * one function per contract method name (API_METHODS), each forwarding to the main side — here a
 * Playwright binding that calls `dispatch` (contract validation + handler table), as the shell's
 * IPC wrapper does. After a successful change the main side pushes `stateChanged`, like the shell.
 */
import { nodeSummaryCrypto } from '../../src/cli/node-summary-crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createAppServices, createPayrollService, createSummaryService, dispatch, CHANGES } from '../../src/app/api/index';
import { createDataLocationService } from '../../src/app/data-location/index';
import { WarningScheduler } from '../../src/app/warnings/scheduler';
import { MorningNudge, withinAgreedTime } from '../../src/app/tracker/morning-nudge';
import { createWarningService, storeWarningSources } from '../../src/app/warnings/warning-service';
import { plan } from '../../src/core/index';
import { fileExportFolder } from '../../src/store/files/export-folder';
import { filePointer } from '../../src/store/files/location-pointer';
import { diskFolderFs, liveDatabase } from '../../src/store/data-folder';
import type { Clock } from '../../src/app/ports/clock';
import type { PresenceEvent } from '../../src/app/ports/presence';
import { API_METHODS, type ApiMethod } from '../../src/shared/ipc/channels';
import { openStore, type Store } from '../../src/store/index';

export const CHROMIUM = process.env.FYRABEND_CHROMIUM ?? '/usr/bin/chromium';
export const RENDERER = resolve('out/renderer');
export const RESULTS = resolve('test-results');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A static server for out/renderer on 127.0.0.1 (random port). */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(RENDERER, path === '' ? 'index.html' : path);
    if (!file.startsWith(RENDERER) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface App {
  readonly page: Page;
  readonly store: Store;
  readonly dir: string;
  /** Moves the services' clock and the page's clock together. */
  setNow(ms: number): Promise<void>;
  now(): number;
  /** Faults the services logged (should stay empty). */
  readonly faults: string[];
  /** The export folder the window's exports go to (payroll and summaries). */
  readonly exportsDir: string;
  /** The real warning scheduler (only with `warnings: true`; do-not-disturb is on, so warnings wait as pending). */
  readonly warnings: WarningScheduler | null;
  /** Uncaught errors and console errors of the page (should stay empty). */
  readonly pageErrors: string[];
  /** Issue 6: what the OS folder picker answers next (null: cancelled). */
  pickFolder(folder: string | null): void;
  /** Issue 6: relaunches the move asked for (the harness cannot restart; it records them). */
  readonly relaunches: number[];
  /** location.json of this app (beside its default database, in `dir`). */
  readonly pointerFile: string;
  /** Notifications the warning scheduler showed (with `warnings: true, dnd: 'off'`), stamped with the fake clock. */
  readonly notifications: { readonly at: number; readonly id: string; readonly title: string; readonly body: string; readonly action?: string }[];
  /** Issue 14 item 7: one idle reading of the presence poll (seconds since the last input), fed to the morning nudge as the host does; its notification goes to `notifications`. */
  idleReading(seconds: number | null, at: number): void;
  /** Issue 14 item 7: the morning nudge's action, as the host's click handler runs it (start from the first activity, then `stateChanged`). */
  clickNudge(): Promise<void>;
  /** One heartbeat of the tracker, as the tray app's clock.every runs it (with `heartbeats: true` it writes the heartbeat). */
  tick(): void;
  /** A presence event from the desktop's idle source (input seen, idle, locked …), as the tray app passes them on. */
  presence(e: PresenceEvent): void;
  /** Pushes `stateChanged` to the page, as the shell does after a change made outside the window (tray, tick). */
  changed(topic: string): Promise<void>;
  close(): Promise<void>;
}

/** Defines `window.api` from the method names, as electron/preload does, on top of the binding. */
function initScript(methods: readonly string[]): string {
  return `(() => {
    const listeners = { stateChanged: new Set(), navigate: new Set() };
    const api = {};
    for (const m of ${JSON.stringify(methods)}) api[m] = (input) => window.__fyrabendInvoke(m, input);
    api.onStateChanged = (fn) => { listeners.stateChanged.add(fn); return () => listeners.stateChanged.delete(fn); };
    api.onNavigate = (fn) => { listeners.navigate.add(fn); return () => listeners.navigate.delete(fn); };
    Object.defineProperty(window, '__fyrabendEmit', { value: (event, payload) => { for (const fn of listeners[event] ?? []) fn(payload); } });
    Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
  })();`;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export interface OpenOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly warnings?: boolean;
  /** Do-not-disturb as the desktop reports it (default 'on': warnings wait as pending; 'off': they are shown). */
  readonly dnd?: 'on' | 'off';
  /** Write heartbeats like the tray app (default false, like a one-shot process). */
  readonly heartbeats?: boolean;
}

export async function openApp(browser: Browser, url: string, start: number, options: OpenOptions = {}): Promise<App> {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-e2e-'));
  let now = start;
  const clock: Clock = { now: () => now, every: () => () => undefined };
  const store = await openStore(join(dir, 'fyrabend.db'), { now: () => now, backups: false });
  const faults: string[] = [];
  const exportsDir = join(dir, 'exports');
  const exportFolder = fileExportFolder(exportsDir);
  const notifications: App['notifications'] = [];
  // Issue 4: the real scheduler on the store, with a fake timer and do-not-disturb on (warnings wait as pending).
  const scheduler = options.warnings
    ? new WarningScheduler({
        plan,
        sources: storeWarningSources({ ...store, zone: () => 'Europe/Oslo', now: () => now }),
        notifier: {
          show: async (r) => {
            notifications.push({ at: now, id: r.id, title: r.title, body: r.body });
            return { ok: true, value: undefined };
          },
        },
        timer: { set: () => 0, clear: () => undefined },
        time: { now: () => now, monotonic: () => now, hostZone: () => 'Europe/Oslo' },
        dnd: { read: async () => options.dnd ?? 'on' },
        delivered: store.deliveredWarnings,
      })
    : null;
  // Issue 6: the real move (disk, online backup, location.json) with a recorded relaunch and a scripted picker.
  const relaunches: number[] = [];
  const pointerFile = join(dir, 'location.json');
  let picked: string | null = null;
  const location = createDataLocationService({
    fs: diskFolderFs,
    db: liveDatabase(store),
    pointer: filePointer(pointerFile, () => now),
    source: 'default',
    relaunch: () => void relaunches.push(now),
    pick: () => picked,
  });
  const services = createAppServices({
    sessions: store.sessions,
    locks: store.locks,
    settings: store.settings,
    agreements: store.agreements,
    audit: store.audit,
    trackerState: store.trackerState,
    absences: store.absences, // issue 15: the Absence page and the balance, as the host passes `...store`
    clock,
    zone: () => 'Europe/Oslo',
    heartbeats: options.heartbeats ?? false,
    dataFolder: dir,
    backups: {
      create: async () => {
        const file = await store.backup();
        return { name: basename(file), createdAt: now, bytes: statSync(file).size };
      },
      list: () => store.backups().map((f) => ({ name: basename(f), createdAt: statSync(f).mtimeMs, bytes: statSync(f).size })),
      restore: () => ({ ok: false, error: { code: 'restore-needs-restart', message: 'Restore needs the app to restart.' } }),
    },
    log: (message, detail) => faults.push(`${message}: ${String(detail)}`),
    summaries: createSummaryService({ settings: store.settings, exports: exportFolder, crypto: nodeSummaryCrypto }),
    payroll: createPayrollService({ ...store, files: exportFolder, now: () => now }),
    ...(scheduler ? { warnings: createWarningService({ scheduler, reasons: store.overtimeReasons, now: () => now }) } : {}),
    location,
  });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme: options.colorScheme ?? 'light', locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  await page.exposeBinding('__fyrabendInvoke', async (_source, method: string, input: unknown) => {
    const result = await dispatch(services, method, input);
    const topic = CHANGES[method as ApiMethod];
    if (topic && result.ok) {
      void page.evaluate(([t, at]) => (window as unknown as { __fyrabendEmit: (e: string, p: unknown) => void }).__fyrabendEmit('stateChanged', { topic: t, at }), [topic, now] as const).catch(() => undefined);
    }
    return result;
  });
  await page.addInitScript(initScript(API_METHODS));
  scheduler?.pending.subscribe(() => {
    void page.evaluate((at) => (window as unknown as { __fyrabendEmit: (e: string, p: unknown) => void }).__fyrabendEmit('stateChanged', { topic: 'warnings', at }), now).catch(() => undefined);
  });
  if (scheduler) await scheduler.start();
  // Issue 14 item 7: the morning nudge as src/desktop/host.ts wires it, its notification recorded like the warnings'.
  const nudge = new MorningNudge({
    notifier: {
      show: async (r) => {
        notifications.push({ at: now, id: r.id, title: r.title, body: r.body, ...(r.clickLabel !== undefined ? { action: r.clickLabel } : {}) });
        return { ok: true, value: undefined };
      },
    },
    lang: () => services.settings.get().lang,
    zone: () => 'Europe/Oslo',
    log: (message, detail) => faults.push(`${message}: ${String(detail)}`),
    withinAgreed: withinAgreedTime(services.work.agreementOn, () => 'Europe/Oslo'),
    sessionOpen: () => store.sessions.open() !== null,
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  const emit = (topic: string) => page.evaluate(([t, at]) => (window as unknown as { __fyrabendEmit: (e: string, p: unknown) => void }).__fyrabendEmit('stateChanged', { topic: t, at }), [topic, now] as const);
  return {
    page,
    store,
    dir,
    faults,
    exportsDir,
    warnings: scheduler,
    pageErrors: errors,
    pickFolder: (folder) => void (picked = folder),
    relaunches,
    pointerFile,
    notifications,
    tick: () => services.tracker.core.tick(),
    presence: (e) => services.tracker.core.onPresence(e),
    idleReading: (seconds, at) => nudge.reading(seconds, at),
    clickNudge: async () => {
      nudge.accept((from) => services.tracker.startAt(from, {}));
      await emit('tracker');
    },
    changed: async (topic) => {
      await emit(topic);
    },
    now: () => now,
    setNow: async (ms: number) => {
      now = ms;
      await page.clock.setFixedTime(ms);
    },
    close: async () => {
      scheduler?.stop();
      await context.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, `${name}.png`);
}

/** Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP stays strict). */
export async function axe(page: Page): Promise<{ id: string; impact: string | null; help: string; nodes: string[] }[]> {
  const source = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
