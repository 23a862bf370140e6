/**
 * The store: the only module that touches better-sqlite3. `openStore` opens (checks, migrates,
 * backs up) one database file and hands out the repositories that implement the app ports.
 */
import type Database from 'better-sqlite3';
import { listBackups, manualBackup } from './backup';
import { SqliteLockedPeriodRepo } from './locked-period-repo';
import { openDatabase, type OpenOptions } from './open';
import { SqliteSessionRepo } from './session-repo';
import { SqliteSubmissionRepo } from './submission-repo';
import { SqliteAgreementRepo, SqliteAuditLog, SqliteSettingsRepo, SqliteTrackerStateRepo } from './small-repos';
import { SqliteDeliveredLog, SqliteOvertimeReasonRepo, SqliteWarningState } from './warning-repos';

export { StoreError, type StoreErrorCode } from './errors';
import { SqliteAbsenceRepo } from './absence-repo';
export { describeStoreError } from './messages';
export { openDatabase, openForCheck, type OpenOptions } from './open';
export { restoreBackup } from './restore';
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
  /** Issue 4: overtime reasons kept with their session, and the delivered-warnings log. */
  readonly overtimeReasons: SqliteOvertimeReasonRepo;
  readonly deliveredWarnings: SqliteDeliveredLog;
  /** Issue 4: pending warnings and a running snooze, kept across restarts. */
  readonly warningState: SqliteWarningState;
  /** A backup now (online backup API), to `out` or the backups folder; returns the file. */
  backup(out?: string): Promise<string>;
  /** Issue 15: absences (holiday, sick leave, …), audited. */
  readonly absences: SqliteAbsenceRepo;
  backups(): string[];
  close(): void;
}

export async function openStore(path: string, options: OpenOptions = {}): Promise<Store> {
  const db = await openDatabase(path, options);
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
    overtimeReasons: new SqliteOvertimeReasonRepo(db, path),
    deliveredWarnings: new SqliteDeliveredLog(db, path),
    warningState: new SqliteWarningState(db, path),
    backup: (out) => manualBackup(db, path, now(), out),
    backups: () => listBackups(path),
    close: () => db.close(),
  };
}
    absences: new SqliteAbsenceRepo(db, path),
