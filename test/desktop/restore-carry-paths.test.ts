/**
 * Issue 16 item 2 on every restore path: the command line's `fyrabend restore`, the window's Data and
 * backup (storeBackups in src/desktop/node-io.ts) and the start-up dialog's "Restore the backup"
 * (src/desktop/host.ts). Each restores a backup made before March was sent to payroll; afterwards the
 * restored log still knows March as submitted (the submission with its snapshot, and the locked
 * period), so the next export compares with what payroll has and a difference is a correction
 * (test/app/export/correction-paths.test.ts walks that comparison).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { INTEGRITY_CHECK_DELAY_MS, startHost } from '../../src/desktop/host';
import { storeBackups } from '../../src/desktop/node-io';
import { openStore, type Store } from '../../src/store/index';
import { session } from '../store/helpers';
import { FakePlatform } from './fake-platform';

const TUE_1000 = Date.parse('2026-11-24T09:00:00Z');
const MARCH = { from: Date.parse('2026-02-28T23:00:00Z'), to: Date.parse('2026-03-31T22:00:00Z') };
const SUBMITTED = { month: '2026-03', at: TUE_1000 - 1_800_000, kind: 'submit' as const, format: 'visma', snapshot: '{"days":{"2026-03-02":{"normal":7.5}}}' };

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'fyrabend-restore-carry-'));
  dirs.push(d);
  return d;
}

/** The log: a daily backup of yesterday and one of today, both made before March was submitted; then the submission. */
async function submittedAfterBackup(dbPath: string, damage = false): Promise<string> {
  const s1 = await openStore(dbPath, { now: () => TUE_1000 - 86_400_000 });
  s1.sessions.importMany([session(0, 60)], [], 'Europe/Oslo', TUE_1000 - 86_400_000, 'seed');
  if (damage) for (let i = 0; i < 300; i++) s1.settings.set(`test.filler.${i}`, 'x'.repeat(900));
  s1.db.pragma('wal_checkpoint(TRUNCATE)');
  s1.close();
  const s2 = await openStore(dbPath, { now: () => TUE_1000 - 3_600_000 });
  s2.submissions.add([SUBMITTED]);
  s2.locks.lockPeriod(MARCH.from, MARCH.to, SUBMITTED.at, 'payroll 2026-03');
  const backups = s2.backups();
  s2.close();
  if (damage) {
    // the page type of the settings table's last leaf (the fillers): the file fails its integrity check,
    // while the payroll tables (on their own pages) can still be read
    const fd = openSync(dbPath, 'r+');
    writeSync(fd, Buffer.from([0x00]), 0, 1, statSync(dbPath).size - 4096);
    closeSync(fd);
  }
  const today = backups.find((f) => f.endsWith('fyrabend-daily-2026-11-24.sqlite'));
  if (!today) throw new Error(`no daily backup of today among ${backups.join(', ')}`);
  return today;
}

/** March is known as submitted in the restored log: the submission and the locked period. */
async function expectMarchSubmitted(dbPath: string): Promise<void> {
  const s = await openStore(dbPath, { backups: false });
  try {
    expect(s.submissions.list().map(({ id: _id, ...rest }) => rest)).toEqual([SUBMITTED]);
    expect(s.locks.list().map((l) => l.label)).toEqual(['payroll 2026-03']);
    expect(s.sessions.count()).toBe(1);
  } finally {
    s.close();
  }
}

async function untilRestored(dir: string): Promise<void> {
  await expect.poll(() => readdirSync(dir).some((f) => f.includes('before-restore'))).toBe(true);
}

const PATHS: [string, (dbPath: string, backup: string) => Promise<void>][] = [
  [
    'the command line: fyrabend restore',
    async (dbPath, backup) => {
      let err = '';
      const code = await runCli(['restore', backup, '--db', dbPath], { stdout: () => undefined, stderr: (t) => void (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo' }, cwd: tmpdir() });
      expect(code, err).toBe(0);
      expect(err).toBe('');
    },
  ],
  [
    "the window's Data and backup (storeBackups)",
    async (dbPath, backup) => {
      const store: Store = await openStore(dbPath, { backups: false });
      let relaunched = 0;
      const backups = storeBackups(() => store, () => TUE_1000, undefined, () => void relaunched++);
      const answer = backups.restore(basename(backup));
      expect(answer).toBeInstanceOf(Promise);
      await answer;
      expect(relaunched).toBe(1);
    },
  ],
];

describe('a month submitted before a restore is still submitted after it (issue 16)', () => {
  it.each(PATHS)('%s', async (_path, restore) => {
    const dir = temp();
    const dbPath = join(dir, 'fyrabend.db');
    const backup = await submittedAfterBackup(dbPath);
    const fromBackup = await openStore(backup, { backups: false, lock: false });
    expect(fromBackup.submissions.list()).toEqual([]); // the backup itself knows nothing of the submission
    fromBackup.close();
    await restore(dbPath, backup);
    await untilRestored(dir);
    await expectMarchSubmitted(dbPath);
  });

  it("the start-up dialog's restore of a damaged log (src/desktop/host.ts)", async () => {
    const dir = temp();
    const dbPath = join(dir, 'data', 'fyrabend.db');
    await submittedAfterBackup(dbPath, true);
    const platform = new FakePlatform({ start: TUE_1000, paths: { home: dir, documents: dir }, env: { FYRABEND_DB: dbPath } });
    platform.messageBoxAnswer = 0; // "Restore the backup"
    const logs: string[] = [];
    const host = await startHost(platform, { log: (m) => void logs.push(m) });
    expect(host).not.toBeNull();
    await platform.time.advance(INTEGRITY_CHECK_DELAY_MS);
    await expect.poll(() => platform.events).toEqual(['relaunch', 'exit 0']);
    expect(platform.messageBoxes[0]?.message).toMatch(/er skadet/);
    await untilRestored(join(dir, 'data'));
    expect(logs).toContain('restore: payroll record carried over (1 submissions, 1 locked periods)');
    await expectMarchSubmitted(dbPath);
  });
});
