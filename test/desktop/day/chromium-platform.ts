/**
 * A test Platform whose window is a real Chromium page: the built renderer (out/renderer, loaded
 * from its file: URL like Electron's loadFile) with the REAL preload bundle (out/preload/index.cjs)
 * run in the page, its `require('electron')` answered by a small bridge: `contextBridge` defines
 * `window.api`, and `ipcRenderer.invoke` goes through a Playwright binding to the handler the host
 * registered — with the sender built from the calling frame (the page's contents id, the frame's
 * URL and parent), so the host's sender check runs on every call. Events the host sends
 * (`stateChanged`, `navigate`) are delivered to the preload's listeners. Everything else (tray,
 * power, clock, dialogs) is the fake platform's.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PlatformWindow, WindowOptions } from '../../../src/desktop/platform';
import { FakePlatform, FakeWindow, type FakePlatformOptions } from '../fake-platform';

/** Runs the preload's CommonJS bundle with a bridge standing in for the `electron` module. */
export function preloadInitScript(bundle: string): string {
  return `(() => {
    const listeners = new Map();
    const electron = {
      contextBridge: { exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value: Object.freeze(value), enumerable: true }) },
      ipcRenderer: {
        invoke: (channel, ...args) => window.__fyrabendIpc(channel, args),
        on: (channel, fn) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(fn); },
        removeListener: (channel, fn) => { listeners.get(channel)?.delete(fn); },
      },
    };
    Object.defineProperty(window, '__fyrabendDeliver', { value: (channel, payload) => { for (const fn of listeners.get(channel) ?? []) fn({}, payload); } });
    const module = { exports: {} };
    const require = (name) => { if (name === 'electron') return electron; throw new Error('the sandboxed preload may only require electron, not ' + name); };
    (function (module, exports, require) { ${bundle}\n })(module, module.exports, require);
  })();`;
}

export interface ChromiumPlatformOptions extends FakePlatformOptions {
  readonly browser: Browser;
  readonly preloadBundle: string;
  /** Errors of the page (uncaught, console.error): should stay empty. */
  readonly pageErrors: string[];
}

/** A window backed by a Chromium page; the guards the host installs are recorded by FakeContents. */
export class ChromiumWindow extends FakeWindow {
  page: Page | null = null;
  context: BrowserContext | null = null;
  private opening: Promise<Page>;

  constructor(
    options: WindowOptions,
    private readonly platform: ChromiumPlatform,
  ) {
    super(options);
    this.opening = this.open();
    this.contents.forward = (channel, payload) => {
      void this.opening.then((p) => p.evaluate(([c, v]) => (window as unknown as { __fyrabendDeliver(c: string, v: unknown): void }).__fyrabendDeliver(c, v), [channel, payload] as const)).catch(() => undefined);
    };
  }

  private async open(): Promise<Page> {
    const o = this.platform.chromium;
    const context = await o.browser.newContext({ viewport: { width: 1100, height: 860 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
    this.context = context;
    await context.exposeBinding('__fyrabendIpc', async (source, channel: string, args: unknown[]) => {
      const frame = source.frame;
      const event = { sender: { id: this.contents.id }, senderFrame: { url: frame.url(), parent: frame.parentFrame() ? {} : null } };
      return this.platform.ipc.invoke(channel, event, ...args);
    });
    await context.addInitScript(preloadInitScript(o.preloadBundle));
    const page = await context.newPage();
    await page.clock.setFixedTime(this.platform.time.now());
    page.on('pageerror', (e) => o.pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') o.pageErrors.push(m.text());
    });
    this.page = page;
    return page;
  }

  override async load(): Promise<void> {
    const page = await this.opening;
    this.contents.loading = true;
    await page.goto(this.platform.paths.indexUrl);
    this.contents.loading = false;
    for (const l of this.contents.listeners.get('did-finish-load')?.splice(0) ?? []) (l as () => void)();
    await super.load();
  }

  /** The page, once it exists. */
  async whenReady(): Promise<Page> {
    return this.opening;
  }

  /** The window goes away with its page (the app quit). */
  async destroy(): Promise<void> {
    this.destroyed = true;
    this.page = null;
    await this.context?.close();
  }
}

export class ChromiumPlatform extends FakePlatform {
  constructor(readonly chromium: ChromiumPlatformOptions) {
    super(chromium);
  }

  override createWindow(options: WindowOptions): PlatformWindow {
    const w = new ChromiumWindow(options, this);
    this.windows.push(w);
    return w;
  }

  override window(): ChromiumWindow | undefined {
    return this.windows.at(-1) as ChromiumWindow | undefined;
  }

  /** Moves the page clocks with the host's. */
  async syncPages(): Promise<void> {
    for (const w of this.windows as ChromiumWindow[]) await w.page?.clock.setFixedTime(this.time.now());
  }

  async closeWindows(): Promise<void> {
    for (const w of this.windows as ChromiumWindow[]) await w.destroy();
  }
}

export function readPreloadBundle(file: string): string {
  return readFileSync(file, 'utf8');
}
