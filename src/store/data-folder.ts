/**
 * The ports of "move the data folder" on the real disk and the open store: facts about the target
 * folder, and the live database (online-backup copy, read-only inspection of the copy, a write mark
 * from SQLite's total_changes() and data_version, copying the backups beside the new file).
 */
import { copyFileSync, constants, existsSync, mkdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { DatabaseFacts, FolderFs, LiveDatabase } from '../app/ports/data-folder';
import { err, ok } from '../shared/result';
import { backupDirFor } from './backup';
import { errorDetail } from './errors';
import type { Store } from './index';
import { openForCheck } from './open';

/** The real path of the longest existing prefix, with the rest appended (so `..` and symlinks compare equal). */
function canonical(path: string): string | null {
  if (!isAbsolute(path)) return null;
  const full = resolve(path);
  const rest: string[] = [];
  let head = full;
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) return full;
    rest.unshift(basename(head));
    head = up;
  }
  try {
    return join(realpathSync.native(head), ...rest);
  } catch {
    return full;
  }
}

export const diskFolderFs: FolderFs = {
  canonical,
  join,
  kind: (p) => {
    try {
      return statSync(p).isDirectory() ? 'folder' : 'file';
    } catch {
      return 'missing';
    }
  },
  makeFolder: (folder) => void mkdirSync(folder, { recursive: true }),
  canWrite: (folder) => {
    const probe = join(folder, `.fyrabend-write-test-${process.pid}-${Math.random().toString(36).slice(2)}`);
    try {
      writeFileSync(probe, '', { flag: 'wx' });
      rmSync(probe, { force: true });
      return true;
    } catch {
      return false;
    }
  },
  exists: existsSync,
  removeCopy: (file) => {
    for (const suffix of ['', '-wal', '-shm', '.part', '.lock']) rmSync(file + suffix, { force: true });
  },
};

function factsOf(db: Store['db']): DatabaseFacts {
  const version = db.pragma('user_version', { simple: true }) as number;
  const row = db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number };
  return { version, sessions: row.n };
}

export function liveDatabase(store: Store, nativeBinding?: string): LiveDatabase {
  return {
    file: store.path,
    folder: dirname(store.path),
    facts: () => factsOf(store.db),
    writeMark: () => {
      const changes = (store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
      return `${changes}:${String(store.db.pragma('data_version', { simple: true }))}`;
    },
    copyTo: async (file) => void (await store.backup(file)),
    inspect: (file) => {
      try {
        const db = openForCheck(file, nativeBinding);
        try {
          return ok(factsOf(db));
        } finally {
          db.close();
        }
      } catch (e) {
        return err(errorDetail(e).slice(0, 200));
      }
    },
    copyBackups: (dbFile) => {
      const to = backupDirFor(dbFile);
      let copied = 0;
      let failed = 0;
      for (const file of store.backups()) {
        const dest = join(to, basename(file));
        try {
          mkdirSync(to, { recursive: true });
          copyFileSync(file, dest, constants.COPYFILE_EXCL);
          copied++;
        } catch (e) {
          if ((e as { code?: string }).code === 'EEXIST') continue;
          failed++;
          rmSync(dest, { force: true }); // a partial copy this call made (EXCL: nothing was there before)
        }
      }
      return { copied, failed };
    },
  };
}
