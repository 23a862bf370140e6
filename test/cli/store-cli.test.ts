import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { defaultDbPath } from '../../src/cli/db';
import { SessionEditor } from '../../src/app/tracker/index';
import { openStore } from '../../src/store/index';
import { session } from '../store/helpers';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'src', 'cli', 'bin.cjs');
const run = promisify(execFile);
let dir = '';

beforeAll(() => {
  spawnSync(process.execPath, [join(ROOT, 'src/cli/build.mjs')], { stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-cli-'));
  chmodSync(dir, 0o755);
});
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo', ...env }, cwd: dir });
  return { code, out, err };
}

const SESSIONS = {
  format: 'fyrabend.sessions/1',
  sessions: [
    { start: '2026-03-10T08:00:00+01:00', end: '2026-03-10T15:45:00+01:00', note: 'normal day' },
    { start: '2026-03-10T20:00:00+01:00', end: '2026-03-11T06:00:00+01:00', kind: 'on-call', initiative: 'own' },
  ],
  availability: [{ start: '2026-03-10T21:00:00+01:00', end: '2026-03-10T22:00:00+01:00' }],
};

describe('fyrabend import / export sessions', () => {
  it('imports once, then adds nothing the second time, and exports the same sessions', async () => {
    const db = join(dir, 'import.db');
    const file = join(dir, 'sessions.json');
    writeFileSync(file, JSON.stringify(SESSIONS));
    expect(await cli(['import', file, '--db', db])).toMatchObject({ code: 0, out: 'Imported 2 sessions; 0 were already in the log.\n' });
    expect(await cli(['import', file, '--db', db])).toMatchObject({ code: 0, out: 'Imported 0 sessions; 2 were already in the log.\n' });
    const exported = await cli(['export', 'sessions', '--db', db]);
    expect(JSON.parse(exported.out)).toEqual({
      format: 'fyrabend.sessions/1',
      sessions: [
        { start: '2026-03-10T08:00:00+01:00', end: '2026-03-10T15:45:00+01:00', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false, note: 'normal day' },
        { start: '2026-03-10T20:00:00+01:00', end: '2026-03-11T06:00:00+01:00', kind: 'on-call', location: 'home', initiative: 'own', breakWithDuties: false },
      ],
      availability: [{ start: '2026-03-10T21:00:00+01:00', end: '2026-03-10T22:00:00+01:00' }],
    });
  });

  it('a bad file changes nothing and every problem is reported with its JSON path (exit 2)', async () => {
    const db = join(dir, 'bad.db');
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [SESSIONS.sessions[0], { start: '2026-03-12T08:00:00+01:00', end: '2026-03-12T07:00:00+01:00' }, { start: 'yesterday', end: '2026-03-13T07:00:00+01:00', kind: 'nap' }] }));
    const r = await cli(['import', file, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nothing was imported/);
    for (const path of ['$.sessions[1].end', '$.sessions[2].start', '$.sessions[2].kind']) expect(r.err).toContain(path);
    const s = await openStore(db, { backups: false });
    expect(s.sessions.count()).toBe(0);
    s.close();
  });

  it.each([
    ['nb', ['bad.json: 3 problemer; ingenting ble importert:', 'bad.json: $.sessions[1].end: er før eller lik `start`; `end` må være etter `start`', 'bad.json: $.sessions[2].kind: skal være en av "work", "on-call", men er teksten "nap"']],
    ['nn', ['bad.json: 3 problem; ingenting vart importert:', 'bad.json: $.sessions[1].end: er før eller lik `start`; `end` må vere etter `start`', 'bad.json: $.sessions[2].start: skal vere eit tidspunkt med UTC-forskyving (RFC 3339)']],
    ['en', ['bad.json: 3 problems; nothing was imported:', 'bad.json: $.sessions[1].end: ends before or when it starts; `end` must be after `start`', 'bad.json: $.sessions[2].kind: expected one of "work", "on-call", got the text "nap"']],
  ])('tells the problems of a bad file in --lang %s', async (lang, lines) => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [SESSIONS.sessions[0], { start: '2026-03-12T08:00:00+01:00', end: '2026-03-12T07:00:00+01:00' }, { start: 'yesterday', end: '2026-03-13T07:00:00+01:00', kind: 'nap' }] }));
    const r = await cli(['import', 'bad.json', '--db', join(dir, `bad-${lang}.db`), '--lang', lang]);
    expect(r.code).toBe(2);
    for (const line of lines) expect(r.err).toContain(line);
  });

  it('tells a file that is not JSON in Norwegian, with the line and column', async () => {
    writeFileSync(join(dir, 'broken.json'), '{\n  "format": "fyrabend.sessions/1"\n  "sessions": []\n}');
    const r = await cli(['import', 'broken.json', '--db', join(dir, 'broken.db')], { LANG: 'nb_NO.UTF-8' });
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain('broken.json: $: er ikke gyldig JSON: feil på linje 3, kolonne 3; sjekk at filen er en Fyrabend-fil i JSON og ikke er avkortet');
  });

  it('refuses sessions that overlap different recorded ones, naming the path', async () => {
    const db = join(dir, 'overlap.db');
    const file = join(dir, 'one.json');
    writeFileSync(file, JSON.stringify(SESSIONS));
    await cli(['import', file, '--db', db]);
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [{ start: '2026-03-10T15:00:00+01:00', end: '2026-03-10T16:00:00+01:00' }] }));
    const r = await cli(['import', other, '--db', db, '--lang', 'nb']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('$.sessions[0]: overlapper den registrerte økten 2026-03-10 08:00–2026-03-10 15:45');
  });
});

