/** Moving the data folder on real SQLite files: the copy is verified and readable, the pointer written, the old file intact; refusals change nothing. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveDataFolder, type MoveDeps } from '../../src/app/data-location/index';
import { diskFolderFs, liveDatabase } from '../../src/store/data-folder';
import { filePointer, pointerFileFor, readPointerFile, resolveDbPath } from '../../src/store/files/location-pointer';
import { openStore, type Store } from '../../src/store/index';
import { session, tempDir } from './helpers';

const NOW = Date.parse('2026-03-20T12:00:00Z');
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function setup(n = 5) {
  const home = tempDir();
  const appData = join(home, 'appdata');
  const defaultDb = join(appData, 'fyrabend.db');
  const store = await openStore(defaultDb, { now: () => NOW });
  for (let i = 0; i < n; i++) store.sessions.change({ action: 'add', after: session(i * 120, 60), at: NOW, reason: 'seed' });
  await store.backup();
  const relaunches: string[] = [];
  const deps = (over: Partial<MoveDeps> = {}): MoveDeps => ({
    fs: diskFolderFs,
    db: liveDatabase(store),
    pointer: filePointer(pointerFileFor(defaultDb), () => NOW),
    source: 'default',
    relaunch: () => void relaunches.push('relaunch'),
    ...over,
  });
  return { home, appData, defaultDb, store, relaunches, deps };
}

function close(store: Store) {
  try {
    store.close();
  } catch {
    // already closed
  }
}

describe('moving the data folder (real SQLite)', () => {
  it('copies and verifies the database, copies the backups, writes location.json; the old file stays and the new one is used next', async () => {
    const { home, appData, defaultDb, store, relaunches, deps } = await setup(5);
    try {
      // A write that is only in the WAL so far must be in the copy too.
      store.sessions.change({ action: 'add', after: session(20 * 60, 30), at: NOW, reason: 'late' });
      const target = join(home, 'Sync', 'Fyrabend'); // does not exist yet
      const r = await moveDataFolder(deps(), target);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value).toMatchObject({ folder: target, database: join(target, 'fyrabend.db'), previousDatabase: defaultDb, previousFolder: appData, backupsCopied: 1, backupsFailed: 0 });
      expect(relaunches).toEqual(['relaunch']);
      expect(readdirSync(join(target, 'backups'))).toEqual(readdirSync(join(appData, 'backups')));
      expect(readdirSync(target).filter((f) => f.startsWith('.'))).toEqual([]); // no write probe, no temp file left

      const pointer = JSON.parse(readFileSync(join(appData, 'location.json'), 'utf8'));
      expect(pointer).toEqual({ format: 'fyrabend.location/1', dataFolder: target, movedAt: '2026-03-20T12:00:00.000Z' });
      expect(readPointerFile(join(appData, 'location.json'))).toEqual({ kind: 'folder', dataFolder: target });

      // The old file is untouched and still has every session.
      expect(store.sessions.count()).toBe(6);
      close(store);
      const old = await openStore(defaultDb, { backups: false });
      expect(old.sessions.count()).toBe(6);
      old.close();

      // The next start resolves to the new file, which has the same data.
      const next = resolveDbPath({ defaultDb });
      expect(next).toEqual({ ok: true, dbPath: join(target, 'fyrabend.db'), source: 'pointer', pointerFile: join(appData, 'location.json') });
      const moved = await openStore(join(target, 'fyrabend.db'), { now: () => NOW });
      expect(moved.sessions.count()).toBe(6);
      expect(moved.sessions.between(0, NOW * 2).map((s) => s.start)).toContain(session(20 * 60, 30).start);
      moved.close();
      // FYRABEND_DB still wins over the pointer.
      expect(resolveDbPath({ defaultDb, envDb: join(home, 'other.db') })).toMatchObject({ ok: true, source: 'env' });
    } finally {
      close(store);
    }
  });

  it('refuses a folder that already has a fyrabend.db and leaves both files as they were', async () => {
    const { home, appData, defaultDb, store, relaunches, deps } = await setup(2);
    try {
      const target = join(home, 'other');
      const other = await openStore(join(target, 'fyrabend.db'), { backups: false });
      other.close();
      const before = hash(join(target, 'fyrabend.db'));
      const r = await moveDataFolder(deps(), target);
      expect(r).toMatchObject({ ok: false, error: { code: 'has-database', params: { folder: target } } });
      expect(hash(join(target, 'fyrabend.db'))).toBe(before);
      expect(existsSync(join(appData, 'location.json'))).toBe(false);
      expect(relaunches).toEqual([]);
      expect(store.sessions.count()).toBe(2);
      expect(resolveDbPath({ defaultDb })).toMatchObject({ ok: true, dbPath: defaultDb, source: 'default' });
    } finally {
      close(store);
    }
  });

  it.each([
    ['relative', () => 'Sync/Fyrabend', 'not-absolute'],
    ['the current folder', (h: string) => join(h, 'appdata'), 'same-folder'],
    ['the current folder through ..', (h: string) => join(h, 'x', '..', 'appdata'), 'same-folder'],
    ['the current folder through a symlink', (h: string) => (symlinkSync(join(h, 'appdata'), join(h, 'link')), join(h, 'link')), 'same-folder'],
    ['a file', (h: string) => (writeFileSync(join(h, 'file.txt'), 'x'), join(h, 'file.txt')), 'not-a-folder'],
    ['a folder below a file', (h: string) => (writeFileSync(join(h, 'file.txt'), 'x'), join(h, 'file.txt', 'sub')), 'cannot-create'],
  ] as const)('refuses %s without copying or pointing anywhere', async (_name, folder, code) => {
    const { home, appData, store, relaunches, deps } = await setup(1);
    try {
      const r = await moveDataFolder(deps(), folder(home));
      expect(r).toMatchObject({ ok: false, error: { code } });
      expect(existsSync(join(appData, 'location.json'))).toBe(false);
      expect(relaunches).toEqual([]);
    } finally {
      close(store);
    }
  });

  it('a damaged copy is described by the reason SQLite gives, not by the whole error (path, backups) as JSON', async () => {
    const { home, store } = await setup(1);
    try {
      const damaged = join(home, 'damaged.db');
      writeFileSync(damaged, 'not a database '.repeat(400));
      expect(liveDatabase(store).inspect(damaged)).toEqual({ ok: false, error: 'file is not a database' });
    } finally {
      close(store);
    }
  });

  it('a copy that does not verify is removed again and nothing points to it', async () => {
    const { home, appData, store, relaunches, deps } = await setup(3);
    try {
      const target = join(home, 'bad');
      const live = liveDatabase(store);
      // A copy that lost a session on the way.
      const lossy = { ...live, copyTo: async (file: string) => {
        await live.copyTo(file);
        const s = await openStore(file, { backups: false });
        s.db.prepare('DELETE FROM sessions WHERE id = (SELECT min(id) FROM sessions)').run();
        s.close();
      } };
      const r = await moveDataFolder(deps({ db: lossy }), target);
      expect(r).toMatchObject({ ok: false, error: { code: 'verify-failed', params: { what: 'sessions', got: '2', expected: '3' } } });
      expect(readdirSync(target).filter((f) => f.startsWith('fyrabend.db'))).toEqual([]);
      expect(existsSync(join(appData, 'location.json'))).toBe(false);
      expect(relaunches).toEqual([]);
    } finally {
      close(store);
    }
  });

  it('an unreadable location.json is reported, not replaced by an empty default log', () => {
    const appData = tempDir();
    const defaultDb = join(appData, 'fyrabend.db');
    writeFileSync(join(appData, 'location.json'), '{"format": "fyrabend.location/1", "dataFolder": ');
    expect(resolveDbPath({ defaultDb })).toMatchObject({ ok: false, problem: { code: 'pointer-unreadable', fault: { problem: { path: '$', code: 'json.end' } } } });
    mkdirSync(join(appData, 'dir.json'));
    expect(readPointerFile(join(appData, 'dir.json'))).toEqual({ kind: 'unreadable', fault: { readError: 'EISDIR' } });
    expect(readPointerFile(join(appData, 'missing.json'))).toEqual({ kind: 'none' });
    writeFileSync(join(appData, 'location.json'), JSON.stringify({ format: 'fyrabend.location/1', dataFolder: join(appData, 'gone') }));
    expect(resolveDbPath({ defaultDb })).toMatchObject({ ok: false, problem: { code: 'folder-missing' } });
    mkdirSync(join(appData, 'gone'));
    expect(resolveDbPath({ defaultDb })).toMatchObject({ ok: false, problem: { code: 'database-missing' } });
    expect(existsSync(defaultDb)).toBe(false);
  });
});
