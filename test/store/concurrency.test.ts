/**
 * Issue 18 item 5: 36 simultaneous first opens of the day (and 36 simultaneous creations of a new
 * log) all succeed: unique temporary names for the daily backup, opens retried on SQLITE_BUSY, one
 * log created whole. No `.part`/`.new` file is left, every process's session is there.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index';
import { session, tempDir } from './helpers';

const ROOT = resolve(__dirname, '..', '..');
const N = 36;
let childDir = '';
let childJs = '';

beforeAll(async () => {
  childDir = mkdtempSync(join(tmpdir(), 'fyrabend-open-child-'));
  childJs = join(childDir, 'open-child.cjs');
  await build({ entryPoints: [join(__dirname, 'fixtures', 'open-child.ts')], outfile: childJs, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['better-sqlite3'], logLevel: 'warning' });
});
afterAll(() => rmSync(childDir, { recursive: true, force: true }));

/** Starts N children that wait for the signal file, releases them together, returns their outputs. */
async function openAllAtOnce(db: string): Promise<string[]> {
  const go = join(childDir, `go-${Math.random().toString(36).slice(2)}`);
  const runs = Array.from({ length: N }, (_, i) => new Promise<string>((done, fail) => {
    const child = spawn(process.execPath, [childJs, db, go, String(i)], { env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('exit', () => done(out.trim()));
  }));
  await new Promise((r) => setTimeout(r, 1500)); // let every child start and wait
  writeFileSync(go, '');
  return Promise.all(runs);
}

describe('simultaneous opens', () => {
  it(`${N} first opens of the day on an existing log: no errors, one daily backup, no part files`, async () => {
    const dir = tempDir();
    const db = join(dir, 'fyrabend.db');
    const s = await openStore(db, { backups: false });
    s.sessions.change({ action: 'add', after: session(0, 60), at: Date.now(), reason: 'seed' });
    s.close();
    const outs = await openAllAtOnce(db);
    expect(outs.filter((o) => !o.startsWith('ok '))).toEqual([]);
    const after = await openStore(db, { backups: false });
    expect(after.sessions.count()).toBe(N + 1);
    after.close();
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.includes('-daily-'))).toHaveLength(1);
    expect(readdirSync(join(dir, 'backups')).filter((f) => !f.endsWith('.sqlite'))).toEqual([]);
    expect(readdirSync(dir).filter((f) => /\.(part|new|tmp)/.test(f))).toEqual([]);
  }, 120_000);

  it(`${N} processes creating the same new log at once: one log, every session in it`, async () => {
    const dir = tempDir();
    const db = join(dir, 'sub', 'fyrabend.db');
    const outs = await openAllAtOnce(db);
    expect(outs.filter((o) => !o.startsWith('ok '))).toEqual([]);
    const after = await openStore(db, { backups: false });
    expect(after.sessions.count()).toBe(N);
    after.close();
    expect(readdirSync(join(dir, 'sub')).filter((f) => /\.(part|new|tmp)/.test(f))).toEqual([]);
  }, 120_000);
});
