/**
 * Every restore path (the CLI's `restore`, the window's Data and backup, the start-up failure
 * dialog) restores through this (issue 16 item 2, issue 18 item 1): `restoreBackup` swaps the
 * backup in, then the restored log is opened (which migrates it) and the payroll record of the
 * replaced log is carried into it with `carryPayrollRecord(outcome.previous, store.db)`, so a
 * month submitted before the restore is still known as submitted and every later difference
 * reaches payroll as a correction.
 *
 * The restore itself has happened when the carry runs. A replaced log that cannot be read (the
 * damaged file the start-up dialog restores away from) cannot give its record: that is reported as
 * `carryFailure`, never thrown, so the caller can say so while the restored log stays in use; the
 * replaced file is still kept as `<db>.before-restore-…`.
 */
import { StoreError, asStoreError } from './errors';
import { openStore, type Store } from './index';
import { carryPayrollRecord, type CarryOutcome } from './payroll-carry';
import { restoreBackup, type RestoreOptions, type RestoreOutcome } from './restore';

export interface CarriedRestore extends RestoreOutcome {
  /** What was carried from the replaced log, or null when there was none or it could not be read. */
  readonly carried: CarryOutcome | null;
  /** Why the replaced log's payroll record could not be carried, or null. */
  readonly carryFailure: StoreError | null;
}

export async function restoreKeepingPayroll(dbPath: string, file: string, now: number, options: RestoreOptions = {}): Promise<CarriedRestore> {
  const outcome = await restoreBackup(dbPath, file, now, options);
  if (outcome.previous === null) return { ...outcome, carried: null, carryFailure: null };
  let store: Store | undefined;
  try {
    store = await openStore(dbPath, { create: false, backups: false, now: () => now, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    return { ...outcome, carried: carryPayrollRecord(outcome.previous, store.db, options.nativeBinding), carryFailure: null };
  } catch (e) {
    const mapped = asStoreError(e, outcome.previous);
    return { ...outcome, carried: null, carryFailure: mapped instanceof StoreError ? mapped : new StoreError('restore-failed', { file, path: outcome.previous, detail: String(e) }) };
  } finally {
    store?.close();
  }
}
