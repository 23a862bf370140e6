import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAILY_BACKUPS_KEPT, describeStoreError, openStore, restoreBackup, StoreError } from '../../src/store/index';
import { session, tempDir } from './helpers';

const DAY = 86_400_000;
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function seeded(path: string, n: number, now = Date.parse('2026-03-20T12:00:00Z')) {
  const s = await openStore(path, { now: () => now });
  for (let i = 0; i < n; i++) s.sessions.change({ action: 'add', after: session(i * 120, 60), at: now, reason: 'seed' });
  return s;
}

describe('damaged database', () => {
  it('is kept unchanged and the user is told how to restore from the newest backup', async () => {
    const path = join(tempDir(), 'f.db');
    (await seeded(path, 3)).close();
    const daily = await openStore(path, { now: () => Date.parse('2026-03-21T08:00:00Z') }); // makes the daily backup
    daily.close();
    // Damage the file: overwrite page 2 (a b-tree page) with garbage.
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096, 8192); // all of page 2
    writeFileSync(path, bytes);
    const before = hash(path);
    const e = (await openStore(path).catch((x: unknown) => x)) as StoreError;
    expect(e).toBeInstanceOf(StoreError);
    expect(e.code).toBe('damaged');
    const text = describeStoreError(e, 'en');
    expect(text).toMatch(/is damaged .* The file was kept unchanged\. Restore it from an automatic backup in .*backups, for example: fyrabend restore .*f-daily-2026-03-21\.sqlite/);
    expect(describeStoreError(e, 'nb')).toMatch(/er skadet/);
    expect(describeStoreError(e, 'nn')).toMatch(/er skadd/);
    expect(hash(path)).toBe(before);

    const out = await restoreBackup(path, String(e.params.newest), Date.parse('2026-03-21T09:00:00Z'));
    expect(out.previous && hash(out.previous)).toBe(before); // the damaged file is still there
    const s = await openStore(path);
    expect(s.sessions.count()).toBe(3);
    s.close();
  });

  it('a file that is not a database at all is refused, not overwritten', async () => {
    const path = join(tempDir(), 'f.db');
    writeFileSync(path, 'this is my diary, not a database'.repeat(200));
    const before = hash(path);
    await expect(openStore(path)).rejects.toMatchObject({ code: 'damaged' });
    expect(hash(path)).toBe(before);
  });
});

describe('disk full', () => {
  it('refuses the write with a clear message and keeps the earlier data', async () => {
    const path = join(tempDir(), 'f.db');
    const s = await seeded(path, 5);
    // Simulate a full disk: SQLite cannot grow the file beyond its current page count (PRAGMA max_page_count).
    const pages = s.db.pragma('page_count', { simple: true }) as number;
    s.db.pragma(`max_page_count = ${pages}`);
    const many = Array.from({ length: 2000 }, (_, i) => session(10_000 + i * 120, 60, { note: 'x'.repeat(200) }));
    let caught: unknown;
    try {
      s.sessions.importMany(many, [], 'Europe/Oslo', Date.now(), 'import');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).code).toBe('disk-full');
    expect(describeStoreError(caught as StoreError, 'en')).toMatch(/The disk is full, so the change to .* was not saved\. Your earlier data is intact/);
    expect(s.sessions.count()).toBe(5);
    s.close();
    const again = await openStore(path);
    expect(again.sessions.count()).toBe(5);
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
    again.close();
  });
});

describe('backups', () => {
  it('makes one daily backup per day and keeps the last 14', async () => {
    const path = join(tempDir(), 'f.db');
    (await seeded(path, 1)).close();
    const start = Date.parse('2026-03-01T08:00:00Z');
    for (let d = 0; d < 20; d++) {
      for (const hour of [0, 5]) (await openStore(path, { now: () => start + d * DAY + hour * 3_600_000 })).close();
    }
    const dailies = readdirSync(join(path, '..', 'backups')).filter((f) => f.includes('-daily-')).sort();
    expect(dailies).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(dailies[0]).toBe('f-daily-2026-03-07.sqlite');
    expect(dailies.at(-1)).toBe('f-daily-2026-03-20.sqlite');
  });

  it('restore validates the file first and changes nothing when it is not a backup', async () => {
    const dir = tempDir();
    const path = join(dir, 'f.db');
    (await seeded(path, 2)).close();
    const bogus = join(dir, 'bogus.sqlite');
    writeFileSync(bogus, 'nope'.repeat(1000));
    const before = hash(path);
    await expect(restoreBackup(path, bogus, Date.now())).rejects.toMatchObject({ code: 'backup-invalid' });
    await expect(restoreBackup(path, join(dir, 'missing.sqlite'), Date.now())).rejects.toMatchObject({ code: 'backup-missing' });
    expect(hash(path)).toBe(before);
    expect(existsSync(path)).toBe(true);
  });

  it('restores a manual backup and keeps the replaced database', async () => {
    const path = join(tempDir(), 'f.db');
    const s = await seeded(path, 2);
    const file = await s.backup();
    s.sessions.change({ action: 'add', after: session(5000, 60), at: Date.now(), reason: 'after backup' });
    s.close();
    const out = await restoreBackup(path, file, Date.parse('2026-03-22T00:00:00Z'));
    expect(basename(out.previous ?? '')).toBe('f.db.before-restore-2026-03-22T00-00-00-000Z');
    const restored = await openStore(path);
    expect(restored.sessions.count()).toBe(2);
    restored.close();
    const previous = await openStore(out.previous!, { backups: false });
    expect(previous.sessions.count()).toBe(3);
    previous.close();
  });
});
