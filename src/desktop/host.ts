/**
 * The desktop host: the composition root of the tray app, written against the Platform port
 * (platform.ts) so it runs the same under Electron (electron/main) and under Node in tests. Store,
 * app services, warnings, presence, tray, IPC with the sender check, the window's life cycle, the
 * data-folder move and restart, the shutdown order, start-up errors. No business rules live here.
 */
import { dirname, join } from 'node:path';
import { createAppServices, createPayrollService, createSummaryService, trackerStatus } from '../app/api/index';
import { isChosenTimeAction, trayModel, type TrayModel } from '../app/tray/view-model';
import { createTrackerNotices } from '../app/tracker/notices';
import { MorningNudge, withinAgreedTime } from '../app/tracker/morning-nudge';
import { trackerChangeScope, traySaldoOf } from '../app/tray/saldo';
import { plan } from '../core/index';
import { defaultDbPath } from '../cli/db';
import { nodeSummaryCrypto } from '../cli/node-summary-crypto';
import { eventChannelOf } from '../shared/ipc/channels';
import { pickLang, translate } from '../shared/i18n/catalog';
import type { NavigateRequest, StateChange } from '../shared/ipc/dto';
import type { Notifier } from '../app/ports/notifier';
import type { PendingWarning } from '../app/warnings/pending';
import type { WarningScheduler } from '../app/warnings/scheduler';
import { newestBackup } from '../store/backup';
import { asStoreError } from '../store/errors';
import { describeStoreError, openStore, StoreError, type Store } from '../store/index';
import { restoreKeepingPayroll } from '../store/restore-carry';
import { fileExportFolder } from '../store/files/export-folder';
import { AtomicFileSink } from '../store/files/atomic-file-sink';
import { filePointer, pointerFileFor } from '../store/files/location-pointer';
import type { PointerFile } from '../app/ports/data-folder';
import { applyAutostart, autostartIcon } from './autostart';
import { shellDataLocation, startupLocation } from './data-location';
import { appIconFile, trayIconFile } from './icons';
import { chooseIdleSource, idleChain, type IdleProbe } from './idle-source';
import { registerIpc } from './ipc';
import { linuxLockSource, logindSessionPath } from './linux-lock';
import { LOG_DIR_NAME, LogFile } from './log-file';
import { nodeAutostartFs, storeBackups } from './node-io';
import type { Platform, PlatformWindow } from './platform';
import { createPresence } from './presence';
import { hostDiagnostics } from './diagnostics';
import { usesNotifySend } from './notify/desktop-notifier';
import { schemaVersion } from '../store/migrate';
import { handleStartupFailure } from './startup-failure';
import { HOST_TEXTS } from './texts';
import { isTrustedSender } from './security';
import { TrayController } from './tray';
import { navigateRequestOf, PolledIdle, sendWhenLoaded, wireWarnings } from './warnings';
import { createMainWindow } from './window';

/** What a running host offers its platform and tests. */
export interface Host {
  readonly store: Store;
  readonly services: ReturnType<typeof createAppServices>;
  /** The window, when one was opened and is not destroyed. */
  window(): PlatformWindow | null;
  openWindow(): void;
  /** The warning scheduler (tests wait for it with `settled()`). */
  readonly warnings: WarningScheduler;
  /** The tray's last model (the Electron smoke test reads it). */
  trayModel(): TrayModel | null;
  /** Stops what runs and closes the store (also done on the platform's before-quit). */
  shutdown(): void;
}

export type HostLog = (message: string, detail?: unknown) => void;

export interface HostOptions {
  /** Where log lines go besides the log file (default console.log). */
  readonly log?: HostLog;
  /** Milliseconds between the data-folder move's answer and the restart (default 1500). */
  readonly restartDelayMs?: number;
  /** Milliseconds after start-up before the deferred integrity check (default INTEGRITY_CHECK_DELAY_MS). */
  readonly integrityCheckDelayMs?: number;
}

/** How long after start-up the full integrity check runs (issue 21: the window shows first; a few seconds, so little can be written before it). */
export const INTEGRITY_CHECK_DELAY_MS = 2_000;

/**
 * How long after start-up the tray's balance is first computed (issue 21): it reads the whole history
 * (hundreds of milliseconds at 100 000 sessions), so the tray shows without it until the window has
 * shown; a change made before then (the window, the tray) computes it at once.
 */
export const TRAY_BALANCE_DELAY_MS = 1_000;

