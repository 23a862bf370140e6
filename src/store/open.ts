/**
 * Opens the session log: checks integrity first (a damaged file is kept, never overwritten, and the
 * user is told which backup to restore), makes sure the file is a Fyrabend log (application id and
 * schema, identity.ts; an empty, foreign or newer file is refused before anything is written),
 * sets the pragmas (WAL, synchronous=FULL for the log, foreign keys, busy timeout), backs up before
 * migrating, migrates, and makes the daily backup.
 *
 * A new log is built complete in a temporary file beside the target and then linked into place, so
 * no half-made or empty `fyrabend.db` can exist, and two processes creating it at once end with one
 * file (issue 18 items 2 and 5). An open that meets another process's lock (SQLITE_BUSY) is retried
 * until the busy timeout has passed.
 *
 * `nativeBinding` lets the Electron shell load a better-sqlite3 build for Electron's ABI from
 * another path while Node (tests, CLI) loads the default build (see docs/native-module.md).
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, constants, existsSync, fsyncSync, linkSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupDirFor, dailyBackup, dailyBackupDue, newestBackup, preMigrationBackup, removeSqliteFile, uniqueSuffix } from './backup';
import { StoreError, asStoreError } from './errors';
import { requireFyrabend } from './identity';
import { integrityCheckInWorker, integrityProblemOf } from './integrity-worker';
import { migrate } from './migrate';
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
   * 'deferred' (the tray app, issue 21): the window may show first — neither the check nor the
   * daily backup runs at open; the caller runs `verifyAfterOpen` soon after (the store's `verify`),
   * which checks and only then backs up. A database that needs a migration is still checked first.
   */
  readonly integrityCheck?: 'always' | 'daily' | 'deferred';
  /** Milliseconds to wait for another process's write lock (default 10 000). */
  readonly busyTimeoutMs?: number;
  /**
   * Create the database (and its folder) when it does not exist (default true). With false a
   * missing file is the StoreError 'no-database' and nothing is created (read-only commands).
   */
  readonly create?: boolean;
}

function damaged(path: string, detail: string): StoreError {
  return new StoreError('damaged', { path, detail, backups: backupDirFor(path), newest: newestBackup(path) ?? 'FILE' });
}

/** The full integrity_check on this connection: null when SQLite says 'ok', else its first problems. */
export function integrityProblem(db: Database.Database): string | null {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return integrityProblemOf(rows.slice(0, 3).map((r) => r.integrity_check));
}

function binding(nativeBinding?: string): Database.Options {
  return nativeBinding ? { nativeBinding } : {};
}

/** Opens without pragmas or migrations: for validating files (backups, restores). Throws StoreError. */
export function openForCheck(path: string, nativeBinding?: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...binding(nativeBinding) });
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

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Flushes a file's data to disk (a new database before it is linked into place). */
function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function setPragmas(db: Database.Database, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * Builds a new, fully migrated log in `<path>.<pid>-<random>.new` and links it to `path` without
 * replacing a file that another process created meanwhile. The temporary name is removed in every case.
 */
function createAtomically(path: string, target: number, o: OpenOptions): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${uniqueSuffix()}.new`;
  try {
    const db = new Database(temp, binding(o.nativeBinding));
    try {
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
      migrate(db, target);
      db.pragma('journal_mode = WAL'); // recorded in the header; no -wal exists until the first write
    } finally {
      db.close();
    }
    fsyncFile(temp);
    try {
      linkSync(temp, path);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EEXIST') return; // another process made it first: use theirs
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
      try {
        copyFileSync(temp, path, constants.COPYFILE_EXCL); // a file system without hard links
      } catch (c) {
        if ((c as { code?: string }).code !== 'EEXIST') {
          throw c;
        }
      }
    }
  } finally {
    removeSqliteFile(temp);
  }
}

async function openOnce(path: string, o: OpenOptions): Promise<Database.Database> {
  const now = o.now ?? Date.now;
  const busyTimeoutMs = o.busyTimeoutMs ?? 10_000;
  const target = o.targetVersion ?? LATEST_VERSION;
  let created = false;
  if (!existsSync(path)) {
    if (o.create === false) throw new StoreError('no-database', { path });
    createAtomically(path, target, o);
    created = true;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, ...binding(o.nativeBinding) });
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    const deferred = o.integrityCheck === 'deferred';
    const checkNow = deferred ? false : o.integrityCheck !== 'daily' || dailyBackupDue(path, now());
    if (!created && checkNow) {
      const problem = integrityProblem(db);
      if (problem) throw damaged(path, problem);
    }
    const found = requireFyrabend(db, path, o.nativeBinding);
    if (deferred && !created && found < target) {
      // A migration rewrites the file: never on one that was not checked.
      const problem = integrityProblem(db);
      if (problem) throw damaged(path, problem);
    }
    setPragmas(db, busyTimeoutMs);
    if (found < target) {
      if (o.backups !== false) await preMigrationBackup(db, path, found, now());
      migrate(db, target);
    }
    if (o.backups !== false && !created && !deferred) await dailyBackup(db, path, now());
    return db;
  } catch (e) {
    db?.close();
    throw e;
  }
}

/** Where the deferred check ran: in a worker (issue 21), or on the main thread and why. */
export type VerifyReport = { readonly where: 'worker' } | { readonly where: 'main thread'; readonly reason: string };

/**
 * The check an 'deferred' open left for later: the full integrity_check (a damaged file throws the
 * StoreError 'damaged' naming the newest backup, as at open), then the daily backup, so a damaged
 * file is never backed up unnoticed. The check runs in a worker thread on its own read-only
 * connection (integrity-worker.ts), so the app's calls do not wait for it; where the worker cannot
 * check, it runs here on the main thread as before, and the report says why.
 */
export async function verifyAfterOpen(db: Database.Database, path: string, now: number, backups = true, nativeBinding?: string): Promise<VerifyReport> {
  const inWorker = await integrityCheckInWorker(path, nativeBinding ? { nativeBinding } : {});
  let problem: string | null;
  let report: VerifyReport;
  if (inWorker.ran) {
    problem = inWorker.problem;
    report = { where: 'worker' };
  } else {
    report = { where: 'main thread', reason: inWorker.reason };
    try {
      problem = integrityProblem(db);
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
  }
  if (problem) throw damaged(path, problem);
  if (backups) await dailyBackup(db, path, now);
  return report;
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Database.Database> {
  const deadline = Date.now() + (options.busyTimeoutMs ?? 10_000);
  for (let attempt = 0; ; attempt++) {
    try {
      return await openOnce(path, options);
    } catch (e) {
      if (isBusy(e) && Date.now() < deadline) {
        await sleep(Math.min(200, 10 * 2 ** attempt) * (0.5 + Math.random()));
        continue;
      }
      const mapped = asStoreError(e, path);
      if (mapped instanceof StoreError && mapped.code === 'damaged' && !mapped.params.newest) throw damaged(path, e instanceof Error ? e.message : String(e));
      throw mapped;
    }
  }
}
