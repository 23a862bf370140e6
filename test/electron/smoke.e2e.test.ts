/**
 * Smoke test of the real app with Playwright's `_electron`: start, tray model present, window
 * opens, start and stop a session. It runs wherever an Electron binary is installed (and the app is
 * built: `npm run build:app`, native module: `node electron/build/ensure-native.mjs`); elsewhere it
 * prints plainly that it was not run and why. It never triggers Electron's download.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Why the smoke test cannot run here, or null when it can. Checks files only (no require('electron')). */
export function smokeBlocker(): { reason: string | null; binary: string | null } {
  const dir = join(root, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return { reason: `no Electron binary installed (${pathTxt} is missing: the download did not happen on this machine)`, binary: null };
  const binary = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `the Electron binary ${binary} is missing`, binary: null };
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const needed = [
    ['out/main/index.cjs', 'run `npm run build:electron`'],
    ['out/preload/index.cjs', 'run `npm run build:electron`'],
    ['out/renderer/index.html', 'run `npm run build:renderer`'],
    [`.native/electron-${version}/better_sqlite3.node`, 'run `node electron/build/ensure-native.mjs`'],
  ] as const;
  for (const [file, fix] of needed) if (!existsSync(join(root, file))) return { reason: `${file} is missing (${fix})`, binary };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'no display (set DISPLAY, e.g. run under xvfb-run)', binary };
  return { reason: null, binary };
}

const { reason, binary } = smokeBlocker();
if (reason) console.log(`\n[smoke] The Electron smoke test was NOT run: ${reason}.\n`);

describe('Electron smoke test', () => {
  it.skipIf(reason !== null)('starts, shows the tray model, opens the window, starts and stops a session', async () => {
    const { _electron } = await import('playwright-core');
    const data = mkdtempSync(join(tmpdir(), 'fyrabend-smoke-'));
    const app = await _electron.launch({
      executablePath: binary!,
      args: [root],
      env: { ...process.env, FYRABEND_DB: join(data, 'fyrabend.db'), FYRABEND_E2E: '1', FYRABEND_ZONE: 'Europe/Oslo' } as Record<string, string>,
      timeout: 60_000,
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      const tray = await app.evaluate(() => (globalThis as { __fyrabendTray?: { icon: string; items: unknown[] } }).__fyrabendTray ?? null);
      expect(tray?.icon).toBe('idle');
      expect(await page.evaluate(() => typeof (window as unknown as { api?: unknown }).api)).toBe('object');
      const started = await page.evaluate(() => (window as unknown as { api: { trackerStart(): Promise<unknown> } }).api.trackerStart());
      expect(started).toMatchObject({ ok: true, value: { state: 'working' } });
      const stopped = await page.evaluate(() => (window as unknown as { api: { trackerStop(): Promise<unknown> } }).api.trackerStop());
      expect(stopped).toMatchObject({ ok: true, value: { state: 'idle' } });
      const working = await app.evaluate(() => (globalThis as { __fyrabendTray?: { icon: string } }).__fyrabendTray?.icon);
      expect(['idle', 'warning']).toContain(working);
    } finally {
      await app.close();
      rmSync(data, { recursive: true, force: true });
    }
  });
});