/**
 * The start-up dialog's restore (issue 16, 18): the backup is swapped in, then the replaced log's
 * payroll record is carried into it, so submitted months stay submitted. A damaged replaced log may
 * not give its record; that is logged (the restore has happened and the replaced file is kept).
 */
async function carriedRestore(dbPath: string, backup: string, now: number, nativeBinding: string | undefined, log: HostLog): Promise<void> {
  const r = await restoreKeepingPayroll(dbPath, backup, now, nativeBinding ? { nativeBinding } : {});
  if (r.carryFailure) log(`restore: the payroll record of ${r.previous ?? dbPath} could not be carried over`, r.carryFailure);
  else if (r.carried) log(`restore: payroll record carried over (${r.carried.submissions} submissions, ${r.carried.locks} locked periods)`);
}

/** Starts the host; resolves with null when it did not start (the reason was shown to the user). */
export async function startHost(platform: Platform, options: HostOptions = {}): Promise<Host | null> {
  const opened: { fail: ((e: unknown) => Promise<null>) | null } = { fail: null };
  try {
    return await runHost(platform, options, (fail) => (opened.fail = fail));
  } catch (e) {
    // Once the store is open, a failure later in start-up (a damaged page met while reading) gets the dialog too.
    if (!opened.fail) throw e;
    return opened.fail(e);
  }
}

