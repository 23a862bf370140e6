/** The CLI follows location.json (after FYRABEND_DB and --db) and stops with a clear message when it cannot be used. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { openStore } from '../../src/store/index';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function home() {
  const h = mkdtempSync(join(tmpdir(), 'fyrabend-cli-loc-'));
  dirs.push(h);
  const appData = join(h, 'data', 'fyrabend');
  mkdirSync(appData, { recursive: true });
  return { h, appData, env: { HOME: h, XDG_DATA_HOME: join(h, 'data'), LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo' } as Record<string, string> };
}

async function cli(args: string[], env: Record<string, string>, cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env, cwd });
  return { code, out, err };
}

const pointTo = (appData: string, folder: string) => writeFileSync(join(appData, 'location.json'), JSON.stringify({ format: 'fyrabend.location/1', dataFolder: folder }));

describe('fyrabend and location.json', () => {
  it('uses the folder location.json names', async () => {
    const { h, appData, env } = home();
    const moved = join(h, 'Sync');
    mkdirSync(moved);
    (await openStore(join(moved, 'fyrabend.db'), { backups: false })).close();
    pointTo(appData, moved);
    expect((await cli(['start'], env, h)).code).toBe(0);
    const s = await openStore(join(moved, 'fyrabend.db'), { backups: false });
    expect(s.sessions.open()).not.toBeNull();
    s.close();
    expect(existsSync(join(appData, 'fyrabend.db'))).toBe(false);
  });

  it('--db and FYRABEND_DB win over a broken location.json', async () => {
    const { h, appData, env } = home();
    writeFileSync(join(appData, 'location.json'), 'not json');
    expect((await cli(['start', '--db', 'a.db'], env, h)).code).toBe(0);
    expect((await cli(['start'], { ...env, FYRABEND_DB: 'b.db' }, h)).code).toBe(0);
    expect(existsSync(join(h, 'a.db')) && existsSync(join(h, 'b.db'))).toBe(true);
  });

  it.each([
    ['broken', (appData: string) => writeFileSync(join(appData, 'location.json'), '{"format": "fyrabend.location/1"}'), /cannot be used \(\$\.dataFolder is missing; expected text\)/],
    ['pointing to a missing folder', (appData: string, h: string) => pointTo(appData, join(h, 'usb')), /is not there now/],
    ['pointing to a folder without a database', (appData: string, h: string) => pointTo(appData, h), /there is no fyrabend\.db/],
  ])('a location.json %s stops the command (exit 2), naming the file, and creates no database', async (_name, make, message) => {
    const { h, appData, env } = home();
    make(appData, h);
    const r = await cli(['status'], env, h);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain(join(appData, 'location.json'));
    expect(r.err).toContain(join(appData, 'fyrabend.db'));
    expect(existsSync(join(appData, 'fyrabend.db'))).toBe(false);
    expect(existsSync(join(h, 'fyrabend.db'))).toBe(false);
    expect((await cli(['status', '--lang', 'nn'], env, h)).err).toMatch(/Fyrabend starta ikkje/);
  });
});