describe('fyrabend start / pause / resume / stop / status / log', () => {
  it('tracks through the CLI and explains refusals in one sentence', async () => {
    const db = join(dir, 'track.db');
    expect((await cli(['start', '--db', db, '--kind', 'on-call'])).code).toBe(0);
    expect(await cli(['start', '--db', db])).toMatchObject({ code: 2, err: expect.stringMatching(/^fyrabend: A session is already running \(started .*\)\. Stop or pause it first\.\n$/) });
    expect((await cli(['status', '--db', db])).out).toMatch(/^Tracking since .* on call, home\)\.\nToday: /);
    expect((await cli(['pause', '--db', db])).code).toBe(0);
    expect((await cli(['status', '--db', db, '--lang', 'nn'])).out).toMatch(/^Pause sidan /);
    expect((await cli(['resume', '--db', db])).code).toBe(0);
    expect((await cli(['stop', '--db', db])).code).toBe(0);
    expect(await cli(['stop', '--db', db])).toMatchObject({ code: 2, err: 'fyrabend: No session is running. Start one with "fyrabend start".\n' });
    expect(await cli(['start', '--db', db, '--kind', 'nap'])).toMatchObject({ code: 2, err: 'fyrabend: --kind must be one of work, on-call, not "nap"\n' });
    expect((await cli(['log', '--db', db])).out.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    ['linux', { XDG_DATA_HOME: '/data' }, '/data/fyrabend/fyrabend.db'],
    ['linux', {}, '/home/kari/.local/share/fyrabend/fyrabend.db'],
    ['darwin', {}, '/home/kari/Library/Application Support/Fyrabend/fyrabend.db'],
    ['win32', { APPDATA: 'C:\\Users\\kari\\AppData\\Roaming' }, join('C:\\Users\\kari\\AppData\\Roaming', 'Fyrabend', 'fyrabend.db')],
  ])('default database on %s %j', (platform, env, expected) => {
    expect(defaultDbPath(platform, env, '/home/kari')).toBe(expected);
  });

  it('uses FYRABEND_DB when --db is not given', async () => {
    const db = join(dir, 'env.db');
    expect((await cli(['start'], { FYRABEND_DB: db })).code).toBe(0);
    const s = await openStore(db, { backups: false });
    expect(s.sessions.open()).not.toBeNull();
    s.close();
  });
});

