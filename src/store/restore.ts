/**
 * Restores the database from a backup so that the log cannot be lost (issue 18 item 1):
 *
 * 1. Refuse a backup that is the database itself, and refuse while another Fyrabend program holds
 *    the database (the exclusive advisory lock, lock.ts; the tray app and every command hold a
 *    shared one).
 * 2. Copy the backup with SQLite's backup API (so commits still in its `-wal` come along) into a
 *    temporary file beside the database, and verify the copy: integrity, schema version, the
 *    Fyrabend application id and tables, and the same number of sessions as the backup.
 * 3. Swap with atomic renames: the current file is first hard-linked to a temporary name (it stays
 *    the database in use), the copy is renamed over the database, and only then is the link renamed
 *    to `<db>.before-restore-<time>`. A failure or a kill at any moment leaves the database either
 *    the old one or the new one, whole; temporary files left by a kill are removed by the next restore.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupDirFor, removeSqliteFile, uniqueSuffix } from './backup';
import { StoreError, asStoreError, errorDetail } from './errors';
import { identify } from './identity';
import { LATEST_VERSION } from './migrations/index';
import { takeExclusiveLock } from './lock';
import { integrityProblem, openForCheck } from './open';

export interface RestoreOutcome {
  /** Where the previous database was kept, or null if there was none. */
  readonly previous: string | null;
  /** Sessions in the restored database. */
  readonly sessions: number;
}

export interface RestoreOptions {
  readonly nativeBinding?: string;
  /** Test hook: runs between the named steps, to inject faults (throws) or kills. */
  readonly step?: (name: 'copied' | 'verified' | 'linked' | 'swapped') => void;
}

const TEMP_TAG = '.restore-';

function sameFile(a: string, b: string): boolean {
  try {
    if (realpathSync.native(a) === realpathSync.native(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function stampOf(at: number): string {
  return new Date(at).toISOString().replace(/[:.]/g, '-');
}

/**
 * Tidies what a killed restore left beside the database. Safe only while no restore runs, i.e.
 * while the caller holds the exclusive lock or a shared one. The copy (`….new.tmp`) is removed; the
 * link to the database of that moment (`….old.tmp`) is removed when it is still the database in use
 * (killed before the swap), and otherwise kept as `<db>.before-restore-<its time>` (killed after it).
 */
export function tidyRestoreLeftovers(dbPath: string): void {
  const dir = dirname(dbPath);
  const prefix = basename(dbPath) + TEMP_TAG;
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (/\.new\.tmp(-journal|-wal|-shm)?$/.test(name)) rmSync(full, { force: true });
    else if (name.endsWith('.old.tmp')) {
      if (sameFile(full, dbPath)) {
        for (const suffix of ['', '-wal', '-shm']) rmSync(full + suffix, { force: true });
        continue;
      }
      let previous = `${dbPath}.before-restore-${stampOf(statSync(full).mtimeMs)}`;
      while (existsSync(previous)) previous += '-again';
      for (const suffix of ['-wal', '-shm']) if (existsSync(full + suffix)) renameSync(full + suffix, previous + suffix);
      renameSync(full, previous);
    }
  }
}

function countSessions(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM sessions').pluck().get() as number;
}

function invalid(file: string, detail: string): StoreError {
  return new StoreError('backup-invalid', { file, detail });
}

/** Why `db` cannot be restored from, or null. */
function unusable(db: Database.Database, nativeBinding?: string): string | null {
  const id = identify(db, nativeBinding);
  if (id.kind === 'newer') return `schema version ${id.version} is newer than this app (${LATEST_VERSION})`;
  if (id.kind === 'empty') return 'it is empty';
  if (id.kind !== 'fyrabend') return `no Fyrabend session log in it: ${id.detail}`;
  return null;
}

function fsyncPath(path: string, flags: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, flags);
    fsyncSync(fd);
  } catch {
    // directories cannot be opened for fsync on every platform (Windows); the rename is still atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Copies `file` into `temp` with the backup API and verifies the copy; returns its session count. */
async function copyVerified(file: string, temp: string, o: RestoreOptions): Promise<number> {
  let source: Database.Database;
  try {
    source = openForCheck(file, o.nativeBinding);
  } catch (e) {
    throw invalid(file, errorDetail(asStoreError(e, file)));
  }
  let expected: number;
  try {
    const problem = unusable(source, o.nativeBinding);
    if (problem) throw invalid(file, problem);
    expected = countSessions(source);
    await source.backup(temp);
  } finally {
    source.close();
  }
  o.step?.('copied');
  const copy = new Database(temp, { fileMustExist: true, ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}) });
  try {
    copy.pragma('journal_mode = DELETE'); // no -wal beside the copy while it is swapped in
    const damage = integrityProblem(copy);
    if (damage) throw invalid(file, `the copy failed the integrity check: ${damage}`);
    const problem = unusable(copy, o.nativeBinding);
    if (problem) throw invalid(file, problem);
    const got = countSessions(copy);
    if (got !== expected) throw invalid(file, `the copy holds ${got} sessions, the backup ${expected}`);
  } finally {
    copy.close();
  }
  fsyncPath(temp, 'r+');
  o.step?.('verified');
  return expected;
}

/** Folds the current database's -wal into it when it can be opened, so the kept file is complete on its own. */
function checkpoint(dbPath: string, nativeBinding?: string): void {
  try {
    const db = new Database(dbPath, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close(); // the last connection of a WAL database removes the -wal and -shm
    }
  } catch {
    // a damaged database cannot be checkpointed: its -wal is kept beside it below
  }
}

/** Makes `to` a second name of `from` (a hard link; a copy where the file system has none). */
function keepAs(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    copyFileSync(from, to);
    fsyncPath(to, 'r+');
  }
}

