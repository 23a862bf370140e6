/**
 * The whole tray app without Electron, through one working day (issue 19): the REAL desktop host
 * (src/desktop/host.ts) in Node with the real store in a temp folder, the real Linux notifier
 * (notify-send to dunst on a private session D-Bus under Xvfb, read back from the bus with
 * dbus-monitor), the real preload bundle and the built renderer in Chromium, every IPC call through
 * the host's sender check, and a fake clock (timers fire only when the test moves time; no waiting
 * for the clock, only for processes and the page). Screenshots of the window at each step go to
 * test-results/day-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
    for (const f of readdirSync(RESULTS)) if (f.startsWith('day-')) rmSync(join(RESULTS, f));
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

  async function screenshot(p: ChromiumPlatform, name: string, o: { reopenToday?: boolean } = {}): Promise<void> {
    const page = await pageOf(p);
    await p.syncPages();
    if (o.reopenToday) {
      // The window fetches the status on a change event; like a user coming back to it, open the page again.
      await page.getByRole('button', { name: 'Uke', exact: true }).click();
      await page.getByRole('button', { name: 'I dag', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    }
    await page.screenshot({ path: join(RESULTS, `day-${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  }

  let host: Host;
  let p: ChromiumPlatform;
  /** Notify calls on the bus so far (summary lines). */
  const summaries = () => parseNotifyCalls(session.monitorOutput).map((c) => c.summary);
  async function startApp(argv: string[]): Promise<void> {
    p = platformFor(argv);
    const h = await startHost(p, { log: (m) => logs.push(m), restartDelayMs: 0 });
    if (!h) throw new Error(`the host did not start: ${logs.slice(-3).join(' | ')}`);
    host = h;
    // Each fired timer waits for the scheduler's wake-up (real notify-send, real D-Bus) before time moves on.
    time.settle = () => host.warnings.settled();
    await host.warnings.settled();
  }
  async function quit(): Promise<void> {
    // A wake-up still running when the store closes would end on a closed database (see the report).
    await host.warnings.settled();
    p.clickTray(tray('quit'));
    await p.closeWindows();
  }
  async function at(local: string): Promise<void> {
    await time.advanceTo(oslo(`2026-11-24 ${local}`));
    await host.warnings.settled();
    await p.syncPages();
  }

  it('first start: the window opens with the first-run dialog, even at login; the agreement and "start at login" are saved', async () => {
    await startApp(['fyrabend', '--hidden']);
    const page = await pageOf(p);
    await page.getByRole('dialog', { name: 'Velkommen til Fyrabend' }).waitFor();
    await screenshot(p, 'first-run');
    await page.getByRole('button', { name: 'Lagre og start' }).click();
    await page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    expect(host.store.agreements.list()).toHaveLength(1);
    await page.getByRole('button', { name: 'Innstillinger', exact: true }).click();
    await page.getByLabel('Start Fyrabend når jeg logger inn').check();
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.getByRole('status').filter({ hasText: 'Lagret' }).waitFor();
    const desktop = readFileSync(join(work, 'config', 'autostart', 'fyrabend.desktop'), 'utf8');
    expect(desktop).toMatch(/^Exec=\/opt\/Fyrabend\/fyrabend --hidden$/m);
    expect(desktop).toMatch(/^Icon=.*assets\/app\/icon-512\.png$/m);
    expect(desktop).toMatch(/^Comment\[nb\]=Logger arbeidsøktene dine/m);
    expect(desktop).toMatch(/^Comment\[nn\]=Held oversikt over arbeidsøktene/m);
    await screenshot(p, 'settings-autostart');
    await quit();
  }, 60_000);

  it('07:55, at login: starts hidden in the tray (no window), the log says which idle source it uses', async () => {
    await at('07:55');
    logs.length = 0;
    await startApp(['fyrabend', '--hidden']);
    expect(p.windows).toHaveLength(0);
    expect(host.trayModel()?.icon).toBe('idle');
    expect(logs).toContain('idle time source: electron');
    const logFile = readFileSync(join(work, 'share', 'fyrabend', 'logs', 'fyrabend.log'), 'utf8');
    expect(logFile).toMatch(/Fyrabend 0\.1\.0 starting: linux/);
    expect(logFile).not.toContain(work);
  }, 30_000);

  it('08:00: a session is started from the tray; the window opened from the tray shows it', async () => {
    await at('08:00');
    p.clickTray(tray('start'));
    await expect.poll(() => host.store.sessions.open()?.start ?? null).toBe(oslo('2026-11-24 08:00'));
    expect(host.trayModel()?.icon).toBe('working');
    p.clickTray(tray('open'));
    const page = await pageOf(p);
    await page.getByRole('status').filter({ hasText: 'Du jobber' }).waitFor();
    await screenshot(p, 'working-0800');
  }, 30_000);

  it('11:30–12:00: lunch, paused and resumed from the tray', async () => {
    await at('11:30');
    p.clickTray(tray('pause'));
    await expect.poll(() => host.trayModel()?.icon).toBe('paused');
    await screenshot(p, 'lunch-1130', { reopenToday: true });
    await at('12:00');
    p.clickTray(tray('resume'));
    await expect.poll(() => host.trayModel()?.icon).toBe('working');
  }, 120_000);

  it('15:30 and 15:45: the agreed-end warnings go out as desktop notifications, read back from the bus', async () => {
    const before = summaries().length;
    await at('15:29');
    expect(summaries().slice(before)).toEqual([]);
    await at('15:31');
    await waitFor(() => summaries().length > before, 5_000, 'the 15:30 notification on the bus');
    expect(summaries().slice(before)).toEqual(['Avtalt arbeidstid slutter snart']);
    await at('15:46');
    await waitFor(() => summaries().length > before + 1, 5_000, 'the 15:45 notification on the bus');
    expect(summaries().slice(before)).toEqual(['Avtalt arbeidstid slutter snart', 'Avtalt arbeidstid er slutt']);
    const log = readFileSync(join(work, 'share', 'fyrabend', 'logs', 'fyrabend.log'), 'utf8');
    expect(log).toContain('notification sent: "Avtalt arbeidstid slutter snart"');
    await screenshot(p, 'after-agreed-end-1546', { reopenToday: true });
  }, 120_000);

  it('16:00–16:40: lock and unlock; the away question in the window marks the time away as a break', async () => {
    await at('16:00');
    p.power.emit('lock-screen');
    await at('16:40');
    p.power.emit('unlock-screen');
    await host.warnings.settled();
    const page = await pageOf(p);
    const dialog = page.getByRole('dialog', { name: 'Du var borte fra maskinen' });
    await dialog.waitFor();
    await screenshot(p, 'away-question-1640');
    await dialog.getByRole('button', { name: 'Marker som pause' }).click();
    await dialog.waitFor({ state: 'detached' });
    await screenshot(p, 'after-away-answer');
  }, 120_000);

  it('17:00–17:30: suspend and resume (the clock jumps, timers stood still); the away time is kept as work', async () => {
    if (host.trayModel()?.icon === 'paused') p.clickTray(tray('resume'));
    await at('17:00');
    p.power.emit('suspend');
    time.sleep(30 * 60_000);
    p.power.emit('resume');
    await host.warnings.settled();
    await p.syncPages();
    const page = await pageOf(p);
    const dialog = page.getByRole('dialog', { name: 'Du var borte fra maskinen' });
    await dialog.waitFor();
    await screenshot(p, 'away-after-resume-1730');
    await dialog.getByRole('button', { name: 'Behold som arbeid' }).click();
    await dialog.waitFor({ state: 'detached' });
    if (host.trayModel()?.icon === 'paused') p.clickTray(tray('resume'));
    await expect.poll(() => host.store.sessions.open() !== null).toBe(true);
  }, 120_000);

  it('overtime until 21:15: the 20:45 warnings (night work from 21:00) reach the bus; stopped from the tray', async () => {
    await at('20:44');
    const before = parseNotifyCalls(session.monitorOutput).length;
    await at('20:46');
    await waitFor(() => parseNotifyCalls(session.monitorOutput).length > before, 5_000, 'the 20:45 notification on the bus');
    const calls = parseNotifyCalls(session.monitorOutput).slice(before);
    expect(calls.map((c) => `${c.summary} ${c.body}`).join(' | ')).toMatch(/Nattarbeid/);
    expect(calls.every((c) => c.appName === 'Fyrabend')).toBe(true);
    await screenshot(p, 'overtime-2046', { reopenToday: true });
    await at('21:15');
    p.clickTray(tray('stop'));
    await expect.poll(() => host.store.sessions.open()).toBeNull();
    await screenshot(p, 'stopped-2115');
  }, 180_000);

  let heldIds: string[] = [];
  let snoozed: { id: string; title: string; until: number | null } = { id: '', title: '', until: null };

  it('21:20–22:00: back at work with do-not-disturb on; the 21:55 warning is held and listed in the window, and put off for 15 minutes', async () => {
    await at('21:20');
    session.dunstctl('set-paused', 'true');
    p.clickTray(tray('start'));
    await expect.poll(() => host.store.sessions.open() !== null).toBe(true);
    const bus = parseNotifyCalls(session.monitorOutput).length;
    await at('22:00');
    expect(parseNotifyCalls(session.monitorOutput).length).toBe(bus);
    await expect.poll(() => host.warnings.pendingWarnings().length).toBeGreaterThan(0);
    expect(host.warnings.pendingWarnings().every((w) => w.cause === 'do-not-disturb')).toBe(true);
    expect(readFileSync(join(work, 'share', 'fyrabend', 'logs', 'fyrabend.log'), 'utf8')).toMatch(/warnings held: [1-9]\d* \(do-not-disturb [1-9]/);
    const page = await pageOf(p);
    await screenshot(p, 'held-2200', { reopenToday: true });
    const section = page.getByRole('region', { name: 'Varsler som ikke ble vist' });
    const first = host.warnings.pendingWarnings()[0]!;
    // Issue 14 item 6: each card is one line with one primary action; the text and the other actions fold out.
    await section.getByRole('listitem').filter({ hasText: first.title }).getByText('Flere valg').click();
    await section.getByText(/holdt tilbake: Ikke forstyrr/).first().waitFor();
    await section.getByRole('button', { name: `Utsett 15 min: ${first.title}` }).click();
    await section.getByRole('status').filter({ hasText: `Utsatt i 15 min: ${first.title}` }).waitFor();
    heldIds = host.warnings.pendingWarnings().map((w) => w.id);
    snoozed = { id: first.id, title: first.title, until: host.warnings.pendingWarnings().find((w) => w.id === first.id)?.hiddenUntil ?? null };
    expect(snoozed.until).toBe(oslo('2026-11-24 22:15'));
    await screenshot(p, 'held-put-off-2200');
    p.clickTray(tray('stop'));
    await expect.poll(() => host.store.sessions.open()).toBeNull();
  }, 120_000);

  it('22:05: quit and start again; the held warnings are still listed and the put-off one stays hidden until 22:15', async () => {
    await quit();
    await at('22:05');
    await startApp(['fyrabend']);
    expect(host.warnings.pendingWarnings().map((w) => w.id)).toEqual(heldIds);
    expect(host.warnings.pendingWarnings().find((w) => w.id === snoozed.id)?.hiddenUntil).toBe(snoozed.until);
    const page = await pageOf(p);
    await page.getByRole('heading', { level: 1, name: /^I dag/ }).waitFor();
    const listed = () => page.getByRole('region', { name: 'Varsler som ikke ble vist' }).getByRole('listitem').filter({ hasText: snoozed.title }).count();
    await expect.poll(listed).toBe(0);
    await screenshot(p, 'restarted-2205');
    await at('22:16');
    await screenshot(p, 'put-off-back-2216', { reopenToday: true });
    await expect.poll(listed).toBe(1);
    session.dunstctl('set-paused', 'false');
  }, 120_000);

  it('22:20: the data folder moves from Settings; the app restarts on the new folder with everything in it', async () => {
    await at('22:20');
    const sessions = host.store.sessions.count();
    const page = await pageOf(p);
    await page.getByRole('button', { name: 'Innstillinger', exact: true }).click();
    await page.getByRole('button', { name: 'Endre datamappe …' }).click();
    const target = join(work, 'Synk', 'Fyrabend');
    p.picked = target;
    await page.getByRole('button', { name: 'Velg …' }).click();
    await expect.poll(() => page.getByLabel('Ny datamappe').inputValue()).toBe(target);
    await page.getByRole('button', { name: 'Fortsett' }).click();
    await screenshot(p, 'data-folder-confirm');
    await page.getByRole('region', { name: `Flytte dataene til ${target}?` }).getByRole('button', { name: 'Flytt og start på nytt' }).click();
    await page.getByRole('status').filter({ hasText: `Dataene er flyttet til ${join(target, 'fyrabend.db')}. Fyrabend starter på nytt nå.` }).waitFor();
    await screenshot(p, 'data-folder-moved');
    await expect.poll(() => p.events).toEqual(['relaunch', 'exit 0']);
    expect(host.store.db.open).toBe(false);
    await p.closeWindows();
    // The relaunch: a new process on the same machine.
    await startApp(['fyrabend']);
    expect(host.store.path).toBe(join(target, 'fyrabend.db'));
    expect(host.store.sessions.count()).toBe(sessions);
    const next = await pageOf(p);
    await next.getByRole('button', { name: 'Innstillinger', exact: true }).click();
    await next.getByText(target, { exact: true }).waitFor();
    await screenshot(p, 'after-relaunch-new-folder');
    expect(readFileSync(join(target, 'logs', 'fyrabend.log'), 'utf8')).toContain('database: ~/Synk/Fyrabend/fyrabend.db (pointer)');
    await quit();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