/**
 * The launcher, the bundle and the runtime modules it loads (better-sqlite3 with its Node build) copied
 * into `to`, keeping the checkout's layout; returns the copied launcher. Everything is readable by all.
 */
function cliCopyIn(to: string): string {
  const files = ['src/cli/bin.cjs', 'out/cli/fyrabend.cjs', 'node_modules/better-sqlite3/package.json', 'node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node_modules/bindings/package.json', 'node_modules/bindings/bindings.js', 'node_modules/file-uri-to-path/package.json', 'node_modules/file-uri-to-path/index.js'];
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(to, f));
  }
  cpSync(join(ROOT, 'node_modules/better-sqlite3/lib'), join(to, 'node_modules/better-sqlite3/lib'), { recursive: true });
  execFileSync('chmod', ['-R', 'a+rX', to]);
  return join(to, 'src/cli/bin.cjs');
}

describe('the real binary', () => {
  it('a read-only folder gives a clear message and leaves the data intact', async () => {
    const ro = join(dir, 'ro');
    const db = join(ro, 'f.db');
    const s = await openStore(db, { backups: false });
    s.sessions.change({ action: 'add', after: session(0, 60), at: Date.now(), reason: 'seed' });
    s.close();
    chmodSync(ro, 0o555);
    chmodSync(db, 0o444);
    // Root ignores file modes, so the CLI runs as the unprivileged user `nobody` (uid 65534) when we are root,
    // from a copy of the built CLI in the test folder: the checkout may sit in a folder nobody cannot enter.
    const root = process.getuid?.() === 0;
    const asNobody = root ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [root ? cliCopyIn(join(dir, 'cli-copy')) : BIN, 'start', '--db', db], { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8', HOME: ro }, ...asNobody });
    chmodSync(ro, 0o755);
    chmodSync(db, 0o644);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^fyrabend: Fyrabend cannot (write to|open) .*f\.db/);
    const after = await openStore(db, { backups: false });
    expect(after.sessions.count()).toBe(1);
    expect(after.sessions.open()).toBeNull();
    after.close();
  });

  it('the CLI and an app-services instance write at the same time without errors or lost writes', async () => {
    const db = join(dir, 'both.db');
    (await openStore(db, { backups: false })).close();
    const ROUNDS = 8;
    const cliLoop = (async () => {
      for (let i = 0; i < ROUNDS; i++) {
        await run(process.execPath, [BIN, 'start', '--db', db]);
        await run(process.execPath, [BIN, 'stop', '--db', db]);
      }
    })();
    const app = await openStore(db, { backups: false });
    const editor = new SessionEditor({ sessions: app.sessions, locks: app.locks, clock: { now: () => Date.now(), every: () => () => undefined } });
    let added = 0;
    let cliDone = false;
    void cliLoop.then(() => (cliDone = true), () => (cliDone = true));
    while (!cliDone || added < 20) {
      const r = editor.add(session(added * 120, 60), 'added by the app while the CLI runs');
      expect(r.ok).toBe(true);
      added++;
      await new Promise((r) => setTimeout(r, 5));
    }
    await cliLoop;
    const tracked = app.sessions.between(-Infinity, Infinity).filter((s) => s.source === 'tracker');
    const manual = app.sessions.between(-Infinity, Infinity).filter((s) => s.source === 'manual');
    app.close();
    expect(tracked).toHaveLength(ROUNDS);
    expect(manual).toHaveLength(added);
  }, 60_000);

  it('status end-to-end answers', async () => {
    const r = await run(process.execPath, [BIN, 'status', '--db', join(dir, 'track.db')], { env: { ...process.env, LANG: 'nb_NO.UTF-8' } });
    expect(r.stdout).toMatch(/^Registrerer ikke\.\nI dag: /);
  });
});
