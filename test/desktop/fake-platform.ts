/**
 * A Platform (src/desktop/platform.ts) in plain Node for host tests: it records what the host
 * asks of the shell (IPC handlers, the window's options and the guards installed on it, tray
 * updates, dialogs, relaunches) and runs on a fake clock (FakeTime: timers fire only when the test
 * advances time). The real store and services run behind it; nothing here decides anything.
 */
import type { DndReader } from '../../src/app/ports/dnd';
import type { SaveDialogOptions } from '../../src/app/ports/export-dialogs';
import type { ClickPayload, NotificationRequest, Notifier } from '../../src/app/ports/notifier';
import type { IdleProbe } from '../../src/desktop/idle-source';
import type { IpcMainLike } from '../../src/desktop/ipc';
import type { LineProcess } from '../../src/desktop/linux-lock';
import type { FolderDialogOptions, MessageBoxOptions, Platform, PlatformPaths, PlatformWindow, WindowContents, WindowOptions } from '../../src/desktop/platform';
import type { RawSignal } from '../../src/desktop/presence';
import type { IpcSenderLike } from '../../src/desktop/security';
import type { MenuItemSpec } from '../../src/desktop/tray';
import { ok, type Result } from '../../src/shared/result';
import { FakeTime } from '../app/warnings/fakes';

/** FakeTime plus the repeating tick the host's clock needs (re-armed after each firing). */
export class FakePlatformTime extends FakeTime {
  every(ms: number, fn: () => void): () => void {
    let handle: unknown;
    let stopped = false;
    const arm = () => {
      handle = this.set(ms, () => {
        if (stopped) return;
        arm();
        fn();
      });
    };
    arm();
    return () => {
      stopped = true;
      this.clear(handle);
    };
  }
}

type Listener = (...args: never[]) => unknown;

/** The guards the host installed on a window's contents and session, callable by the test. */
export class FakeContents implements WindowContents {
  static nextId = 1;
  readonly id = FakeContents.nextId++;
  readonly listeners = new Map<string, Listener[]>();
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  headers: ((details: { responseHeaders?: Record<string, string[] | string> }, callback: (r: { responseHeaders?: Record<string, string[] | string> }) => void) => void) | null = null;
  loading = false;
  /** Where sent events go besides `sent` (the Chromium page in the day test). */
  forward: ((channel: string, payload: unknown) => void) | null = null;

  readonly session = {
    setPermissionRequestHandler: (h: FakeContents['permissionRequest']) => void (this.permissionRequest = h),
    setPermissionCheckHandler: (h: FakeContents['permissionCheck']) => void (this.permissionCheck = h),
    webRequest: { onHeadersReceived: (l: NonNullable<FakeContents['headers']>) => void (this.headers = l) },
  };

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  on(event: string, listener: Listener): unknown {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  isLoading(): boolean {
    return this.loading;
  }
  once(event: 'did-finish-load', listener: () => void): unknown {
    return this.on(event, listener);
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, payload: args[0] });
    this.forward?.(channel, args[0]);
  }

  /** Fires a navigation event as Chromium would; true when a guard prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    let prevented = false;
    for (const l of this.listeners.get(event) ?? []) (l as (e: { preventDefault(): void; url?: string }, u?: string) => void)({ preventDefault: () => (prevented = true), url }, url);
    return prevented;
  }
}

export class FakeWindow implements PlatformWindow {
  readonly contents = new FakeContents();
  visible = false;
  destroyed = false;
  loads = 0;
  private closeListeners: ((e: { preventDefault(): void }) => void)[] = [];
  private ready: (() => void)[] = [];
  constructor(readonly options: WindowOptions) {}
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  onClose(listener: (e: { preventDefault(): void }) => void): void {
    this.closeListeners.push(listener);
  }
  onceReadyToShow(listener: () => void): void {
    this.ready.push(listener);
  }
  load(): Promise<void> {
    this.loads++;
    for (const l of this.ready.splice(0)) l();
    return Promise.resolve();
  }
  /** The user closes the window: kept (hidden) unless a listener lets it go. */
  close(): void {
    let kept = false;
    for (const l of this.closeListeners) l({ preventDefault: () => (kept = true) });
    if (!kept) this.destroyed = true;
  }
}

