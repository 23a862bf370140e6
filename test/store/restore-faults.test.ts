/**
 * Issue 18 item 1: a restore cannot lose the log. Faults at every step, SIGKILL at random moments
 * (50 times), a full disk (a 2 MB tmpfs), a restore onto itself and one while another Fyrabend
 * program holds the database: afterwards the database is always the old one or the new one, whole,
 * with every committed session, and no temporary file is left once the log is opened again.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStoreError, openStore, restoreBackup, type StoreError } from '../../src/store/index';
import { mountTmpfs, tmpfsUnavailable } from '../helpers/tmpfs';
import { session, tempDir } from './helpers';

const ROOT = resolve(__dirname, '..', '..');
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** A log with `n` sessions starting at slot `from` (two-hour slots), made through the store; returns the starts. */
async function seed(path: string, n: number, from = 0, note = ''): Promise<number[]> {
  const s = await openStore(path, { backups: false });
  const many = Array.from({ length: n }, (_, i) => session((from + i) * 120, 60, note ? { note } : {}));
  s.sessions.importMany(many, [], 'Europe/Oslo', Date.now(), 'seed');
  s.close();
  return many.map((m) => m.start);
}

/** The sessions' starts, after an integrity check (read-write, so closing folds the -wal in and removes it like the app does). */
function starts(path: string): number[] {
  const db = new Database(path, { fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT start_ms FROM sessions ORDER BY start_ms').pluck().all() as number[]);
  } finally {
    db.close();
  }
}

const tempNames = (dir: string) => readdirSync(dir).filter((f) => /\.restore-|\.part$|\.tmp|\.new$/.test(f));

describe('restore: refusals that change nothing', () => {
  it('refuses a backup that is the database itself (also through a symlink), in nb, nn and en', async () => {
    const dir = tempDir();
    const path = join(dir, 'f.db');
    await seed(path, 3);
    symlinkSync(path, join(dir, 'alias.db'));
    const before = hash(path);
    for (const file of [path, join(dir, 'alias.db')]) {
      const e = await restoreBackup(path, file, Date.now()).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'restore-self' });
      expect(describeStoreError(e as StoreError, 'en')).toMatch(/is the very database it would replace\. Nothing was changed/);
      expect(describeStoreError(e as StoreError, 'nb')).toMatch(/er selve databasen/);
      expect(describeStoreError(e as StoreError, 'nn')).toMatch(/er sjølve databasen/);
    }
    expect(hash(path)).toBe(before);
    expect(starts(path)).toHaveLength(3);
    expect(tempNames(dir)).toEqual([]);
  });

  it('refuses while this or another process has the store open (the tray app holds the lock), and works after it closed', async () => {
    const dir = tempDir();
    const path = join(dir, 'f.db');
    const backup = join(dir, 'b.sqlite');
    await seed(backup, 2);
    await seed(path, 5, 100);
    const tray = await openStore(path);
    const e = await restoreBackup(path, backup, Date.now()).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'in-use' });
    expect(describeStoreError(e as StoreError, 'en')).toMatch(/is open in another Fyrabend program .* Nothing was restored; quit the tray app/);
    expect(tray.sessions.count()).toBe(5);
    // the same from another process (the OS file lock, not only SQLite's in-process bookkeeping)
    const child = await runChild(path, backup, undefined, false);
    expect(child.code, child.err).toBe(3);
    expect(child.err).toContain('in-use');
    tray.close();
    expect(starts(path)).toHaveLength(5);
    const out = await restoreBackup(path, backup, Date.now());
    expect(out.sessions).toBe(2);
    expect(starts(path)).toHaveLength(2);
  });

  it('a store cannot be opened while a restore holds the exclusive lock (it waits, then says so)', async () => {
    const { takeExclusiveLock } = await import('../../src/store/index');
    const path = join(tempDir(), 'f.db');
    await seed(path, 1);
    const lock = takeExclusiveLock(path);
    try {
      await expect(openStore(path, { busyTimeoutMs: 50 })).rejects.toMatchObject({ code: 'restore-running' });
    } finally {
      lock.release();
    }
    (await openStore(path)).close();
  });
});

