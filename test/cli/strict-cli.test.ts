/**
 * Issue 18 item 6: a strict, conventional command line. Unknown options and stray words are refused
 * with the command's usage and a "did you mean" hint; -h/--help print help and do nothing else;
 * --version prints the version; --out - writes to stdout and a symlink is written through; EPIPE
 * ends quietly; read-only commands never create files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { nearest, optionsOf } from '../../src/cli/strict-args';
import { BIN, ROOT } from '../helpers/cli';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-cli-strict-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo', HOME: dir, XDG_DATA_HOME: join(dir, 'xdg'), ...env }, cwd: dir });
  return { code, out, err };
}

const S = ['--sessions', 's.json', '--agreement', 'a.json'];

describe('unknown options and stray words are refused', () => {
  it.each([
    [['check', ...S, '--fromat', 'csv'], /^fyrabend: --fromat is not an option of "fyrabend check" \(did you mean --format\?\); usage: fyrabend check --sessions FILE/],
    [['log', '--form', '2026-03-01'], /^fyrabend: --form is not an option of "fyrabend log" \(did you mean --format\?\); usage: fyrabend log /],
    [['status', '--jsno'], /^fyrabend: --jsno is not an option of "fyrabend status" \(did you mean --json\?\); usage: fyrabend status /],
    [['status', 'now'], /^fyrabend: "now" is not expected after "fyrabend status"; put a value after its option/],
    [['import', 'a.json', 'b.json'], /^fyrabend: "b.json" is not expected after "fyrabend import"/],
    [['start', '--own=yes'], /^fyrabend: --own is a switch and takes no value; write just --own; usage: fyrabend start /],
    [['log', '--db'], /^fyrabend: --db needs a value, for example --db FILE; usage: fyrabend log /],
    [['start', '-x'], /^fyrabend: -x is not an option of "fyrabend start"/],
  ])('%j', async (args, pattern) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
    expect(existsSync(join(dir, 'xdg'))).toBe(false);
  });

  it('says it in bokmål and nynorsk too', async () => {
    expect((await cli(['check', ...S, '--fromat', 'csv', '--lang', 'nb'])).err).toMatch(/--fromat er ikke et valg for «fyrabend check» \(mente du --format\?\); bruk: fyrabend check/);
    expect((await cli(['check', ...S, '--fromat', 'csv', '--lang', 'nn'])).err).toMatch(/--fromat er ikkje eit val for «fyrabend check» \(meinte du --format\?\); bruk: fyrabend check/);
  });

  it('reads each command’s options from its usage line', () => {
    const start = optionsOf('start [--kind work|on-call] [--location home|office|other] [--own] [--note TEXT] [--db FILE] [--lang nb|nn|en]', 1);
    expect(start.spec.own).toEqual({ type: 'boolean' });
    expect(start.spec.kind).toEqual({ type: 'string' });
    expect(start.spec.zone).toEqual({ type: 'string' }); // every command that opens the log takes --zone
    expect(start.positionals).toBe(0);
    expect(optionsOf('import FILE [--db FILE]', 1).positionals).toBe(1);
    expect(optionsOf('rep aggregate FILE…|FOLDER --senders N', 2).positionals).toBe(Infinity);
    expect(optionsOf('export timesheet --period YYYY-MM [--submit | --again] [--dry-run]', 2).spec).toMatchObject({ period: { type: 'string' }, submit: { type: 'boolean' }, again: { type: 'boolean' }, 'dry-run': { type: 'boolean' } });
    expect(nearest('fromat', ['format', 'from', 'to'])).toBe('format');
    expect(nearest('xyzzy', ['format', 'from'])).toBeNull();
  });
});

describe('help and version', () => {
  it('start -h and start --help print the help of start and start nothing', async () => {
    for (const flag of ['-h', '--help']) {
      const r = await cli(['start', flag]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Usage: fyrabend start \[--kind work\|on-call\]/);
      expect(r.err).toBe('');
    }
    expect(existsSync(join(dir, 'xdg'))).toBe(false);
  });

  it('--version prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, out: `fyrabend ${version}\n`, err: '' });
  });
});

describe('read-only commands create nothing', () => {
  it('status, log and export sessions on a missing log say so and create no folder or file', async () => {
    const db = join(dir, 'none', 'fyrabend.db');
    const status = await cli(['status', '--db', db]);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/There is no Fyrabend database at .*none\/fyrabend\.db yet\. Nothing was created/);
    expect((await cli(['log', '--db', db, '--lang', 'nn'])).out).toMatch(/Det finst ingen Fyrabend-database/);
    expect((await cli(['export', 'sessions', '--db', db])).code).toBe(2);
    expect((await cli(['status'])).code).toBe(0); // the default folder under XDG_DATA_HOME
    expect(existsSync(join(dir, 'none'))).toBe(false);
    expect(existsSync(join(dir, 'xdg'))).toBe(false);
  });
});

describe('--out', () => {
  it('--out - writes to stdout; a symlink is written through, not replaced', async () => {
    const db = join(dir, 'out.db');
    const file = join(dir, 'one.json');
    writeFileSync(file, JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [{ start: '2026-03-10T08:00:00+01:00', end: '2026-03-10T09:00:00+01:00' }] }));
    expect((await cli(['import', file, '--db', db])).code).toBe(0);
    const r = await cli(['export', 'sessions', '--db', db, '--out', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ format: 'fyrabend.sessions/1' });
    expect(existsSync(join(dir, '-'))).toBe(false);
    const real = join(dir, 'real.json');
    writeFileSync(real, '');
    symlinkSync(real, join(dir, 'link.json'));
    expect((await cli(['export', 'sessions', '--db', db, '--out', 'link.json'])).code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8'))).toMatchObject({ format: 'fyrabend.sessions/1' });
    expect((await cli(['export', 'sessions', '--db', db, '--out', 'plain.json'])).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.part'))).toEqual([]);
  });
});

describe('JSON output', () => {
  it('status --json and log --format json print one JSON object', async () => {
    const db = join(dir, 'json.db');
    const file = join(dir, 'json.json');
    writeFileSync(file, JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [{ start: '2026-03-10T08:00:00+01:00', end: '2026-03-10T09:00:00+01:00', note: 'a\u0007' }] }));
    expect((await cli(['import', file, '--db', db])).code).toBe(0);
    const status = await cli(['status', '--json', '--db', db]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ state: 'stopped', since: null, zone: 'Europe/Oslo' });
    const log = await cli(['log', '--format', 'json', '--db', db, '--from', '2026-03-10', '--to', '2026-03-10']);
    expect(log.code).toBe(0);
    expect(JSON.parse(log.out)).toMatchObject({ from: '2026-03-10', to: '2026-03-10', sessions: [{ start: '2026-03-10T08:00:00+01:00', end: '2026-03-10T09:00:00+01:00', note: 'a\u0007' }] });
    expect((await cli(['log', '--format', 'xml', '--db', db])).code).toBe(2);
  });

  it('on a missing log, status --json and log --format json still print one JSON object, and create nothing', async () => {
    const db = join(dir, 'missing-json', 'fyrabend.db');
    const status = await cli(['status', '--json', '--db', db]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ state: 'no-database', since: null, todayMs: 0, zone: 'Europe/Oslo', text: [expect.stringMatching(/^There is no Fyrabend database at .*fyrabend\.db yet\. Nothing was created/)] });
    const log = await cli(['log', '--format', 'json', '--db', db, '--from', '2026-03-10', '--to', '2026-03-11']);
    expect(log.code).toBe(0);
    expect(JSON.parse(log.out)).toMatchObject({ from: '2026-03-10', to: '2026-03-11', zone: 'Europe/Oslo', sessions: [], database: null, text: expect.stringMatching(/^There is no Fyrabend database/) });
    expect(existsSync(join(dir, 'missing-json'))).toBe(false);
  });
});

describe('a closed pipe', () => {
  it('fyrabend log | head -1 ends quietly (no EPIPE stack trace) with exit 0', async () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'src', 'cli', 'build.mjs')], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const db = join(dir, 'pipe.db');
    const file = join(dir, 'many.json');
    const T = Date.parse('2000-01-01T08:00:00Z');
    writeFileSync(file, JSON.stringify({ format: 'fyrabend.sessions/1', sessions: Array.from({ length: 20_000 }, (_, i) => ({ start: new Date(T + i * 86_400_000).toISOString(), end: new Date(T + i * 86_400_000 + 3_600_000).toISOString(), note: 'x'.repeat(60) })) }));
    expect((await cli(['import', file, '--db', db])).code).toBe(0);
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" log --db "${db}" --from 2000-01-01 --to 2060-01-01 | head -1`], { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo' } });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});

describe('backup --out through a symlink', () => {
  it('writes the file the link points to and keeps the link', async () => {
    const db = join(dir, 'bk.db');
    const file = join(dir, 'bk.json');
    writeFileSync(file, JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [{ start: '2026-03-10T08:00:00+01:00', end: '2026-03-10T09:00:00+01:00' }] }));
    expect((await cli(['import', file, '--db', db])).code).toBe(0);
    const real = join(dir, 'real-backup.sqlite');
    writeFileSync(real, '');
    symlinkSync(real, join(dir, 'backup-link.sqlite'));
    const r = await cli(['backup', '--db', db, '--out', 'backup-link.sqlite']);
    expect(r.code, r.err).toBe(0);
    expect(lstatSync(join(dir, 'backup-link.sqlite')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect((await cli(['backup', '--db', db, '--out', '-'])).code).toBe(2);
  });
});
