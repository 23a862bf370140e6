/**
 * The Platform port: what the desktop host (host.ts) needs from the operating-system shell. Electron
 * implements it in electron/main/platform.ts; the working-day test implements it in Node with
 * Chromium as the window (test/desktop/day). The port only forwards: every policy — the IPC sender
 * check, the window's hardening, what runs and in which order it stops — stays in the host, so a
 * test platform runs the same guards as the app.
 */
import type { DndReader } from '../app/ports/dnd';
import type { SaveDialogOptions } from '../app/ports/export-dialogs';
import type { ClickPayload, Notifier } from '../app/ports/notifier';
import type { TimeSource, Timer } from '../app/ports/timer';
import type { IdleProbe } from './idle-source';
import type { IpcMainLike } from './ipc';
import type { LineProcess } from './linux-lock';
import type { PowerMonitorLike } from './presence';
import type { ContentsLike, SessionLike, WindowPreferences } from './security';
import type { MenuItemSpec, TrayLike } from './tray';
import type { ContentsSender } from './warnings';

/** The options the host creates its window with (a subset of Electron's BrowserWindow options). */
export interface WindowOptions {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly show: false;
  readonly title: string;
  readonly icon?: string;
  readonly webPreferences: WindowPreferences;
}

/** The window's web contents: hardened by the host, the sender of every IPC call. */
export interface WindowContents extends ContentsLike, ContentsSender {
  /** Compared with the sender of each IPC call. */
  readonly id: number;
  readonly session: SessionLike;
}

export interface PlatformWindow {
  readonly contents: WindowContents;
  show(): void;
  hide(): void;
  focus(): void;
  isDestroyed(): boolean;
  /** The user closes the window; `preventDefault` keeps it (hidden) in the tray. */
  onClose(listener: (event: { preventDefault(): void }) => void): void;
  onceReadyToShow(listener: () => void): void;
  /** Loads the bundled page (`paths.indexUrl`). */
  load(): Promise<void>;
}

export interface FolderDialogOptions {
  readonly title: string;
  readonly defaultPath: string;
  readonly properties: readonly ('openDirectory' | 'createDirectory')[];
}

/** A message box with buttons; resolves with the index of the button pressed. */
export interface MessageBoxOptions {
  readonly type: 'error' | 'info' | 'warning';
  readonly title: string;
  readonly message: string;
  readonly detail?: string;
  readonly buttons: readonly string[];
  readonly defaultId?: number;
  readonly cancelId?: number;
}

/** Wall, monotonic and host-zone time, one-shot timers and a repeating tick (a fake in tests). */
export interface PlatformTime extends TimeSource, Timer {
  every(ms: number, fn: () => void): () => void;
}

export interface PlatformPaths {
  readonly home: string;
  /** Summaries, reports and timesheets go to `<documents>/Fyrabend` (unless FYRABEND_EXPORTS). */
  readonly documents: string;
  /** assets/ with tray/ and app/ icons. */
  readonly assets: string;
  /** The preload bundle (out/preload/index.cjs). */
  readonly preload: string;
  /** The bundled window page: the only URL an IPC call is accepted from. */
  readonly indexUrl: string;
  /** better_sqlite3.node for this runtime (Electron's ABI); undefined: the Node build. */
  readonly nativeBinding: string | undefined;
  /** What "start at login" runs (the AppImage, else the executable). */
  readonly exec: string;
}

export interface Platform {
  readonly os: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly argv: readonly string[];
  /** For diagnostics: the app's version and the runtime's (electron, chrome, node). */
  readonly versions: Readonly<Record<string, string>>;
  readonly paths: PlatformPaths;
  readonly time: PlatformTime;
  /** The OS language tag (nb-NO, en-US, …). */
  locale(): string;
  onSecondInstance(listener: () => void): void;
  /** The app is about to quit (tray "Quit", the OS logging out). */
  onBeforeQuit(listener: () => void): void;
  quit(): void;
  exit(code: number): void;
  relaunch(): void;
  readonly ipc: IpcMainLike;
  createTray(iconFile: string): TrayLike;
  buildMenu(items: MenuItemSpec[]): unknown;
  createWindow(options: WindowOptions): PlatformWindow;
  /** suspend, resume, lock-screen, unlock-screen. */
  readonly power: PowerMonitorLike;
  /** Idle-time sources by name; the host picks one with idleChain (idle-source.ts). */
  idleProbes(): readonly IdleProbe[];
  /** Runs a `gdbus monitor` (Linux lock signals); null when it cannot run or the platform has none. */
  spawnLines(args: readonly string[]): LineProcess | null;
  notifier(onClick: (payload: ClickPayload) => void, log: (message: string) => void): Notifier;
  dnd(): DndReader;
  showOpenDialog(window: PlatformWindow | null, options: FolderDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(options: MessageBoxOptions): Promise<number>;
  /** The save dialog of the payroll export (issue 16); resolves to the chosen path, or null when cancelled. */
  showSaveDialog(window: PlatformWindow | null, options: SaveDialogOptions): Promise<string | null>;
  /** Opens the file manager with the file selected ("Show in folder"). */
  showItemInFolder(path: string): void;
  /** macOS and Windows login items (Linux uses the autostart file, autostart.ts). */
  setLoginItem(settings: { openAtLogin: boolean; openAsHidden?: boolean; args?: string[] }): void;
  /** Opens a file or folder with the desktop's default program ("Show the log"). */
  openPath(path: string): Promise<string>;
  writeClipboard(text: string): void;
}
