/**
 * Restores the database from a backup. The backup is validated first (opens read-only, passes
 * integrity_check, has a schema this app knows); only then is the current file (with its -wal and
 * -shm companions) moved aside to `<db>.before-restore-<time>`, never deleted, and the backup copied in.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { backupDirFor } from './backup';
import { StoreError, asStoreError, errorDetail } from './errors';
import { LATEST_VERSION } from './migrations/index';
import { openForCheck } from './open';

export interface RestoreOutcome {
  /** Where the previous database was moved, or null if there was none. */
  readonly previous: string | null;
}

function validate(file: string, dbPath: string, nativeBinding?: string): void {
  if (!existsSync(file)) throw new StoreError('backup-missing', { file, backups: backupDirFor(dbPath) });
  let db;
  try {
    db = openForCheck(file, nativeBinding);
  } catch (e) {
    throw new StoreError('backup-invalid', { file, detail: errorDetail(asStoreError(e, file)) });
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const hasSessions = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sessions'").get() !== undefined;
    if (version < 1 || !hasSessions) throw new StoreError('backup-invalid', { file, detail: 'no Fyrabend session log in it' });
    if (version > LATEST_VERSION) throw new StoreError('backup-invalid', { file, detail: `schema version ${version} is newer than this app (${LATEST_VERSION})` });
  } finally {
    db.close();
  }
}

export function restoreBackup(dbPath: string, file: string, now: number, nativeBinding?: string): RestoreOutcome {
  validate(file, dbPath, nativeBinding);
  const stampText = new Date(now).toISOString().replace(/[:.]/g, '-');
  let previous: string | null = null;
  try {
    if (existsSync(dbPath)) {
      previous = `${dbPath}.before-restore-${stampText}`;
      for (const suffix of ['', '-wal', '-shm']) if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, previous + suffix);
    }
    const part = `${dbPath}.restore-part`;
    rmSync(part, { force: true });
    copyFileSync(file, part);
    renameSync(part, dbPath);
  } catch (e) {
    throw asStoreError(e, dbPath);
  }
  openForCheck(dbPath, nativeBinding).close();
  return { previous };
}
