/**
 * What every real-browser suite shares: the renderer built and served once per file, one Debian
 * Chromium, and after each test the app it opened checked (no fault in the services, no error in the
 * page) and closed. Call it at the top of a describe block; open apps with `open`.
 */
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, openApp, serveRenderer, type App, type OpenOptions } from './harness';

export interface BrowserSuite {
  /** Opens the app at the fake clock's `start`; the suite checks and closes it after the test (one app at a time). */
  open(start: number, options?: OpenOptions): Promise<App>;
  /** Checks and closes the open app now (what the suite does after each test). */
  done(): Promise<void>;
}

export function browserSuite(): BrowserSuite {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let app: App | null = null;

  beforeAll(async () => {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
    server = await serveRenderer();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const done = async () => {
    const open = app;
    app = null;
    if (!open) return;
    try {
      expect(open.faults).toEqual([]);
      expect(open.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  };
  afterEach(done);

  return {
    open: async (start, options) => {
      if (!browser || !server) throw new Error('browserSuite: open() called outside a test of the suite');
      app = await openApp(browser, server.url, start, options);
      return app;
    },
    done,
  };
}
