/**
 * The desktop host: the composition root of the tray app, written against the Platform port
 * (platform.ts) so it runs the same under Electron (electron/main) and under Node in tests. Store,
 * app services, warnings, presence, tray, IPC with the sender check, the window's life cycle, the
 * data-folder move and restart, the shutdown order, start-up errors. No business rules live here.
 */
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { createAppServices, createPayrollService, createSummaryService, trackerStatus } from '../app/api/index';
import { trayModel, type TrayModel } from '../app/tray/view-model';
import { plan } from '../core/index';
import { defaultDbPath } from '../cli/db';
import { eventChannelOf } from '../shared/ipc/channels';
import { pickLang } from '../shared/i18n/catalog';
import type { StateChange } from '../shared/ipc/dto';
import { openStore, type Store } from '../store/index';
import { fileExportFolder } from '../store/files/export-folder';
import { applyAutostart, autostartIcon } from './autostart';
import { shellDataLocation, startupLocation } from './data-location';
import { appIconFile, trayIconFile } from './icons';
import { chooseIdleSource, idleChain } from './idle-source';
import { registerIpc } from './ipc';
import { linuxLockSource, logindSessionPath } from './linux-lock';
import { nodeAutostartFs, storeBackups } from './node-io';
import type { Platform, PlatformWindow } from './platform';
import { createPresence } from './presence';
import { isTrustedSender } from './security';
import { TrayController } from './tray';
import { PolledIdle, sendWhenLoaded, wireWarnings } from './warnings';
import { createMainWindow } from './window';

/** What a running host offers its platform and tests. */
export interface Host {
  readonly store: Store;
  readonly services: ReturnType<typeof createAppServices>;
  /** The window, when one was opened and is not destroyed. */
  window(): PlatformWindow | null;
  openWindow(): void;
  /** The tray's last model (the Electron smoke test reads it). */
  trayModel(): TrayModel | null;
  /** Stops what runs and closes the store (also done on the platform's before-quit). */
  shutdown(): void;
}

export type HostLog = (message: string, detail?: unknown) => void;

export interface HostOptions {
  /** Where log lines go (default console.log). */
  readonly log?: HostLog;
  /** Milliseconds between the data-folder move's answer and the restart (default 1500). */
  readonly restartDelayMs?: number;
}

/** Starts the host; resolves with null when it did not start (the reason was shown to the user). */
export async function startHost(platform: Platform, options: HostOptions = {}): Promise<Host | null> {
  const log: HostLog = options.log ?? ((m, detail) => console.log(`[fyrabend] ${m}`, detail instanceof Error ? detail.message : (detail ?? '')));
  const { env, paths, time } = platform;
  const assets = paths.assets;
  let quitting = false;
  let win: PlatformWindow | null = null;

  // FYRABEND_DB > location.json (a moved data folder) > the OS default; an unusable pointer stops here.
  const location = startupLocation(env, defaultDbPath(platform.os, env, paths.home), pickLang(env.FYRABEND_LANG, platform.locale()));
  if (!location.ok) {
    log('not started', location.message);
    await platform.showMessageBox({ type: 'error', title: 'Fyrabend', message: location.message, buttons: ['OK'] });
    platform.exit(1);
    return null;
  }
  const dbPath = location.dbPath;
  const nativeBinding = paths.nativeBinding;
  const store = await openStore(dbPath, { nativeBinding, now: () => time.now() });
  const zone = () => env.FYRABEND_ZONE ?? time.hostZone();
  const clock = { now: () => time.now(), every: (ms: number, fn: () => void) => time.every(ms, fn) };
  // Issue 4: right-to-disconnect warnings (warnings.ts); started once presence runs.
  const polledIdle = new PolledIdle(clock.now, () => idle.read());
  const warnings = wireWarnings({
    store, power: platform.power, plan, zone, log, every: clock.every, dnd: platform.dnd(), idle: polledIdle,
    time: { now: () => time.now(), monotonic: () => time.monotonic(), hostZone: zone }, timer: time,
    notifier: (onClick) => platform.notifier(onClick, log),
    onChange: (change) => changed(change),
    navigate: (request) => (openWindow(), win && sendWhenLoaded(win.contents, eventChannelOf('navigate'), request)),
  });
  // Summaries, reports and payroll timesheets go to Documents/Fyrabend (the window never names a path).
  const exportsFolder = fileExportFolder(env.FYRABEND_EXPORTS ?? join(paths.documents, 'Fyrabend'));
  const restart = () => (platform.relaunch(), platform.exit(0));
  const liveWindow = () => (win && !win.isDestroyed() ? win : null);
  const services = createAppServices({
    ...store, clock, zone, heartbeats: true, dataFolder: dirname(dbPath), log, warnings: warnings.service,
    backups: storeBackups(() => store, clock.now, nativeBinding, restart),
    summaries: createSummaryService({ settings: store.settings, exports: exportsFolder, newId: () => randomUUID() }),
    payroll: createPayrollService({ ...store, files: exportsFolder, now: clock.now }),
    // Issue 6: move the data folder; the store closes at once, the app restarts on the new folder.
    location: shellDataLocation({
      store, nativeBinding, source: location.source, pointerFile: location.pointerFile,
      showOpenDialog: (o) => platform.showOpenDialog(liveWindow(), o),
      shutdown, restart, log, ...(options.restartDelayMs !== undefined ? { restartDelayMs: options.restartDelayMs } : {}),
    }),
  });
  // What shutdown() stops, in the order it was started; a move can finish before the later ones exist.
  const running: (() => void)[] = [() => warnings.stop()];
  running.push(services.tracker.core.run());

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
  const tray = new TrayController({
    tray: platform.createTray(trayIconFile(assets, platform.os, 'idle')),
    buildMenu: (items) => platform.buildMenu(items),
    iconPath: (icon) => trayIconFile(assets, platform.os, icon),
    onAction: (action) => {
      if (action === 'open-window') return openWindow();
      if (action === 'quit') return platform.quit();
      const call = { start: () => services.tracker.start({}), pause: () => services.tracker.pause(), resume: () => services.tracker.resume(), stop: () => services.tracker.stop() }[action];
      Promise.resolve(call()).then(() => changed({ topic: 'tracker', at: time.now() }), (e) => log(`tray ${action} failed`, e));
    },
  });
  const refresh = () => {
    try {
      lastTray = trayModel(trackerStatus(services), services.settings.get().lang);
      tray.update(lastTray);
    } catch (e) {
      log('tray refresh failed', e);
    }
  };
  function changed(change: StateChange): void {
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

  const idle = await chooseIdleSource(idleChain(platform.os, env.XDG_SESSION_TYPE), platform.idleProbes(), log);
  const presence = createPresence({
    power: platform.power, now: clock.now, idleSeconds: () => idle.read(), every: clock.every,
    idleThresholdMinutes: () => services.settings.get().idleMinutes,
    extraLockSources: platform.os === 'linux' ? [linuxLockSource((args) => platform.spawnLines(args), logindSessionPath(env.XDG_SESSION_ID), log)] : [],
    replan: () => changed({ topic: 'tracker', at: time.now() }),
    onIdleReading: (seconds, at) => polledIdle.record(seconds, at),
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
  return { store, services, window: liveWindow, openWindow, trayModel: () => lastTray, shutdown };
}
