/**
 * The advisory lock that says "a Fyrabend program has this database open" (issue 18 item 1).
 *
 * It is SQLite's own file lock on a small companion file, `<db>.lock` (an empty SQLite file with
 * no journal): every program that uses the log — the tray app and each CLI command — holds a
 * SHARED lock (an open read transaction) for as long as its store is open; `restore` takes the
 * EXCLUSIVE lock, which SQLite grants only when nobody holds a shared one. The operating system
 * drops the lock when a process ends, even on SIGKILL or a crash, so a stale lock cannot block the
 * user. The database's own locks cannot serve: in WAL mode readers do not lock the main file.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { StoreError } from './errors';

export interface DbLock {
  release(): void;
}

export function lockFileFor(dbPath: string): string {
  return `${dbPath}.lock`;
}

export interface LockOptions {
  readonly nativeBinding?: string;
  /** Create the lock file when missing (default true); with false a missing file means no lock is taken. */
  readonly create?: boolean;
  /** How long a shared lock waits for a running restore (default 10 000 ms). */
  readonly waitMs?: number;
}

function openLockFile(dbPath: string, o: LockOptions, waitMs: number): Database.Database {
  const db = new Database(lockFileFor(dbPath), o.nativeBinding ? { nativeBinding: o.nativeBinding } : {});
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(waitMs))}`);
    db.pragma('journal_mode = MEMORY'); // no -journal beside the lock file, and nothing is ever written to it
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function holding(db: Database.Database): DbLock {
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      try {
        if (db.inTransaction) db.exec('ROLLBACK');
      } finally {
        db.close();
      }
    },
  };
}

/**
 * "This program uses the database": held until `release()`. Waits up to `waitMs` for a restore
 * that holds the exclusive lock, then refuses with 'restore-running'. Returns null when `create`
 * is false and there is no lock file (nothing to share with: no restore can be running).
 */
export function takeSharedLock(dbPath: string, o: LockOptions = {}): DbLock | null {
  if (o.create === false && !existsSync(lockFileFor(dbPath))) return null;
  let db: Database.Database;
  try {
    db = openLockFile(dbPath, o, o.waitMs ?? 10_000);
  } catch (e) {
    if (isBusy(e)) throw new StoreError('restore-running', { path: dbPath });
    throw e;
  }
  try {
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').get(); // takes the SHARED lock, kept until release
    return holding(db);
  } catch (e) {
    db.close();
    if (isBusy(e)) throw new StoreError('restore-running', { path: dbPath });
    throw e;
  }
}

/** "Only this program uses the database" (restore): refuses at once with 'in-use' while anyone holds a shared lock. */
export function takeExclusiveLock(dbPath: string, o: Omit<LockOptions, 'create' | 'waitMs'> = {}): DbLock {
  const db = openLockFile(dbPath, o, 0);
  try {
    db.exec('BEGIN EXCLUSIVE');
    return holding(db);
  } catch (e) {
    db.close();
    if (isBusy(e)) throw new StoreError('in-use', { path: dbPath });
    throw e;
  }
}