describe('restore: the copy', () => {
  it('brings the commits still in the backup’s -wal along (20 of 20), through the backup API', async () => {
    const dir = tempDir();
    const path = join(dir, 'f.db');
    await seed(path, 1, 500);
    const live = join(dir, 'live.db');
    await seed(live, 0);
    const w = new Database(live);
    w.pragma('wal_autocheckpoint = 0');
    const insert = w.prepare("INSERT INTO sessions (start_ms, end_ms, zone, kind, location, initiative, break_with_duties, source) VALUES (?, ?, 'Europe/Oslo', 'work', 'home', 'employer', 0, 'manual')");
    for (let i = 0; i < 20; i++) insert.run(1_800_000_000_000 + i * 7_200_000, 1_800_000_000_000 + i * 7_200_000 + 3_600_000);
    // copy the main file and its -wal while the writer still has them open: a backup taken by copying files
    const copy = join(dir, 'copied.sqlite');
    copyFileSync(live, copy);
    copyFileSync(`${live}-wal`, `${copy}-wal`);
    w.close();
    const out = await restoreBackup(path, copy, Date.now());
    expect(out.sessions).toBe(20);
    expect(starts(path)).toHaveLength(20);
  });

  it.each(['copied', 'verified', 'linked'] as const)('a failure after the step "%s" leaves the current database in use, byte-identical, with no temporary file', async (at) => {
    const dir = tempDir();
    const path = join(dir, 'f.db');
    const backup = join(dir, 'b.sqlite');
    await seed(backup, 2);
    const old = await seed(path, 4, 100);
    const before = hash(path);
    const e = await restoreBackup(path, backup, Date.now(), {
      step: (name) => {
        if (name === at) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      },
    }).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'restore-failed' });
    expect(describeStoreError(e as StoreError, 'en')).toMatch(/The restore from .* stopped \(EIO: i\/o error, write\)\. The database .* is untouched and still the one in use\./);
    expect(hash(path)).toBe(before);
    expect(starts(path)).toEqual(old);
    expect(tempNames(dir)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
  });

  it('keeps the replaced database as before-restore only after the swap, complete with what was in its -wal', async () => {
    const dir = tempDir();
    const path = join(dir, 'f.db');
    const backup = join(dir, 'b.sqlite');
    await seed(backup, 2);
    const old = await seed(path, 3, 100);
    const out = await restoreBackup(path, backup, Date.parse('2026-03-22T00:00:00Z'));
    expect(out.previous).toBe(`${path}.before-restore-2026-03-22T00-00-00-000Z`);
    expect(starts(out.previous!)).toEqual(old);
    expect(starts(path)).toHaveLength(2);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(tempNames(dir)).toEqual([]);
  });
});

function runChild(db: string, file: string, pauseAt: string | undefined, kill: boolean, delayMs = 0): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childJs, db, file, ...(pauseAt ? [pauseAt] : [])], { env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!kill) return;
      if (pauseAt ? out.includes(`at ${pauseAt}\n`) : out.includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), pauseAt ? 20 : delayMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => done({ code, out, err }));
  });
}

let childJs = '';
let childDir = '';
beforeAll(async () => {
  childDir = mkdtempSync(join(tmpdir(), 'fyrabend-restore-child-'));
  childJs = join(childDir, 'restore-child.cjs');
  await build({ entryPoints: [join(__dirname, 'fixtures', 'restore-child.ts')], outfile: childJs, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['better-sqlite3'], logLevel: 'warning' });
});
afterAll(() => rmSync(childDir, { recursive: true, force: true }));