export class FakePower {
  readonly listeners = new Map<string, Set<() => void>>();
  on(event: RawSignal, l: () => void): unknown {
    const set = this.listeners.get(event) ?? new Set();
    set.add(l);
    this.listeners.set(event, set);
    return this;
  }
  removeListener(event: RawSignal, l: () => void): unknown {
    this.listeners.get(event)?.delete(l);
    return this;
  }
  emit(event: RawSignal): void {
    for (const l of [...(this.listeners.get(event) ?? [])]) l();
  }
}

export class FakeIpc implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcSenderLike, ...args: unknown[]) => Promise<unknown>>();
  handle(channel: string, listener: (event: IpcSenderLike, ...args: unknown[]) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`a handler for ${channel} is already registered`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Calls a channel as a renderer would. */
  invoke(channel: string, event: IpcSenderLike, ...args: unknown[]): Promise<unknown> {
    const h = this.handlers.get(channel);
    if (!h) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return h(event, ...args);
  }
}

export class RecordingNotifier implements Notifier {
  readonly shown: NotificationRequest[] = [];
  constructor(readonly onClick: (payload: ClickPayload) => void) {}
  show(request: NotificationRequest): Promise<Result<void>> {
    this.shown.push(request);
    return Promise.resolve(ok(undefined));
  }
}

export interface FakePlatformOptions {
  readonly start: number;
  readonly paths: Pick<PlatformPaths, 'home' | 'documents'> & Partial<PlatformPaths>;
  readonly env?: Record<string, string | undefined>;
  readonly argv?: readonly string[];
  readonly os?: NodeJS.Platform;
  /** Idle seconds the 'electron' probe reads (null: cannot tell). */
  readonly idle?: () => number | null;
  readonly notifier?: (onClick: (payload: ClickPayload) => void, log: (m: string) => void) => Notifier;
  readonly dnd?: DndReader;
  readonly time?: FakePlatformTime;
}

export const INDEX_URL = 'file:///opt/Fyrabend/resources/app.asar/out/renderer/index.html';

export class FakePlatform implements Platform {
  readonly os: NodeJS.Platform;
  readonly env: Record<string, string | undefined>;
  readonly argv: readonly string[];
  readonly versions = { app: '0.1.0', electron: 'none', chrome: 'none', node: process.versions.node };
  readonly paths: PlatformPaths;
  readonly time: FakePlatformTime;
  readonly ipc = new FakeIpc();
  readonly power = new FakePower();
  readonly windows: FakeWindow[] = [];
  readonly trayImages: string[] = [];
  readonly tooltips: string[] = [];
  menu: MenuItemSpec[] = [];
  trayClick: (() => void) | null = null;
  readonly dialogs: FolderDialogOptions[] = [];
  readonly messageBoxes: MessageBoxOptions[] = [];
  /** What the folder picker answers next (null: cancelled). */
  picked: string | null = null;
  /** The button the next message box answers with. */
  messageBoxAnswer = 0;
  readonly loginItems: unknown[] = [];
  readonly opened: string[] = [];
  readonly clipboard: string[] = [];
  readonly events: string[] = [];
  notifiers: Notifier[] = [];
  private readonly secondInstance: (() => void)[] = [];
  private readonly beforeQuit: (() => void)[] = [];

  constructor(private readonly o: FakePlatformOptions) {
    this.os = o.os ?? 'linux';
    this.env = { XDG_SESSION_TYPE: 'x11', FYRABEND_ZONE: 'Europe/Oslo', ...o.env };
    this.argv = o.argv ?? ['fyrabend'];
    this.time = o.time ?? new FakePlatformTime(o.start);
    this.paths = { assets: '/opt/Fyrabend/resources/assets', preload: '/opt/Fyrabend/resources/app.asar/out/preload/index.cjs', indexUrl: INDEX_URL, nativeBinding: undefined, exec: '/opt/Fyrabend/fyrabend', ...o.paths };
  }

