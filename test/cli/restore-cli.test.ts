/** Issue 18 item 1 on the command line: `fyrabend restore` refuses itself and a log in use, and restores a backup whole. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { openStore } from '../../src/store/index';
import { session } from '../store/helpers';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-cli-restore-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo' }, cwd: dir });
  return { code, out, err };
}

async function seeded(path: string, n: number): Promise<void> {
  const s = await openStore(path, { backups: false });
  s.sessions.importMany(Array.from({ length: n }, (_, i) => session(i * 120, 60)), [], 'Europe/Oslo', Date.now(), 'seed');
  s.close();
}

describe('fyrabend restore', () => {
  it('refuses the database itself, refuses while the tray app holds the log, then restores and keeps the old file', async () => {
    const db = join(dir, 'f.db');
    const backup = join(dir, 'b.sqlite');
    await seeded(db, 4);
    await seeded(backup, 2);
    const self = await cli(['restore', db, '--db', db]);
    expect(self.code).toBe(2);
    expect(self.err).toMatch(/^fyrabend: The backup .*f\.db is the very database it would replace\. Nothing was changed/);
    const tray = await openStore(db);
    const busy = await cli(['restore', backup, '--db', db, '--lang', 'nb']);
    expect(busy.code).toBe(2);
    expect(busy.err).toMatch(/er åpen i et annet Fyrabend-program .* Ingenting er gjenopprettet; avslutt appen/);
    expect(tray.sessions.count()).toBe(4);
    tray.close();
    const ok = await cli(['restore', backup, '--db', db]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/^Restored the database from .*b\.sqlite\.\nThe previous database was kept as .*f\.db\.before-restore-/);
    const previous = /kept as (.*)\.\n$/.exec(ok.out)?.[1] ?? '';
    expect(existsSync(previous)).toBe(true);
    const s = await openStore(db, { backups: false });
    expect(s.sessions.count()).toBe(2);
    s.close();
  });
});
