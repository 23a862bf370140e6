/**
 * Opens the session log: checks integrity first (a damaged file is kept, never overwritten, and the
 * user is told which backup to restore), refuses a database newer than this app, sets the pragmas
 * (WAL, synchronous=FULL for the log, foreign keys, busy timeout), backs up before migrating,
 * migrates, and makes the daily backup.
 *
 * `nativeBinding` lets the Electron shell load a better-sqlite3 build for Electron's ABI from
 * another path while Node (tests, CLI) loads the default build (see docs/native-module.md).
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupDirFor, dailyBackup, dailyBackupDue, newestBackup, preMigrationBackup } from './backup';
import { StoreError, asStoreError } from './errors';
import { migrate, schemaVersion } from './migrate';
import { LATEST_VERSION } from './migrations/index';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron); default: the Node build. */
  readonly nativeBinding?: string;
  /** Wall clock for backup names; default Date.now. */
  readonly now?: () => number;
  /** Make the daily and pre-migration backups (default true). */
  readonly backups?: boolean;
  /** Migrate only up to this version (tests of older versions); default the newest. */
  readonly targetVersion?: number;
  /**
   * When to run the full PRAGMA integrity_check: 'always' (default; the tray app at start-up) or
   * 'daily' (the CLI: on the first open of the day, before the daily backup is taken, so a damaged
   * file is never backed up unnoticed). On a 40-year log (100 000 sessions) the full check takes
   * ~180 ms; a damaged page met later still fails with a 'damaged' error, never silently.
   */
  readonly integrityCheck?: 'always' | 'daily';
  /** Milliseconds to wait for another process's write lock (default 10 000). */
  readonly busyTimeoutMs?: number;
}

function damaged(path: string, detail: string): StoreError {
  return new StoreError('damaged', { path, detail, backups: backupDirFor(path), newest: newestBackup(path) ?? 'FILE' });
}

function integrityProblem(db: Database.Database): string | null {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const first = rows[0]?.integrity_check ?? 'no answer';
  return first === 'ok' ? null : rows.map((r) => r.integrity_check).slice(0, 3).join('; ');
}

/** Opens without pragmas or migrations: for validating files (backups, restores). Throws StoreError. */
export function openForCheck(path: string, nativeBinding?: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const problem = integrityProblem(db);
    if (problem) throw damaged(path, problem);
    return db;
  } catch (e) {
    db?.close();
    const mapped = asStoreError(e, path);
    if (mapped instanceof StoreError && mapped.code === 'damaged') throw damaged(path, e instanceof Error ? e.message : String(e));
    throw mapped;
  }
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Database.Database> {
  const now = options.now ?? Date.now;
  const existed = existsSync(path) && statSync(path).size > 0;
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    const checkNow = options.integrityCheck !== 'daily' || dailyBackupDue(path, now());
    if (existed && checkNow) {
      const problem = integrityProblem(db);
      if (problem) throw damaged(path, problem);
    }
    const found = schemaVersion(db);
    if (found > LATEST_VERSION) throw new StoreError('newer-version', { path, found, supported: LATEST_VERSION });
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const target = options.targetVersion ?? LATEST_VERSION;
    if (found < target) {
      if (found > 0 && options.backups !== false) await preMigrationBackup(db, path, found, now());
      migrate(db, target);
    }
    if (options.backups !== false && existed) await dailyBackup(db, path, now());
    return db;
  } catch (e) {
    db?.close();
    const mapped = asStoreError(e, path);
    if (mapped instanceof StoreError && mapped.code === 'damaged' && !mapped.params.newest) throw damaged(path, e instanceof Error ? e.message : String(e));
    throw mapped;
  }
}