  locale(): string {
    return 'nb-NO';
  }
  onSecondInstance(listener: () => void): void {
    this.secondInstance.push(listener);
  }
  onBeforeQuit(listener: () => void): void {
    this.beforeQuit.push(listener);
  }
  /** Another start of the app (the second instance hands over to this one). */
  startAgain(): void {
    for (const l of this.secondInstance) l();
  }
  quit(): void {
    this.events.push('quit');
    for (const l of this.beforeQuit) l();
  }
  exit(code: number): void {
    this.events.push(`exit ${code}`);
  }
  relaunch(): void {
    this.events.push('relaunch');
  }
  createTray(iconFile: string) {
    this.trayImages.push(iconFile);
    return {
      setImage: (image: string) => void this.trayImages.push(image),
      setToolTip: (text: string) => void this.tooltips.push(text),
      setContextMenu: (menu: unknown) => void (this.menu = menu as MenuItemSpec[]),
      on: (_event: 'click', listener: () => void) => void (this.trayClick = listener),
    };
  }
  buildMenu(items: MenuItemSpec[]): unknown {
    return items;
  }
  /** Clicks the tray menu item with this label. */
  clickTray(label: string): void {
    const item = this.menu.find((m) => m.label === label);
    if (!item?.click) throw new Error(`no tray item "${label}" (items: ${this.menu.map((m) => m.label ?? '—').join(', ')})`);
    item.click();
  }
  createWindow(options: WindowOptions): PlatformWindow {
    const w = new FakeWindow(options);
    this.windows.push(w);
    return w;
  }
  /** The last window made. */
  window(): FakeWindow | undefined {
    return this.windows.at(-1);
  }
  idleProbes(): readonly IdleProbe[] {
    const idle = this.o.idle ?? (() => 0);
    return [{ name: 'electron', read: () => Promise.resolve(idle()) }];
  }
  spawnLines(_args: readonly string[]): LineProcess | null {
    return null;
  }
  notifier(onClick: (payload: ClickPayload) => void, log: (m: string) => void): Notifier {
    const n = this.o.notifier ? this.o.notifier(onClick, log) : new RecordingNotifier(onClick);
    this.notifiers.push(n);
    return n;
  }
  dnd(): DndReader {
    return this.o.dnd ?? { read: () => Promise.resolve('off') };
  }
  showOpenDialog(_window: PlatformWindow | null, options: FolderDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }> {
    this.dialogs.push(options);
    return Promise.resolve(this.picked === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [this.picked] });
  }
  showMessageBox(options: MessageBoxOptions): Promise<number> {
    this.messageBoxes.push(options);
    return Promise.resolve(this.messageBoxAnswer);
  }
  /** What the save dialog answers next (null: cancelled), and what it was asked. */
  savePath: string | null = null;
  readonly saveDialogs: SaveDialogOptions[] = [];
  readonly shownInFolder: string[] = [];
  showSaveDialog(_window: PlatformWindow | null, options: SaveDialogOptions): Promise<string | null> {
    this.saveDialogs.push(options);
    return Promise.resolve(this.savePath);
  }
  showItemInFolder(path: string): void {
    this.shownInFolder.push(path);
  }
  setLoginItem(settings: unknown): void {
    this.loginItems.push(settings);
  }
  openPath(path: string): Promise<string> {
    this.opened.push(path);
    return Promise.resolve('');
  }
  writeClipboard(text: string): void {
    this.clipboard.push(text);
  }

  /** The IPC event of a call from the main window's top frame showing the bundled page. */
  trustedEvent(): IpcSenderLike {
    const w = this.window();
    if (!w) throw new Error('no window');
    return { sender: { id: w.contents.id }, senderFrame: { url: this.paths.indexUrl, parent: null } };
  }
}
