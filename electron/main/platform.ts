/**
 * The Electron implementation of the desktop host's Platform port (src/desktop/platform.ts): app,
 * Tray, Menu, BrowserWindow, dialog, powerMonitor, shell, clipboard. It only forwards: the guards
 * (sender check, window hardening) and the wiring live in src/desktop/host.ts.
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, powerMonitor, shell, Tray, type BrowserWindowConstructorOptions, type MenuItemConstructorOptions } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDesktopNotifier } from '../../src/desktop/notify/desktop-notifier';
import { createDndReader } from '../../src/desktop/notify/dnd-reader';
import { appIconFile } from '../../src/desktop/icons';
import { gdbusIdleProbe, nodeTime, spawnGdbusLines } from '../../src/desktop/node-io';
import type { IpcMainLike } from '../../src/desktop/ipc';
import type { Platform, PlatformWindow, WindowContents } from '../../src/desktop/platform';
import type { ContentsLike, SessionLike } from '../../src/desktop/security';
import { nativeBindingPath } from './native';

function adaptWindow(win: BrowserWindow, indexFile: string): PlatformWindow {
  const wc = win.webContents;
  const contents: WindowContents = {
    id: wc.id,
    session: wc.session as unknown as SessionLike,
    setWindowOpenHandler: (handler) => wc.setWindowOpenHandler(handler),
    on: ((event: string, listener: (...args: never[]) => void) => wc.on(event as 'will-navigate', listener as never)) as ContentsLike['on'],
    isLoading: () => wc.isLoading(),
    once: (event, listener) => wc.once(event, listener),
    send: (channel, ...args) => wc.send(channel, ...args),
  };
  return {
    contents,
    show: () => win.show(),
    hide: () => win.hide(),
    focus: () => win.focus(),
    isDestroyed: () => win.isDestroyed(),
    onClose: (listener) => void win.on('close', listener),
    onceReadyToShow: (listener) => void win.once('ready-to-show', listener),
    load: () => win.loadFile(indexFile),
  };
}

export function electronPlatform(): Platform {
  const root = app.getAppPath();
  const assets = app.isPackaged ? join(process.resourcesPath, 'assets') : join(root, 'assets');
  const indexFile = join(root, 'out', 'renderer', 'index.html');
  const windows = new Map<PlatformWindow, BrowserWindow>();
  return {
    os: process.platform,
    env: process.env,
    argv: process.argv,
    versions: { app: app.getVersion(), electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
    paths: {
      home: homedir(),
      documents: app.getPath('documents'),
      assets,
      preload: join(root, 'out', 'preload', 'index.cjs'),
      indexUrl: pathToFileURL(indexFile).href,
      nativeBinding: nativeBindingPath({ electronVersion: process.versions.electron ?? '', isPackaged: app.isPackaged, appRoot: root, resourcesPath: process.resourcesPath }),
      exec: process.env.APPIMAGE ?? process.execPath,
    },
    time: nodeTime(process.platform, process.env),
    locale: () => app.getLocale(),
    onSecondInstance: (listener) => void app.on('second-instance', listener),
    onBeforeQuit: (listener) => void app.on('before-quit', listener),
    quit: () => app.quit(),
    exit: (code) => app.exit(code),
    relaunch: () => app.relaunch(),
    ipc: ipcMain as unknown as IpcMainLike,
    createTray: (icon) => new Tray(icon),
    buildMenu: (items) => Menu.buildFromTemplate(items as MenuItemConstructorOptions[]),
    createWindow: (options) => {
      const win = new BrowserWindow(options as BrowserWindowConstructorOptions);
      const adapted = adaptWindow(win, indexFile);
      windows.set(adapted, win);
      win.on('closed', () => windows.delete(adapted));
      return adapted;
    },
    power: powerMonitor,
    idleProbes: () => [
      // On Linux/Wayland Electron reads 0 for ever: that counts as "cannot tell" (idle-source.ts).
      { name: 'electron', read: async () => { const s = powerMonitor.getSystemIdleTime(); return process.platform === 'linux' && s === 0 ? null : s; } },
      gdbusIdleProbe('mutter'),
      gdbusIdleProbe('freedesktop-screensaver'),
    ],
    spawnLines: spawnGdbusLines,
    notifier: (onClick, log) => createDesktopNotifier({ platform: process.platform, iconPath: appIconFile(assets), onClick, log }),
    dnd: () => createDndReader(process.platform),
    showOpenDialog: (window, options) => {
      const o = { ...options, properties: [...options.properties] };
      const win = window ? windows.get(window) : undefined;
      return win && !win.isDestroyed() ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o);
    },
    showMessageBox: async (options) => (await dialog.showMessageBox({ ...options, buttons: [...options.buttons], noLink: true })).response,
    showSaveDialog: async (window, options) => {
      const o = { defaultPath: options.defaultPath, filters: options.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) };
      const win = window ? windows.get(window) : undefined;
      const r = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, o) : await dialog.showSaveDialog(o);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    showItemInFolder: (path) => shell.showItemInFolder(path),
    setLoginItem: (settings) => app.setLoginItemSettings(settings),
    openPath: (path) => shell.openPath(path),
    writeClipboard: (text) => clipboard.writeText(text),
  };
}