describe('restore: SIGKILL at random moments', () => {
  it('50 kills: the database is always the old or the new one, with every session, and opens clean', async () => {
    const dir = tempDir();
    const path = join(dir, 'f.db');
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    const sets = { [a]: await seed(a, 3000, 0, 'a'.repeat(40)), [b]: await seed(b, 2000, 5000, 'b'.repeat(40)) };
    copyFileSync(a, path);
    let current = a;
    const steps = [undefined, 'copied', 'verified', 'linked', 'swapped'] as const;
    let swaps = 0;
    for (let round = 0; round < 50; round++) {
      const other = current === a ? b : a;
      const pauseAt = steps[round % steps.length];
      const run = await runChild(path, other, pauseAt, true, Math.floor(Math.random() * 60));
      const got = starts(path);
      const isOld = JSON.stringify(got) === JSON.stringify(sets[current]);
      const isNew = JSON.stringify(got) === JSON.stringify(sets[other]);
      expect(isOld || isNew, `round ${round} (${pauseAt ?? 'random'}): ${got.length} sessions, neither the old nor the new database`).toBe(true);
      if (pauseAt === 'swapped') expect(isNew, run.out + run.err).toBe(true);
      if (pauseAt === 'copied' || pauseAt === 'verified' || pauseAt === 'linked') expect(isOld).toBe(true);
      if (isNew) {
        current = other;
        swaps++;
      }
      const s = await openStore(path, { backups: false }); // tidies what the kill left
      s.close();
      expect(tempNames(dir), `round ${round}`).toEqual([]);
      for (const kept of readdirSync(dir).filter((f) => f.includes('before-restore') && !/-(wal|shm)$/.test(f))) {
        const k = starts(join(dir, kept));
        expect([JSON.stringify(sets[a]), JSON.stringify(sets[b])]).toContain(JSON.stringify(k));
      }
    }
    expect(swaps).toBeGreaterThan(5);
  }, 180_000);
});

const noTmpfs = tmpfsUnavailable();
if (noTmpfs) console.log(`restore-faults: the full-disk tests did not run: ${noTmpfs}`);

describe.runIf(noTmpfs === null)('full disk (a 2 MB tmpfs)', () => {
  it('restore of a backup larger than the free space fails with the disk-full sentence and leaves the old log in use', async () => {
    const fs = mountTmpfs('2m');
    if ('reason' in fs) throw new Error(fs.reason);
    try {
      const path = join(fs.dir, 'f.db');
      const old = await seed(path, 600, 0, 'x'.repeat(200));
      expect(readdirSync(fs.dir).sort()).toEqual(['f.db', 'f.db.lock']); // the seed fitted (its -wal was folded in)
      const backup = join(tempDir(), 'big.sqlite');
      await seed(backup, 6000, 10_000, 'y'.repeat(200));
      const before = hash(path);
      const e = await restoreBackup(path, backup, Date.now()).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'disk-full' });
      expect(describeStoreError(e as StoreError, 'en')).toMatch(/The disk is full/);
      expect(hash(path)).toBe(before);
      expect(starts(path)).toEqual(old);
      expect(readdirSync(fs.dir).sort()).toEqual(['f.db', 'f.db.lock']);
      const s = await openStore(path, { backups: false });
      expect(s.sessions.count()).toBe(600);
      s.close();
    } finally {
      fs.unmount();
    }
  });

  it('a backup that does not fit fails with the disk-full sentence and leaves no part file', async () => {
    const fs = mountTmpfs('2m');
    if ('reason' in fs) throw new Error(fs.reason);
    try {
      const path = join(fs.dir, 'f.db');
      await seed(path, 1150, 0, 'x'.repeat(200));
      expect(readdirSync(fs.dir).sort()).toEqual(['f.db', 'f.db.lock']);
      const free = statfsSync(fs.dir);
      writeFileSync(join(fs.dir, 'filler'), Buffer.alloc(Math.max(0, free.bavail * free.bsize - 200_000))); // room for 200 kB, less than the log
      const s = await openStore(path, { backups: false });
      try {
        const e = await s.backup().catch((x: unknown) => x);
        expect(e).toMatchObject({ code: 'disk-full' });
        expect(describeStoreError(e as StoreError, 'nb')).toMatch(/Disken er full/);
        expect(s.sessions.count()).toBe(1150);
      } finally {
        s.close();
      }
      expect(readdirSync(join(fs.dir, 'backups')).filter((f) => f.endsWith('.part') || f.includes('.part-'))).toEqual([]);
      expect(starts(path)).toHaveLength(1150);
    } finally {
      fs.unmount();
    }
  });
});