export async function restoreBackup(dbPath: string, file: string, now: number, options: RestoreOptions = {}): Promise<RestoreOutcome> {
  if (!existsSync(file)) throw new StoreError('backup-missing', { file, backups: backupDirFor(dbPath) });
  if (existsSync(dbPath) && (sameFile(file, dbPath) || sameFile(file, `${dbPath}-wal`))) throw new StoreError('restore-self', { file, backups: backupDirFor(dbPath) });
  mkdirSync(dirname(dbPath), { recursive: true });
  const lock = takeExclusiveLock(dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const tag = `${dbPath}${TEMP_TAG}${uniqueSuffix()}`;
  const temp = `${tag}.new.tmp`;
  const oldLink = `${tag}.old.tmp`;
  const moved: [string, string][] = []; // current -wal/-shm moved aside, to put back on failure
  let swapped = false;
  try {
    tidyRestoreLeftovers(dbPath);
    const sessions = await copyVerified(file, temp, options);
    const hadDb = existsSync(dbPath);
    if (hadDb) {
      checkpoint(dbPath, options.nativeBinding);
      keepAs(dbPath, oldLink);
      for (const suffix of ['-wal', '-shm']) {
        if (!existsSync(dbPath + suffix)) continue;
        keepAs(dbPath + suffix, oldLink + suffix);
        moved.push([oldLink + suffix, dbPath + suffix]);
      }
      options.step?.('linked');
      // an old -wal must not be replayed onto the restored file
      for (const [, live] of moved) rmSync(live, { force: true });
    }
    renameSync(temp, dbPath);
    swapped = true;
    fsyncPath(dirname(dbPath), 'r');
    options.step?.('swapped');
    let previous: string | null = null;
    if (hadDb) {
      previous = `${dbPath}.before-restore-${stampOf(now)}`;
      renameSync(oldLink, previous);
      for (const [kept] of moved) renameSync(kept, previous + kept.slice(oldLink.length));
      fsyncPath(dirname(dbPath), 'r');
    }
    return { previous, sessions };
  } catch (e) {
    if (!swapped) {
      for (const [kept, live] of moved) if (!existsSync(live)) renameSync(kept, live);
      rmSync(oldLink, { force: true });
      for (const [kept] of moved) rmSync(kept, { force: true });
    }
    if (e instanceof StoreError) throw e;
    const mapped = asStoreError(e, dbPath);
    if (mapped instanceof StoreError) throw mapped;
    throw new StoreError('restore-failed', { file, path: dbPath, detail: errorDetail(e) });
  } finally {
    removeSqliteFile(temp);
    lock.release();
  }
}
