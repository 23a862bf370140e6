/**
 * Issue 18: `fyrabend backup --out` naming a target that cannot be written says so about that file (not
 * about `--db`), in nb, nn and en, with what to do; exit 2, nothing written, the database unchanged.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

let dir = '';
let db = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-backup-out-'));
  db = join(dir, 'fyrabend.db');
  expect((await cli(['start', '--db', db])).code).toBe(0);
  expect((await cli(['status', '--db', db])).code).toBe(0); // today's daily backup exists before the snapshots below
  writeFileSync(join(dir, 'a-file'), 'not a folder');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], lang = 'en_GB.UTF-8') {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: lang, FYRABEND_ZONE: 'Europe/Oslo' }, cwd: dir });
  return { code, out, err };
}

const EXPECTED = {
  en: ['Fyrabend cannot write the backup to', 'choose another file with --out'],
  nb: ['Fyrabend kan ikke skrive sikkerhetskopien til', 'velg en annen fil med --out'],
  nn: ['Fyrabend kan ikkje skrive tryggingskopien til', 'vel ei anna fil med --out'],
} as const;

describe('backup --out to a target that cannot be written', () => {
  const targets = [
    ['/proc/x', '/proc/x'],
    ['a file as a folder', join('a-file', 'backup.db')],
  ] as const;
  for (const [what, out] of targets) {
    for (const lang of ['en', 'nb', 'nn'] as const) {
      it(`${what}, ${lang}: names the --out file and what to do, never --db`, async () => {
        const before = readdirSync(dir).sort();
        const r = await cli(['backup', '--db', db, '--out', out, '--lang', lang]);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        const [start, todo] = EXPECTED[lang];
        expect(r.err).toContain(start);
        expect(r.err).toContain(out.startsWith('/') ? out : join(dir, out));
        expect(r.err).toContain(todo);
        expect(r.err).toContain(join(dir, 'backups'));
        expect(r.err).not.toContain('--db');
        expect(r.err.trim().split('\n')).toHaveLength(1);
        expect(readdirSync(dir).sort()).toEqual(before);
      });
    }
  }

  it('a writable --out still gets the backup', async () => {
    const r = await cli(['backup', '--db', db, '--out', 'copy.db']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(join(dir, 'copy.db'));
    expect(readFileSync(join(dir, 'copy.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
