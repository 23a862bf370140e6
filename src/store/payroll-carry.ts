/**
 * Restore as correction (issue 16): a restored backup may be older than the last submission to
 * payroll. What payroll has must not be forgotten with it, so after a restore the payroll record of
 * the log that was replaced (its submissions with their snapshots, and its locked months) is carried
 * into the restored log. The next export then compares the restored log with what was submitted,
 * and every difference is a correction. Rows already in the restored log are not copied twice.
 *
 * Hook for the restore (src/store/restore.ts, src/cli/commands/restore.ts, the window's restore):
 * after `restoreBackup` returns `{ previous }`, open the restored store (which migrates it) and call
 * `carryPayrollRecord(previous, store.db)`.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { asStoreError } from './errors';

export interface CarryOutcome {
  readonly submissions: number;
  readonly locks: number;
}

const hasTable = (db: Database.Database, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;

interface SubmissionRow {
  month: string;
  at_ms: number;
  kind: string;
  format: string;
  snapshot_json: string;
}
interface LockRow {
  from_ms: number;
  to_ms: number;
  locked_ms: number;
  label: string;
}

/** Copies the payroll record of `previousPath` (the replaced log) into the open, migrated `db`. */
export function carryPayrollRecord(previousPath: string | null, db: Database.Database, nativeBinding?: string): CarryOutcome {
  if (previousPath === null || !existsSync(previousPath)) return { submissions: 0, locks: 0 };
  let old: Database.Database | undefined;
  try {
    old = new Database(previousPath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const subs = hasTable(old, 'payroll_submissions') ? (old.prepare('SELECT month, at_ms, kind, format, snapshot_json FROM payroll_submissions ORDER BY at_ms, id').all() as SubmissionRow[]) : [];
    const locks = hasTable(old, 'locked_periods') ? (old.prepare('SELECT from_ms, to_ms, locked_ms, label FROM locked_periods ORDER BY id').all() as LockRow[]) : [];
    const target = db;
    return target.transaction(() => {
      let s = 0;
      let l = 0;
      const sameSub = target.prepare('SELECT 1 FROM payroll_submissions WHERE month = ? AND at_ms = ? AND kind = ? AND format = ?');
      const addSub = target.prepare('INSERT INTO payroll_submissions (month, at_ms, kind, format, snapshot_json) VALUES (?, ?, ?, ?, ?)');
      for (const r of subs) {
        if (sameSub.get(r.month, r.at_ms, r.kind, r.format)) continue;
        addSub.run(r.month, r.at_ms, r.kind, r.format, r.snapshot_json);
        s++;
      }
      const sameLock = target.prepare('SELECT 1 FROM locked_periods WHERE label = ? AND locked_ms = ? AND from_ms = ? AND to_ms = ?');
      const addLock = target.prepare('INSERT INTO locked_periods (from_ms, to_ms, locked_ms, label) VALUES (?, ?, ?, ?)');
      for (const r of locks) {
        if (sameLock.get(r.label, r.locked_ms, r.from_ms, r.to_ms)) continue;
        addLock.run(r.from_ms, r.to_ms, r.locked_ms, r.label);
        l++;
      }
      return { submissions: s, locks: l };
    }).immediate();
  } catch (e) {
    throw asStoreError(e, previousPath);
  } finally {
    old?.close();
  }
}