async function runHost(platform: Platform, options: HostOptions, onOpened: (fail: (e: unknown) => Promise<null>) => void): Promise<Host | null> {
  const echo: HostLog = options.log ?? ((m, detail) => console.log(`[fyrabend] ${m}`, detail instanceof Error ? detail.message : (detail ?? '')));
  const { env, paths, time } = platform;
  const assets = paths.assets;
  let quitting = false;
  let win: PlatformWindow | null = null;

  const defaultDb = defaultDbPath(platform.os, env, paths.home);
  const lang = pickLang(env.FYRABEND_LANG, platform.locale());
  // FYRABEND_DB > location.json (a moved data folder) > the OS default; an unusable pointer stops here.
  const location = startupLocation(env, defaultDb, lang);
  // The log lives in the data folder's logs/ (the default folder's while the location is unknown).
  const logFile = new LogFile({ dir: join(dirname(location.ok ? location.dbPath : defaultDb), LOG_DIR_NAME), now: () => time.now(), home: paths.home });
  const log: HostLog = (m, detail) => {
    logFile.write(detail instanceof Error ? 'error' : 'info', m, detail);
    echo(m, detail);
  };
  log(`Fyrabend ${platform.versions.app ?? '?'} starting: ${platform.os}, ${runtimeOf(platform.versions)}, session ${env.XDG_SESSION_TYPE ?? 'unknown'}`);
  const failed = async (reason: string, failure: { backup: string | null; pointer: PointerFile | null; defaultFolder: string }) => {
    logFile.write('error', 'not started', reason);
    echo('not started', reason);
    await handleStartupFailure({ reason, ...failure }, {
      platform, lang, log,
      restore: async (backup) => carriedRestore(location.ok ? location.dbPath : defaultDb, backup, time.now(), paths.nativeBinding, log),
    });
    return null;
  };
  if (!location.ok) return failed(location.message, { backup: null, pointer: filePointer(pointerFileFor(defaultDb), () => time.now()), defaultFolder: paths.home });
  const dbPath = location.dbPath;
  log(`database: ${dbPath} (${location.source})`);
  const nativeBinding = paths.nativeBinding;
  let store: Store;
  try {
    // Issue 21: the full integrity check runs just after start-up (verifyLater below), so the window shows first.
    store = await openStore(dbPath, { nativeBinding, now: () => time.now(), integrityCheck: 'deferred' });
  } catch (e) {
    const reason = e instanceof StoreError ? describeStoreError(e, lang) : translate(HOST_TEXTS, lang, 'startup.fault', { detail: e instanceof Error ? e.message : String(e) });
    const newest = e instanceof StoreError && e.code === 'damaged' ? newestBackup(dbPath) : null;
    return failed(reason, { backup: newest, pointer: location.source === 'env' ? null : filePointer(location.pointerFile, () => time.now()), defaultFolder: dirname(dirname(dbPath)) });
  }
  // What shutdown() stops, in the order it was started; a move can finish before the later ones exist.
  const running: (() => void)[] = [];
  /** Set by shutdown(): the store is closed. */
  let closed = false;
  /** After the store opened: stop everything at once (no more writes into a bad file), then the dialog with the way out. */
  const failAfterOpen = async (e: unknown): Promise<null> => {
    log('start-up failed', e instanceof Error ? e : new Error(String(e)));
    quitting = true;
    liveWindow()?.hide();
    try {
      shutdown();
    } catch (stopError) {
      log('stopping failed', stopError);
    }
    const mapped = asStoreError(e, dbPath);
    const reason = mapped instanceof StoreError ? describeStoreError(mapped, lang) : translate(HOST_TEXTS, lang, 'startup.faultLater', { detail: e instanceof Error ? e.message : String(e) });
    await handleStartupFailure(
      { reason, backup: mapped instanceof StoreError && mapped.code === 'damaged' ? newestBackup(dbPath) : null, pointer: location.source === 'env' ? null : filePointer(location.pointerFile, () => time.now()), defaultFolder: dirname(dirname(dbPath)) },
      { platform, lang, log, restore: async (backup) => carriedRestore(dbPath, backup, time.now(), nativeBinding, log) },
    );
    return null;
  };
  onOpened(failAfterOpen);
  const zone = () => env.FYRABEND_ZONE ?? time.hostZone();
  const clock = { now: () => time.now(), every: (ms: number, fn: () => void) => time.every(ms, fn) };
  // Issue 4: right-to-disconnect warnings (warnings.ts); started once presence runs.
  let idle: IdleProbe = { name: 'none', read: async () => null }; // chosen below, once the window can open
  const polledIdle = new PolledIdle(clock.now, () => idle.read());
  const warnings = wireWarnings({
    store, power: platform.power, plan, zone, log, every: clock.every, dnd: platform.dnd(), idle: polledIdle,
    time: { now: () => time.now(), monotonic: () => time.monotonic(), hostZone: zone }, timer: time,
    notifier: (onClick) => loggedNotifier(platform.notifier(onClick, log), log),
    onChange: (change) => changed(change),
    navigate: (request) => showPage(request),
  });
  // Summaries, reports and payroll timesheets go to Documents/Fyrabend (the window never names a path).
  const exportsFolder = fileExportFolder(env.FYRABEND_EXPORTS ?? join(paths.documents, 'Fyrabend'));
  const restart = () => (platform.relaunch(), platform.exit(0));
  const liveWindow = () => (win && !win.isDestroyed() ? win : null);
  const diagnostics = hostDiagnostics({
    platform, logFile: logFile.file, log,
    facts: () => ({
      versions: platform.versions, os: platform.os, sessionType: env.XDG_SESSION_TYPE, desktop: env.XDG_CURRENT_DESKTOP,
      idleSource: idle.name, notifier: usesNotifySend(platform.os) ? 'notify-send' : 'node-notifier',
      dataFolder: location.source === 'env' ? 'FYRABEND_DB' : location.source === 'default' ? 'default' : 'moved',
      schemaVersion: schemaVersion(store.db), lang: services.settings.get().lang,
    }),
  });
  // Issue 14 item 1: without an idle source the tracker asks "Are you still working?" by notification
  // (and in the window), and says so when it closed an unanswered session; a click opens Today.
  const trackerNotices = createTrackerNotices({
    notifier: loggedNotifier(platform.notifier((payload) => showPage(navigateRequestOf(payload)), log), log),
    lang: () => services.settings.get().lang,
    log,
  });
  const services = createAppServices({
    ...store, diagnostics, clock, zone, heartbeats: true, dataFolder: dirname(dbPath), log, warnings: warnings.service,
    presenceKnown: () => idle.name !== 'none', trackerNotices,
    backups: storeBackups(() => store, clock.now, nativeBinding, restart),
    summaries: createSummaryService({ settings: store.settings, exports: exportsFolder, crypto: nodeSummaryCrypto }),
    payroll: createPayrollService({
      ...store, files: exportsFolder, now: clock.now, sink: new AtomicFileSink(),
      // Issue 16: the save dialog (on the window) and "Show in folder".
      dialogs: { chooseSavePath: (o) => platform.showSaveDialog(liveWindow(), o), showInFolder: (path) => platform.showItemInFolder(path) },
    }),
    // Issue 6: move the data folder; the store closes at once, the app restarts on the new folder.
    location: shellDataLocation({
      store, nativeBinding, source: location.source, pointerFile: location.pointerFile,
      showOpenDialog: (o) => platform.showOpenDialog(liveWindow(), o),
      shutdown, restart, log, ...(options.restartDelayMs !== undefined ? { restartDelayMs: options.restartDelayMs } : {}),
    }),
  });
  running.push(() => warnings.stop());
  running.push(warnings.scheduler.pending.subscribe(heldLogger(log)));
  running.push(services.tracker.core.run());

  /** Shows the window and asks it for a page (a notification click, a tray entry); sent once the page has loaded. */
  function showPage(request: NavigateRequest): void {
    openWindow();
    if (win) sendWhenLoaded(win.contents, eventChannelOf('navigate'), request);
  }
  const openWindow = () => {
    if (!liveWindow()) {
      win = createMainWindow({ create: (o) => platform.createWindow(o), preloadPath: paths.preload, indexUrl: paths.indexUrl, icon: appIconFile(assets), isQuitting: () => quitting, log });
    } else win?.show();
    win?.focus();
  };
  const autostart = (enabled: boolean) =>
    log(`autostart ${enabled ? 'on' : 'off'}:`, applyAutostart(enabled, {
      platform: platform.os, setLoginItem: (s) => platform.setLoginItem(s), fs: nodeAutostartFs,
      configHome: env.XDG_CONFIG_HOME ?? join(paths.home, '.config'), exec: paths.exec, icon: autostartIcon(appIconFile(assets), env.APPIMAGE),
    }));

  let lastTray: TrayModel | null = null;
  const traySaldo = traySaldoOf(services, () => store.externalVersion()); // issue 15: the balance in the tray, cached
  let started = false;
  let withBalance = false; // issue 21: not before the window has shown (TRAY_BALANCE_DELAY_MS)
  const tray = new TrayController({
    tray: platform.createTray(trayIconFile(assets, platform.os, 'idle')),
    buildMenu: (items) => platform.buildMenu(items),
    iconPath: (icon) => trayIconFile(assets, platform.os, icon),
    onAction: (action) => {
      if (action === 'open-window') return openWindow();
      if (action === 'quit') return platform.quit();
      // Issue 14 item 3: the time is chosen in the window; Today opens its chosen-time control.
      if (isChosenTimeAction(action)) return showPage({ page: 'today', action });
      const call = { start: () => services.tracker.start({}), pause: () => services.tracker.pause(), resume: () => services.tracker.resume(), stop: () => services.tracker.stop() }[action];
      Promise.resolve(call()).then(() => changed({ topic: 'tracker', at: time.now() }), (e) => log(`tray ${action} failed`, e));
    },
  });
  /** The start of the session open at the last refresh (trackerChangeScope). */
  let openAtRefresh: number | null = null;
  const refresh = () => {
    try {
      const status = trackerStatus(services);
      // The open session changed (a tracker action, its tick, a presence event): the balance's days
      // before today are read again when it, or the one open before, began before today.
      if (status.openSince !== openAtRefresh && trackerChangeScope(openAtRefresh, status.openSince, time.now(), services.work.zone()) === 'all') traySaldo.invalidate('all');
      openAtRefresh = status.openSince;
      lastTray = trayModel(status, services.settings.get().lang, withBalance ? traySaldo.get() : null);
      tray.update(lastTray);
    } catch (e) {
      log('tray refresh failed', e);
    }
  };
  function changed(change: StateChange): void {
    // The tracker changes only its open session: today's part, and refresh() below reads the days
    // before again when that session reaches into them. Any other change may touch any day.
    traySaldo.invalidate(change.topic === 'tracker' ? 'today' : 'all');
    if (started) withBalance = true;
    refresh();
    if (change.topic === 'settings') autostart(services.settings.get().autostart);
    warnings.onStateChange(change);
    liveWindow()?.contents.send(eventChannelOf('stateChanged'), change);
  }
  running.push(registerIpc(platform.ipc, {
    services: () => services,
    isTrustedSender: (e) => isTrustedSender(e, liveWindow()?.contents.id ?? null, paths.indexUrl),
    onChange: changed,
    log,
  }));

  // Issue 14 item 7: "Forgot to start? Start from 08:02" once a day; its action starts from the first activity.
  const nudge: MorningNudge = new MorningNudge({
    notifier: loggedNotifier(platform.notifier(() => {
      nudge.accept((from) => Promise.resolve(services.tracker.startAt(from, {})).then(() => changed({ topic: 'tracker', at: time.now() }), (e) => log('start from the nudge failed', e)));
      openWindow();
    }, log), log),
    lang: () => services.settings.get().lang, zone, log,
    withinAgreed: withinAgreedTime(services.work.agreementOn, zone),
    sessionOpen: () => store.sessions.open() !== null,
  });
  idle = await chooseIdleSource(idleChain(platform.os, env.XDG_SESSION_TYPE), platform.idleProbes(), log);
  const presence = createPresence({
    power: platform.power, now: clock.now, idleSeconds: () => idle.read(), every: clock.every,
    idleThresholdMinutes: () => services.settings.get().idleMinutes,
    extraLockSources: platform.os === 'linux' ? [linuxLockSource((args) => platform.spawnLines(args), logindSessionPath(env.XDG_SESSION_ID), log)] : [],
    replan: () => changed({ topic: 'tracker', at: time.now() }),
    onIdleReading: (seconds, at) => (polledIdle.record(seconds, at), nudge.reading(seconds, at)),
  });
  running.push(presence.subscribe((e) => (services.tracker.core.onPresence(e), refresh(), warnings.onStateChange({ topic: 'tracker', at: e.at }))));
  running.push(clock.every(30_000, refresh));
  warnings.start().catch((e) => log('warnings did not start', e));

  platform.onSecondInstance(openWindow);
  /**
   * Stops what runs and closes the store: on quit, and before the restart after a data-folder move (which
   * may come while start-up still awaits the idle source). Each stop runs once; the store closes even if one fails.
   */
  function shutdown(): void {
    closed = true;
    for (const stop of running.splice(0).reverse()) {
      try {
        stop();
      } catch (e) {
        log('stopping failed', e);
      }
    }
    store.close(); // closing twice is harmless (better-sqlite3)
  }
  platform.onBeforeQuit(() => {
    quitting = true;
    shutdown();
  });
  refresh();
  const s = services.settings.get();
  if (!s.firstRunDone || !platform.argv.includes('--hidden')) openWindow();
  // The deferred integrity check: soon after the window shows, before there is much to lose. A damaged
  // file stops everything at once (no more writes into it) and offers the restore, as at start-up.
  // The check runs in a worker, so the app may stop (quit, a data-folder move) before it answers: then
  // its answer, or the failed backup into the closed store, is only logged (no restore offer at quit).
  const verifyLater = time.set(options.integrityCheckDelayMs ?? INTEGRITY_CHECK_DELAY_MS, () => {
    store.verify().then(
      (r) => log(r.where === 'worker' ? 'integrity check: ok (in a worker thread)' : `integrity check: ok (on the main thread; the worker could not check: ${r.reason})`),
      (e: unknown) => {
        if (closed) return log('integrity check: not finished, the app stopped meanwhile', e instanceof Error ? e : new Error(String(e)));
        log('integrity check failed', e instanceof Error ? e : new Error(String(e)));
        void failAfterOpen(e);
      },
    );
  });
  running.push(() => time.clear(verifyLater));
  const balanceLater = time.set(TRAY_BALANCE_DELAY_MS, () => {
    withBalance = true;
    refresh();
  });
  running.push(() => time.clear(balanceLater));
  started = true;
  return { store, services, warnings: warnings.scheduler, window: liveWindow, openWindow, trayModel: () => lastTray, shutdown };
}

/** "electron 45.4.1, chrome 140, node 22.20" (what is known). */
function runtimeOf(versions: Readonly<Record<string, string>>): string {
  return ['electron', 'chrome', 'node'].filter((k) => versions[k]).map((k) => `${k} ${versions[k]}`).join(', ');
}


/** The notifier, with each notification written to the log (its title and page, not its text). */
function loggedNotifier(notifier: Notifier, log: HostLog): Notifier {
  return {
    async show(request) {
      const r = await notifier.show(request);
      if (r.ok) log(`notification sent: "${request.title}" (page ${request.click.page}, ${request.urgency})`);
      else log(`notification not shown: "${request.title}"`, new Error(r.error.message));
      return r;
    },
  };
}

/** Logs the held warnings whenever their number per cause changes. */
function heldLogger(log: HostLog): (pending: readonly PendingWarning[]) => void {
  let last = '';
  return (pending) => {
    const dnd = pending.filter((p) => p.cause === 'do-not-disturb').length;
    const text = `warnings held: ${pending.length} (do-not-disturb ${dnd}, not shown ${pending.length - dnd})`;
    if (text !== last) log(text);
    last = text;
  };
}
