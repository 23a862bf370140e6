/**
 * The main window: created only through the fail-closed guard, hardened (no navigation, no new
 * windows, no permissions, CSP header), loading the bundled page from out/renderer. Closing hides
 * it (the app lives in the tray); quitting goes through the tray menu or the window.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { assertSecureWebPreferences, hardenContents, hardenSession, secureWebPreferences, type ContentsLike, type SessionLike } from './security';

export interface WindowDeps {
  readonly create: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly preloadPath: string;
  readonly indexFile: string;
  readonly indexUrl: string;
  readonly icon?: string;
  readonly isQuitting: () => boolean;
  readonly log: (m: string) => void;
}

/** Creates a window after checking its options; refuses (throws) on any unsafe preference. */
export function createGuardedWindow(create: (o: BrowserWindowConstructorOptions) => BrowserWindow, options: BrowserWindowConstructorOptions): BrowserWindow {
  assertSecureWebPreferences(options.webPreferences);
  return create(options);
}

export function createMainWindow(d: WindowDeps): BrowserWindow {
  const win = createGuardedWindow(d.create, {
    width: 1000,
    height: 720,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Fyrabend',
    ...(d.icon ? { icon: d.icon } : {}),
    webPreferences: secureWebPreferences(d.preloadPath),
  });
  hardenSession(win.webContents.session as unknown as SessionLike);
  hardenContents(win.webContents as unknown as ContentsLike, d.indexUrl, d.log);
  win.on('close', (e) => {
    if (!d.isQuitting()) {
      e.preventDefault();
      win.hide();
    }
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(d.indexFile);
  return win;
}
