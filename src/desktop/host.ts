/**
 * Composition root of the tray app: single instance, store (Electron-ABI better-sqlite3), app
 * services, IPC, tray, window, presence, autostart. No business rules live here.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, Tray } from 'electron';
import { randomUUID } from 'node:crypto';
import { readlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAppServices, createPayrollService, createSummaryService, trackerStatus } from '../../src/app/api/index';
import { trayModel } from '../../src/app/tray/view-model';
import { plan } from '../../src/core/index';
import { defaultDbPath } from '../../src/cli/db';
import { eventChannelOf } from '../../src/shared/ipc/channels';
import { pickLang } from '../../src/shared/i18n/catalog';
import type { StateChange } from '../../src/shared/ipc/dto';
import { openStore } from '../../src/store/index';
import { fileExportFolder } from '../../src/store/files/export-folder';
import { applyAutostart } from './autostart';
import { shellDataLocation, startupLocation } from './data-location';
import { appIconFile, trayIconFile } from './icons';
import { readHostZone } from './host-zone';
import { chooseIdleSource, idleChain } from './idle-source';
import { registerIpc } from './ipc';
import { linuxLockSource, logindSessionPath } from './linux-lock';
import { nativeBindingPath } from './native';
import { createDndReader } from './notify/dnd-reader';
import { createDesktopNotifier } from './notify/desktop-notifier';
import { systemTime, systemTimer } from './notify/system-time';
import { gdbusIdleProbe, nodeAutostartFs, spawnGdbusLines, storeBackups } from './platform';
import { createPresence } from './presence';
import { isTrustedSender } from './security';
import { TrayController } from './tray';
import { PolledIdle, sendWhenLoaded, wireWarnings } from './warnings';
import { createMainWindow } from './window';

const log = (m: string, detail?: unknown) => console.log(`[fyrabend] ${m}`, detail instanceof Error ? detail.message : (detail ?? ''));
const root = app.getAppPath();
const assets = app.isPackaged ? join(process.resourcesPath, 'assets') : join(root, 'assets');
const indexFile = join(root, 'out', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexFile).href;
let quitting = false;
let win: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) app.quit();
else app.whenReady().then(main, (e) => (log('start failed', e), app.exit(1)));

async function main(): Promise<void> {
  const nativeBinding = nativeBindingPath({ electronVersion: process.versions.electron ?? '', isPackaged: app.isPackaged, appRoot: root, resourcesPath: process.resourcesPath });
  // FYRABEND_DB > location.json (a moved data folder) > the OS default; an unusable pointer stops here.
  const location = startupLocation(process.env, defaultDbPath(process.platform, process.env, homedir()), pickLang(process.env.FYRABEND_LANG, app.getLocale()));
  if (!location.ok) {
    log('not started', location.message);
    dialog.showErrorBox('Fyrabend', location.message);
    app.exit(1);
    return;
  }
  const dbPath = location.dbPath;
  const store = await openStore(dbPath, { nativeBinding });
  // Read fresh (host-zone.ts): the engine keeps the zone it started with.
  const hostZone = () => readHostZone({ platform: process.platform, env: process.env, readlink: readlinkSync, intlZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone });
  const zone = () => process.env.FYRABEND_ZONE ?? hostZone();
  const clock = { now: () => Date.now(), every: (ms: number, fn: () => void) => ((h) => () => clearInterval(h))(setInterval(fn, ms)) };
  // Issue 4: right-to-disconnect warnings (electron/main/warnings.ts); started once presence runs.
  const polledIdle = new PolledIdle(clock.now, () => idle.read());
  const warnings = wireWarnings({
    store, power: powerMonitor, plan, zone, log, every: clock.every, dnd: createDndReader(), idle: polledIdle,
    time: { ...systemTime, hostZone: zone }, timer: systemTimer,
    notifier: (onClick) => createDesktopNotifier({ platform: process.platform, iconPath: appIconFile(assets), onClick, log }),
    onChange: (change) => changed(change),
    navigate: (request) => (openWindow(), win && sendWhenLoaded(win.webContents, eventChannelOf('navigate'), request)),
  });
  // Summaries, reports and payroll timesheets go to Documents/Fyrabend (the window never names a path).
  const exportsFolder = fileExportFolder(process.env.FYRABEND_EXPORTS ?? join(app.getPath('documents'), 'Fyrabend'));
  const restart = () => (app.relaunch(), app.exit(0));
  const services = createAppServices({
    ...store, clock, zone, heartbeats: true, dataFolder: dirname(dbPath), log, warnings: warnings.service,
    backups: storeBackups(() => store, clock.now, nativeBinding, restart),
    summaries: createSummaryService({ settings: store.settings, exports: exportsFolder, newId: () => randomUUID() }),
    payroll: createPayrollService({ ...store, files: exportsFolder, now: clock.now }),
    // Issue 6: move the data folder; the store closes at once, the app restarts on the new folder.
    location: shellDataLocation({
      store, nativeBinding, source: location.source, pointerFile: location.pointerFile, dialog, window: () => win,
      shutdown, restart, log,
    }),
  });
  // What shutdown() stops, in the order it was started; a move can finish before the later ones exist.
  const running: (() => void)[] = [() => warnings.stop()];
  running.push(services.tracker.core.run());

  const openWindow = () => {
    if (!win || win.isDestroyed()) {
      win = createMainWindow({ create: (o) => new BrowserWindow(o), preloadPath: join(root, 'out', 'preload', 'index.cjs'), indexFile, indexUrl, icon: appIconFile(assets), isQuitting: () => quitting, log });
    } else win.show();
    win.focus();
  };
  const autostart = (enabled: boolean) =>
    log(`autostart ${enabled ? 'on' : 'off'}:`, applyAutostart(enabled, {
      platform: process.platform, setLoginItem: (s) => app.setLoginItemSettings(s), fs: nodeAutostartFs,
      configHome: process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), exec: process.env.APPIMAGE ?? process.execPath,
    }));

  const tray = new TrayController({
    tray: new Tray(trayIconFile(assets, process.platform, 'idle')),
    buildMenu: (items) => Menu.buildFromTemplate(items),
    iconPath: (icon) => trayIconFile(assets, process.platform, icon),
    onAction: (action) => {
      if (action === 'open-window') return openWindow();
      if (action === 'quit') return app.quit();
      const call = { start: () => services.tracker.start({}), pause: () => services.tracker.pause(), resume: () => services.tracker.resume(), stop: () => services.tracker.stop() }[action];
      Promise.resolve(call()).then(() => changed({ topic: 'tracker', at: Date.now() }), (e) => log(`tray ${action} failed`, e));
    },
  });
  const refresh = () => {
    try {
      const model = trayModel(trackerStatus(services), services.settings.get().lang);
      tray.update(model);
      // Read by the Playwright smoke test (test/electron/smoke.e2e.test.ts) only.
      if (process.env.FYRABEND_E2E === '1') Object.assign(globalThis, { __fyrabendTray: model });
    } catch (e) {
      log('tray refresh failed', e);
    }
  };
  function changed(change: StateChange): void {
    refresh();
    if (change.topic === 'settings') autostart(services.settings.get().autostart);
    warnings.onStateChange(change);
    if (win && !win.isDestroyed()) win.webContents.send(eventChannelOf('stateChanged'), change);
  }
  registerIpc(ipcMain, {
    services: () => services,
    isTrustedSender: (e) => isTrustedSender(e, win && !win.isDestroyed() ? win.webContents.id : null, indexUrl),
    onChange: changed,
    log,
  });

  const idle = await chooseIdleSource(idleChain(process.platform, process.env.XDG_SESSION_TYPE), [
    { name: 'electron', read: async () => { const s = powerMonitor.getSystemIdleTime(); return process.platform === 'linux' && s === 0 ? null : s; } },
    gdbusIdleProbe('mutter'),
    gdbusIdleProbe('freedesktop-screensaver'),
  ], log);
  const presence = createPresence({
    power: powerMonitor, now: clock.now, idleSeconds: () => idle.read(), every: clock.every,
    idleThresholdMinutes: () => services.settings.get().idleMinutes,
    extraLockSources: process.platform === 'linux' ? [linuxLockSource(spawnGdbusLines, logindSessionPath(process.env.XDG_SESSION_ID), log)] : [],
    replan: () => changed({ topic: 'tracker', at: Date.now() }),
    onIdleReading: (seconds, at) => polledIdle.record(seconds, at),
  });
  running.push(presence.subscribe((e) => (services.tracker.core.onPresence(e), refresh(), warnings.onStateChange({ topic: 'tracker', at: e.at }))));
  running.push(clock.every(30_000, refresh));
  warnings.start().catch((e) => log('warnings did not start', e));

  app.on('second-instance', openWindow);
  app.on('window-all-closed', () => undefined); // stay in the tray
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
  app.on('before-quit', () => {
    quitting = true;
    shutdown();
  });
  refresh();
  const s = services.settings.get();
  if (!s.firstRunDone || !process.argv.includes('--hidden')) openWindow();
}
