/**
 * The desktop host (src/desktop/host.ts) on a fake platform, with the real store in a temp folder:
 * the guards the whole app relies on, each tested through the host so removing it turns a test red —
 * the IPC sender check, the denial of navigation, new windows and permissions, the CSP header, the
 * hardened web preferences, the CSP meta tag of the page — and the window's and the host's life cycle.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_SETTINGS_KEY } from '../../src/app/api/index';
import { DEFAULT_PAY_SETTINGS } from '../../src/core/pay';
import { TRAY_TEXTS } from '../../src/app/tray/texts';
import { INTEGRITY_CHECK_DELAY_MS, startHost, type Host } from '../../src/desktop/host';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/desktop/security';
import { translate } from '../../src/shared/i18n/catalog';
import { channelOf, eventChannelOf } from '../../src/shared/ipc/channels';
import { ROOT } from '../helpers/cli';
import { FakePlatform, INDEX_URL } from './fake-platform';

const TUE_1000 = Date.parse('2026-11-24T09:00:00Z');
const dirs: string[] = [];
const hosts: Host[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.shutdown();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'fyrabend-host-'));
  dirs.push(d);
  return d;
}

async function start(o: { argv?: string[]; env?: Record<string, string>; dir?: string } = {}) {
  const dir = o.dir ?? temp();
  const platform = new FakePlatform({ start: TUE_1000, paths: { home: dir, documents: join(dir, 'Documents') }, env: { FYRABEND_DB: join(dir, 'data', 'fyrabend.db'), ...o.env }, ...(o.argv ? { argv: o.argv } : {}) });
  const logs: string[] = [];
  const host = await startHost(platform, { log: (m) => logs.push(m) });
  if (host) hosts.push(host);
  return { platform, host, logs, dir };
}

const call = (p: FakePlatform, method: string, event: unknown, ...args: unknown[]) => p.ipc.invoke(channelOf(method as never), event as never, ...args);

describe('the host: IPC only from the window page itself', () => {
  it('answers the window page', async () => {
    const { platform } = await start();
    await expect(call(platform, 'trackerStatus', platform.trustedEvent())).resolves.toMatchObject({ ok: true, value: { state: 'idle' } });
  });

  const untrusted: [string, (p: FakePlatform) => unknown][] = [
    ['another web contents', (p) => ({ sender: { id: p.window()!.contents.id + 100 }, senderFrame: { url: INDEX_URL, parent: null } })],
    ['an iframe of the window', (p) => ({ sender: { id: p.window()!.contents.id }, senderFrame: { url: INDEX_URL, parent: { url: INDEX_URL } } })],
    ['a remote page in the window', (p) => ({ sender: { id: p.window()!.contents.id }, senderFrame: { url: 'https://evil.example/index.html', parent: null } })],
    ['another local file', (p) => ({ sender: { id: p.window()!.contents.id }, senderFrame: { url: 'file:///tmp/index.html', parent: null } })],
    ['no frame (navigated away or gone)', (p) => ({ sender: { id: p.window()!.contents.id }, senderFrame: null })],
  ];
  it.each(untrusted)('refuses a call from %s, before anything runs', async (_name, event) => {
    const { platform, host } = await start();
    const r = await call(platform, 'trackerStart', event(platform), {});
    expect(r).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(host!.store.sessions.open()).toBeNull();
  });

  it('refuses every call once the window is gone (no window: no trusted sender)', async () => {
    const { platform } = await start();
    const event = platform.trustedEvent();
    platform.window()!.destroyed = true;
    await expect(call(platform, 'trackerStatus', event)).resolves.toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });
});

describe('the host: the window is hardened', () => {
  it('is created with exactly the hardened web preferences', async () => {
    const { platform } = await start();
    expect(platform.window()!.options.webPreferences).toEqual({
      preload: platform.paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });

  it.each([
    ['will-navigate', 'https://evil.example/'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-redirect', 'https://evil.example/'],
    ['will-frame-navigate', 'http://127.0.0.1:8080/index.html'],
  ] as const)('denies %s to %s', async (event, url) => {
    const { platform } = await start();
    expect(platform.window()!.contents.navigate(event, url)).toBe(true);
  });

  it('lets the page move within itself (its own URL with a hash)', async () => {
    const { platform } = await start();
    expect(platform.window()!.contents.navigate('will-navigate', `${INDEX_URL}#/week`)).toBe(false);
  });

  it('denies every new window, webview and permission, and sends the CSP header', async () => {
    const { platform } = await start();
    const c = platform.window()!.contents;
    expect(c.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(c.windowOpenHandler?.({ url: INDEX_URL })).toEqual({ action: 'deny' });
    let webview = false;
    for (const l of c.listeners.get('will-attach-webview') ?? []) (l as (e: { preventDefault(): void }) => void)({ preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
    const granted: boolean[] = [];
    c.permissionRequest?.({}, 'media', (g) => granted.push(g));
    c.permissionRequest?.({}, 'notifications', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(c.permissionCheck?.({}, 'clipboard-read')).toBe(false);
    let headers: Record<string, string[] | string> | undefined;
    c.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it("the page's CSP meta tag is the header's policy (without the directives a meta tag cannot carry)", () => {
    const html = readFileSync(join(ROOT, 'src/ui/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    const directives = (p: string) => p.split(';').map((d) => d.trim()).filter(Boolean);
    expect(directives(CONTENT_SECURITY_POLICY).filter((d) => !directives(meta ?? '').includes(d))).toEqual(["frame-ancestors 'none'"]);
    expect(directives(meta ?? '')[0]).toBe("default-src 'none'");
  });
});

describe('the host: window and life cycle', () => {
  it('starts hidden at login (--hidden) once set up, and opens the window from the tray', async () => {
    const dir = temp();
    const first = await start({ dir });
    first.host!.store.settings.set(APP_SETTINGS_KEY, JSON.stringify({ firstRunDone: true }));
    first.host!.shutdown();
    const { platform } = await start({ dir, argv: ['fyrabend', '--hidden'] });
    expect(platform.windows).toHaveLength(0);
    platform.clickTray(translate(TRAY_TEXTS, 'nb', 'open'));
    expect(platform.windows).toHaveLength(1);
    expect(platform.window()!.visible).toBe(true);
  });

  it('the first start shows the window even with --hidden (the first-run dialog must be seen)', async () => {
    const { platform } = await start({ argv: ['fyrabend', '--hidden'] });
    expect(platform.windows).toHaveLength(1);
  });

  it('closing the window hides it; a second start shows the same window; quit closes the store and the IPC', async () => {
    const { platform, host } = await start();
    const w = platform.window()!;
    w.close();
    expect([w.visible, w.destroyed]).toEqual([false, false]);
    platform.startAgain();
    expect(platform.windows).toHaveLength(1);
    expect(w.visible).toBe(true);
    platform.clickTray(translate(TRAY_TEXTS, 'nb', 'quit'));
    expect(platform.ipc.handlers.size).toBe(0);
    expect(host!.store.db.open).toBe(false);
    w.close();
    expect(w.destroyed).toBe(true);
  });

  it('starts and stops a session from the tray, and the tray follows', async () => {
    const { platform, host } = await start();
    platform.clickTray(translate(TRAY_TEXTS, 'nb', 'start'));
    await new Promise((r) => setImmediate(r));
    expect(host!.store.sessions.open()).not.toBeNull();
    expect(host!.trayModel()?.icon).toBe('working');
    expect(platform.trayImages.at(-1)).toBe('/opt/Fyrabend/resources/assets/tray/linux/working-22.png');
    platform.clickTray(translate(TRAY_TEXTS, 'nb', 'stop'));
    await new Promise((r) => setImmediate(r));
    expect(host!.store.sessions.open()).toBeNull();
  });

  it.each([
    ['stopAt', 'stop-at'],
    ['changeStart', 'change-start'],
  ] as const)('while a session runs, the tray\'s %s shows the hidden window and asks Today for its chosen-time control (issue 14 item 3)', async (label, action) => {
    const dir = temp();
    const first = await start({ dir });
    first.host!.store.settings.set(APP_SETTINGS_KEY, JSON.stringify({ firstRunDone: true }));
    first.host!.shutdown();
    const { platform, host } = await start({ dir, argv: ['fyrabend', '--hidden'] });
    platform.clickTray(translate(TRAY_TEXTS, 'nb', 'start'));
    await new Promise((r) => setImmediate(r));
    expect(platform.windows).toHaveLength(0);
    platform.clickTray(translate(TRAY_TEXTS, 'nb', label));
    expect(platform.windows).toHaveLength(1);
    expect(platform.window()!.visible).toBe(true);
    expect(platform.window()!.contents.sent.filter((s) => s.channel === eventChannelOf('navigate'))).toEqual([{ channel: eventChannelOf('navigate'), payload: { page: 'today', action } }]);
    expect(host!.store.sessions.open()).not.toBeNull(); // nothing was stopped or moved: the time is chosen in the window
  });

  it('with no session, "Start at a chosen time…" opens Today the same way, waiting for the page to load', async () => {
    const { platform } = await start();
    const w = platform.window()!;
    w.contents.loading = true;
    platform.clickTray('Start på et valgt tidspunkt…');
    expect(w.contents.sent.filter((s) => s.channel === eventChannelOf('navigate'))).toEqual([]);
    for (const l of w.contents.listeners.get('did-finish-load') ?? []) (l as () => void)();
    expect(w.contents.sent.filter((s) => s.channel === eventChannelOf('navigate')).map((s) => s.payload)).toEqual([{ page: 'today', action: 'start-at' }]);
  });

  it('a location.json that cannot be used stops with a dialog naming the file, and opens nothing (quit)', async () => {
    const dir = temp();
    const dataHome = join(dir, 'share');
    const platform = new FakePlatform({ start: TUE_1000, paths: { home: dir, documents: dir }, env: { XDG_DATA_HOME: dataHome } });
    mkdirSync(join(dataHome, 'fyrabend'), { recursive: true });
    writeFileSync(join(dataHome, 'fyrabend', 'location.json'), '{');
    platform.messageBoxAnswer = 1; // Quit
    const host = await startHost(platform, { log: () => undefined });
    expect(host).toBeNull();
    expect(platform.messageBoxes).toHaveLength(1);
    expect(platform.messageBoxes[0]!.message).toContain(join(dataHome, 'fyrabend', 'location.json'));
    expect(platform.events).toEqual(['exit 1']);
    expect(platform.windows).toHaveLength(0);
  });
});

describe('the host: Settings → log and diagnostics', () => {
  it('"Show the log" opens the log file; "Copy diagnostics" copies versions, platform and idle source, nothing personal', async () => {
    const { platform, dir } = await start({ env: { XDG_CURRENT_DESKTOP: 'GNOME' } });
    await expect(call(platform, 'logShow', platform.trustedEvent())).resolves.toEqual({ ok: true, value: null });
    expect(platform.opened).toEqual([join(dir, 'data', 'logs', 'fyrabend.log')]);
    const r = (await call(platform, 'diagnosticsCopy', platform.trustedEvent())) as { ok: true; value: { text: string } };
    expect(r.ok).toBe(true);
    expect(platform.clipboard).toEqual([r.value.text]);
    expect(r.value.text).toMatch(/^Fyrabend 0\.1\.0\nRuntime: electron none, chrome none, node \S+\nPlatform: linux; session x11; desktop GNOME\nIdle time source: electron\nNotifications: notify-send\nData folder: FYRABEND_DB\nDatabase schema: version \d+\nLanguage: nb\n$/);
    expect(r.value.text).not.toContain(dir);
    expect(r.value.text).not.toMatch(/Europe|Oslo|kari/);
  });

  it('a log that cannot be opened is refused with the reason and where the file is', async () => {
    const { platform, dir } = await start();
    platform.openPath = async () => 'No application is registered for .log files';
    await expect(call(platform, 'logShow', platform.trustedEvent())).resolves.toEqual({
      ok: false, error: { code: 'log.open-failed', message: `Loggen kunne ikke åpnes (No application is registered for .log files). Du finner den i ${join(dir, 'data', 'logs', 'fyrabend.log')}.` },
    });
  });
});

describe('the host: the payroll save dialog and "Show in folder" (issue 16) go through the platform', () => {
  it('asks the platform where to save, writes there, and shows only that file in the folder', async () => {
    const { platform, dir } = await start();
    const ev = platform.trustedEvent();
    const agreement = { format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01', workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } } };
    await expect(call(platform, 'agreementSave', ev, { document: agreement })).resolves.toMatchObject({ ok: true });
    await expect(call(platform, 'paySettingsSave', ev, { settings: { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1234', wageTypes: { normal: '100', merarbeid: '110', 'overtime-40': '140', night: '150', sunday: '160', 'on-call': '170' } } })).resolves.toMatchObject({ ok: true });
    await expect(call(platform, 'trackerStart', ev, {})).resolves.toMatchObject({ ok: true });
    await platform.time.advance(3_600_000);
    await expect(call(platform, 'trackerStop', ev)).resolves.toMatchObject({ ok: true });
    platform.savePath = join(dir, 'chosen.csv');
    const exported = await call(platform, 'exportTimesheet', ev, { period: '2026-11', format: 'csv', saveAs: true });
    expect(exported).toMatchObject({ ok: true, value: { path: join(dir, 'chosen.csv'), cancelled: false } });
    expect(platform.saveDialogs.map((o) => o.filters)).toEqual([[{ name: 'CSV', extensions: ['csv'] }]]);
    expect(readFileSync(join(dir, 'chosen.csv'), 'utf8')).toContain('total,2026-11');
    await expect(call(platform, 'exportShowInFolder', ev, { path: join(dir, 'chosen.csv') })).resolves.toMatchObject({ ok: true });
    await expect(call(platform, 'exportShowInFolder', ev, { path: '/etc/passwd' })).resolves.toMatchObject({ ok: false });
    expect(platform.shownInFolder).toEqual([join(dir, 'chosen.csv')]);
  });

  it('holds the advisory lock while it runs, so a restore from the command line is refused (issue 18)', async () => {
    const { host } = await start();
    const { takeExclusiveLock } = await import('../../src/store/index');
    expect(() => takeExclusiveLock(host!.store.path)).toThrow(/in-use/);
    host!.shutdown();
    takeExclusiveLock(host!.store.path).release();
  });
});

describe('the host: start-up failures and the log file', () => {
  /** A database with a daily backup, then damaged deep inside (opens, but integrity_check fails). */
  async function damagedWithBackup(dbPath: string): Promise<void> {
    const { openStore } = await import('../../src/store/index');
    const s1 = await openStore(dbPath, { now: () => TUE_1000 - 86_400_000 });
    for (let i = 0; i < 300; i++) s1.settings.set(`test.filler.${i}`, 'x'.repeat(900));
    s1.db.pragma('wal_checkpoint(TRUNCATE)');
    s1.close();
    const s2 = await openStore(dbPath, { now: () => TUE_1000 - 3_600_000 });
    s2.close();
    const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
    const fd = openSync(dbPath, 'r+');
    const size = statSync(dbPath).size;
    writeSync(fd, Buffer.from([0x00]), 0, 1, size - 4096); // the page type of the settings table's last leaf (the fillers)
    closeSync(fd);
  }

  it('writes start-up, the database and the idle source to <data folder>/logs/fyrabend.log, the home folder as ~', async () => {
    const { dir } = await start();
    const text = readFileSync(join(dir, 'data', 'logs', 'fyrabend.log'), 'utf8');
    expect(text).toMatch(/INFO {2}Fyrabend 0\.1\.0 starting: linux, electron none, chrome none, node \S+, session x11\n/);
    expect(text).toContain('INFO  database: ~/data/fyrabend.db (env)');
    expect(text).toContain('INFO  idle time source: electron');
    expect(text).not.toContain(dir);
  });

  it('issue 21: the window shows before the full integrity check, which runs 2 s later in a worker thread and then makes the daily backup', async () => {
    const dir = temp();
    const dbPath = join(dir, 'data', 'fyrabend.db');
    (await start({ dir, env: { FYRABEND_DB: dbPath } })).host!.shutdown();
    const { platform, host, logs } = await start({ dir, env: { FYRABEND_DB: dbPath } });
    expect(platform.windows).toHaveLength(1);
    expect(host!.store.backups()).toEqual([]);
    await platform.time.advance(INTEGRITY_CHECK_DELAY_MS - 1);
    expect(logs).not.toContain('integrity check: ok (in a worker thread)');
    await platform.time.advance(1);
    await expect.poll(() => logs.includes('integrity check: ok (in a worker thread)')).toBe(true);
    expect(host!.store.backups().map((f) => f.replace(/^.*\//, ''))).toEqual(['fyrabend-daily-2026-11-24.sqlite']);
  });

  it('issue 21: quitting while the check runs in its worker offers nothing at quit (the backup into the closed store is only logged)', async () => {
    const dir = temp();
    const dbPath = join(dir, 'data', 'fyrabend.db');
    (await start({ dir, env: { FYRABEND_DB: dbPath } })).host!.shutdown();
    const { platform, host, logs } = await start({ dir, env: { FYRABEND_DB: dbPath } });
    await platform.time.advance(INTEGRITY_CHECK_DELAY_MS);
    host!.shutdown(); // the worker has not answered yet
    await expect.poll(() => logs.some((l) => l.startsWith('integrity check: not finished'))).toBe(true);
    expect(logs.filter((l) => /start-up failed|integrity check failed/.test(l))).toEqual([]);
    expect(platform.messageBoxes).toEqual([]);
    expect(platform.events).toEqual([]);
  });

  it('a damaged database: the check after start-up stops everything at once and offers the backup; restoring it restarts the app on it', async () => {
    const dir = temp();
    const dbPath = join(dir, 'data', 'fyrabend.db');
    await damagedWithBackup(dbPath);
    const backupsBefore = readdirSync(join(dir, 'data', 'backups')).sort();
    const platform = new FakePlatform({ start: TUE_1000, paths: { home: dir, documents: dir }, env: { FYRABEND_DB: dbPath } });
    platform.messageBoxAnswer = 0;
    const host = await startHost(platform, { log: () => undefined });
    expect(host).not.toBeNull();
    expect(platform.window()?.visible).toBe(true);
    expect(platform.messageBoxes).toEqual([]);
    await platform.time.advance(INTEGRITY_CHECK_DELAY_MS);
    await expect.poll(() => platform.events).toEqual(['relaunch', 'exit 0']);
    const box = platform.messageBoxes[0]!;
    expect(box.message).toMatch(/^Fyrabend kunne ikke starte\. Databasen .*fyrabend\.db er skadet/);
    expect(box.detail).toMatch(/Du kan gjenopprette den nyeste sikkerhetskopien \(.*fyrabend-daily-2026-11-24\.sqlite\)/);
    expect(box.buttons).toEqual(['Gjenopprett sikkerhetskopien', 'Avslutt']); // FYRABEND_DB decides: no other folder to choose
    expect(platform.window()?.visible).toBe(false);
    expect(host!.store.db.open).toBe(false);
    expect(platform.ipc.handlers.size).toBe(0);
    expect(backupsBefore).toContain('fyrabend-daily-2026-11-24.sqlite'); // the damaged file itself was never backed up
    const again = await start({ dir, env: { FYRABEND_DB: dbPath } });
    expect(again.host).not.toBeNull();
    expect(readdirSync(join(dir, 'data')).some((f) => f.includes('before-restore'))).toBe(true);
    expect(readFileSync(join(dir, 'data', 'logs', 'fyrabend.log'), 'utf8')).toMatch(/ERROR integrity check failed[\s\S]*start-up failure: the user chose restore/);
  });

  it('quitting from that dialog restores nothing and backs nothing up', async () => {
    const dir = temp();
    const dbPath = join(dir, 'data', 'fyrabend.db');
    await damagedWithBackup(dbPath);
    const backupsBefore = readdirSync(join(dir, 'data', 'backups')).sort();
    const platform = new FakePlatform({ start: TUE_1000 + 86_400_000, paths: { home: dir, documents: dir }, env: { FYRABEND_DB: dbPath } });
    platform.messageBoxAnswer = 1;
    await startHost(platform, { log: () => undefined });
    await platform.time.advance(INTEGRITY_CHECK_DELAY_MS);
    await expect.poll(() => platform.events).toEqual(['exit 1']);
    expect(readdirSync(join(dir, 'data', 'backups')).sort()).toEqual(backupsBefore); // no daily backup of the damaged file on the next day
    expect(readdirSync(join(dir, 'data')).some((f) => f.includes('before-restore'))).toBe(false);
  });

  it('a failure later in start-up (here the tray) closes the store and shows the dialog, never a silent exit', async () => {
    const dir = temp();
    const platform = new FakePlatform({ start: TUE_1000, paths: { home: dir, documents: dir }, env: { FYRABEND_DB: join(dir, 'data', 'fyrabend.db') } });
    platform.createTray = () => {
      throw new Error('no status notifier host');
    };
    platform.messageBoxAnswer = 0;
    expect(await startHost(platform, { log: () => undefined })).toBeNull();
    expect(platform.messageBoxes[0]!.message).toBe('Fyrabend kunne ikke starte. Noe gikk galt under oppstarten (no status notifier host). Dataene som var lagret, er urørt.');
    expect(platform.events).toEqual(['exit 1']);
    const { takeExclusiveLock } = await import('../../src/store/index');
    takeExclusiveLock(join(dir, 'data', 'fyrabend.db')).release(); // the store was closed (its shared lock released)
  });

  it('a file that is not a Fyrabend database is refused at open, with the dialog (never a silent exit)', async () => {
    const dir = temp();
    const dbPath = join(dir, 'data', 'fyrabend.db');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(dbPath, 'this is not a database, but somebody else\'s file');
    const platform = new FakePlatform({ start: TUE_1000, paths: { home: dir, documents: dir }, env: { FYRABEND_DB: dbPath } });
    platform.messageBoxAnswer = 0;
    expect(await startHost(platform, { log: () => undefined })).toBeNull();
    expect(platform.messageBoxes[0]!.message).toMatch(/^Fyrabend kunne ikke starte\. .*fyrabend\.db/);
    expect(platform.messageBoxes[0]!.buttons).toEqual(['Avslutt']);
    expect(platform.events).toEqual(['exit 1']);
    expect(readFileSync(dbPath, 'utf8')).toBe("this is not a database, but somebody else's file");
  });

  it('a broken location.json: choosing a folder with a database writes location.json, and the restart opens it', async () => {
    const dir = temp();
    const dataHome = join(dir, 'share');
    mkdirSync(join(dataHome, 'fyrabend'), { recursive: true });
    writeFileSync(join(dataHome, 'fyrabend', 'location.json'), '{');
    const elsewhere = join(dir, 'Sync', 'Fyrabend');
    const empty = join(dir, 'Empty');
    mkdirSync(empty, { recursive: true });
    const { openStore } = await import('../../src/store/index');
    (await openStore(join(elsewhere, 'fyrabend.db'), { backups: false })).close();
    const env = { XDG_DATA_HOME: dataHome };
    const platform = new FakePlatform({ start: TUE_1000, paths: { home: dir, documents: dir }, env });
    platform.messageBoxAnswer = 0; // Choose another folder …
    platform.picked = empty;
    const picks = [empty, elsewhere];
    platform.showOpenDialog = async (_w, o) => (platform.dialogs.push(o), { canceled: false, filePaths: [picks.shift()!] });
    expect(await startHost(platform, { log: () => undefined })).toBeNull();
    expect(platform.messageBoxes.map((b) => b.buttons)).toEqual([['Velg en annen mappe …', 'Avslutt'], ['Velg en annen mappe …', 'Avslutt']]);
    expect(platform.messageBoxes[1]!.detail).toContain(`Det ligger ingen fyrabend.db i ${empty}.`);
    expect(platform.events).toEqual(['relaunch', 'exit 0']);
    expect(JSON.parse(readFileSync(join(dataHome, 'fyrabend', 'location.json'), 'utf8'))).toMatchObject({ dataFolder: elsewhere });
    const next = new FakePlatform({ start: TUE_1000, paths: { home: dir, documents: dir }, env });
    const host = await startHost(next, { log: () => undefined });
    expect(host?.store.path).toBe(join(elsewhere, 'fyrabend.db'));
    host?.shutdown();
  });
});
