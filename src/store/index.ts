/**
 * The store: the only module that touches better-sqlite3. `openStore` opens (checks, migrates,
 * backs up) one database file and hands out the repositories that implement the app ports.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupDirFor, listBackups, manualBackup } from './backup';
import { StoreError as StoreErrorClass, asBackupTargetError, asStoreError, type StoreErrorCode } from './errors';
import { lockFileFor, takeSharedLock } from './lock';
import { tidyRestoreLeftovers } from './restore';
import { SqliteLockedPeriodRepo } from './locked-period-repo';
import { openDatabase, verifyAfterOpen, type OpenOptions, type VerifyReport } from './open';
import { SqliteSessionRepo } from './session-repo';
import { SqliteAbsenceRepo } from './absence-repo';
import { SqliteSubmissionRepo } from './submission-repo';
import { SqliteAgreementRepo, SqliteAuditLog, SqliteSettingsRepo, SqliteTrackerStateRepo } from './small-repos';
import { SqliteDeliveredLog, SqliteOvertimeReasonRepo, SqliteWarningState } from './warning-repos';

export { StoreError, asBackupTargetError, type StoreErrorCode } from './errors';
export { describeStoreError } from './messages';
export { openDatabase, openForCheck, type OpenOptions, type VerifyReport } from './open';
export { restoreBackup, type RestoreOutcome, type RestoreOptions } from './restore';
export { takeSharedLock, takeExclusiveLock, lockFileFor, type DbLock } from './lock';
export { FYRABEND_APPLICATION_ID } from './application-id';
export { backupDirFor, listBackups, DAILY_BACKUPS_KEPT } from './backup';
export { LATEST_VERSION } from './migrations/index';

export interface Store {
  readonly path: string;
  readonly db: Database.Database;
  readonly sessions: SqliteSessionRepo;
  readonly locks: SqliteLockedPeriodRepo;
  readonly settings: SqliteSettingsRepo;
  /** Issue 16: what was sent to payroll, per month, with its snapshot. */
  readonly submissions: SqliteSubmissionRepo;
  readonly agreements: SqliteAgreementRepo;
  readonly audit: SqliteAuditLog;
  readonly trackerState: SqliteTrackerStateRepo;
  /** Issue 15: absences (holiday, sick leave, …), audited. */
  readonly absences: SqliteAbsenceRepo;
  /** Issue 4: overtime reasons kept with their session, and the delivered-warnings log. */
  readonly overtimeReasons: SqliteOvertimeReasonRepo;
  readonly deliveredWarnings: SqliteDeliveredLog;
  /** Issue 4: pending warnings and a running snooze, kept across restarts. */
  readonly warningState: SqliteWarningState;
  /** A backup now (online backup API), to `out` or the backups folder; returns the file. */
  backup(out?: string): Promise<string>;
  backups(): string[];
  /**
   * After an open with integrityCheck 'deferred': the full integrity check (in a worker thread where
   * it can run there), then the daily backup (throws StoreError 'damaged'); says where it ran.
   */
  verify(): Promise<VerifyReport>;
  /** SQLite's data_version: changes whenever another connection (the CLI, say) has committed to the file. */
  externalVersion(): number;
  close(): void;
}

const REFUSALS: ReadonlySet<StoreErrorCode> = new Set(['empty-file', 'not-fyrabend', 'wrong-schema', 'newer-version', 'damaged']);

export interface StoreOptions extends OpenOptions {
  /**
   * Hold the shared advisory lock (lock.ts) while the store is open (default true): `restore` then
   * refuses to replace the file under this program. The tray app and every CLI command take it.
   */
  readonly lock?: boolean;
}

/** Takes the shared lock (unless told not to), tidies a killed restore's files, and opens the database. */
export async function openStore(path: string, options: StoreOptions = {}): Promise<Store> {
  const create = options.create !== false;
  if (create) mkdirSync(dirname(path), { recursive: true });
  const lockExisted = existsSync(lockFileFor(path));
  const lock = options.lock === false ? null : takeSharedLock(path, { create, waitMs: options.busyTimeoutMs ?? 10_000, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  let db: Database.Database;
  try {
    if (lock) tidyRestoreLeftovers(path);
    db = await openDatabase(path, options);
  } catch (e) {
    lock?.release();
    const mapped = asStoreError(e, path);
    // a refused file (empty, foreign, newer, damaged) gets no companion lock file from us
    if (!lockExisted && mapped instanceof StoreErrorClass && REFUSALS.has(mapped.code)) rmSync(lockFileFor(path), { force: true });
    throw mapped;
  }
  const now = options.now ?? Date.now;
  return {
    path,
    db,
    sessions: new SqliteSessionRepo(db, path),
    locks: new SqliteLockedPeriodRepo(db, path),
    settings: new SqliteSettingsRepo(db, path),
    submissions: new SqliteSubmissionRepo(db, path),
    agreements: new SqliteAgreementRepo(db, path),
    audit: new SqliteAuditLog(db),
    trackerState: new SqliteTrackerStateRepo(db, path),
    absences: new SqliteAbsenceRepo(db, path),
    overtimeReasons: new SqliteOvertimeReasonRepo(db, path),
    deliveredWarnings: new SqliteDeliveredLog(db, path),
    warningState: new SqliteWarningState(db, path),
    backup: async (out) => {
      try {
        return await manualBackup(db, path, now(), out);
      } catch (e) {
        throw out === undefined ? asStoreError(e, backupDirFor(path)) : asBackupTargetError(e, out, path, backupDirFor(path));
      }
    },
    backups: () => listBackups(path),
    verify: () => verifyAfterOpen(db, path, now(), options.backups !== false, options.nativeBinding),
    externalVersion: () => Number(db.pragma('data_version', { simple: true })),
    close: () => {
      try {
        db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
