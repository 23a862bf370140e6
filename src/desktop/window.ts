/**
 * The main window: created only through the fail-closed guard, hardened (no navigation, no new
 * windows, no permissions, CSP header), loading the bundled page. Closing hides it (the app lives
 * in the tray); quitting goes through the tray menu or the window. The platform only makes the
 * window (Platform.createWindow); every guard is applied here, so a test platform gets the same.
 */
import type { PlatformWindow, WindowOptions } from './platform';
import { assertSecureWebPreferences, hardenContents, hardenSession, secureWebPreferences } from './security';

export interface WindowDeps {
  readonly create: (options: WindowOptions) => PlatformWindow;
  readonly preloadPath: string;
  readonly indexUrl: string;
  readonly icon?: string;
  readonly isQuitting: () => boolean;
  readonly log: (m: string) => void;
}

/** Creates a window after checking its options; refuses (throws) on any unsafe preference. */
export function createGuardedWindow<W>(create: (o: WindowOptions) => W, options: WindowOptions): W {
  assertSecureWebPreferences(options.webPreferences);
  return create(options);
}

/** The options of the main window (exported for the host test). */
export function mainWindowOptions(preloadPath: string, icon?: string): WindowOptions {
  return { width: 1000, height: 720, minWidth: 640, minHeight: 480, show: false, title: 'Fyrabend', ...(icon ? { icon } : {}), webPreferences: secureWebPreferences(preloadPath) };
}

export function createMainWindow(d: WindowDeps): PlatformWindow {
  const win = createGuardedWindow(d.create, mainWindowOptions(d.preloadPath, d.icon));
  hardenSession(win.contents.session);
  hardenContents(win.contents, d.indexUrl, d.log);
  win.onClose((e) => {
    if (!d.isQuitting()) {
      e.preventDefault();
      win.hide();
    }
  });
  win.onceReadyToShow(() => win.show());
  win.load().catch((e: unknown) => d.log(`the window page did not load: ${e instanceof Error ? e.message : String(e)}`));
  return win;
}
