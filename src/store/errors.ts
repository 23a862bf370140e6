/**
 * What can go wrong with the database file, as stable codes the user is told about in their own
 * language (see messages.ts). Every one of them leaves the data on disk as it was.
 */
export type StoreErrorCode =
  | 'newer-version'
  | 'damaged'
  | 'read-only'
  | 'disk-full'
  | 'cannot-open'
  | 'backup-missing'
  | 'backup-invalid'
  | 'backup-unwritable'
  | 'empty-file'
  | 'not-fyrabend'
  | 'wrong-schema'
  | 'in-use'
  | 'restore-running'
  | 'restore-self'
  | 'restore-failed'
  | 'no-database'
  | 'busy';

export type StoreErrorParams = Readonly<Record<string, string | number>>;

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly params: StoreErrorParams,
    detail?: string,
  ) {
    super(`${code}: ${detail ?? JSON.stringify(params)}`);
    this.name = 'StoreError';
  }
}

/** A short detail for a message: a StoreError's own detail (else its code), or any other error's message. */
export function errorDetail(e: unknown): string {
  if (e instanceof StoreError) return String(e.params.detail ?? e.code);
  return e instanceof Error ? e.message : String(e);
}

function codeOf(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') return (e as { code: string }).code;
  return '';
}

/**
 * Maps a SQLite or file-system error to a StoreError (or returns it unchanged when it is not about
 * the file). `path` is the database file the user knows about.
 */
export function asStoreError(e: unknown, path: string): unknown {
  if (e instanceof StoreError) return e;
  const code = codeOf(e);
  const detail = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE' && /full/i.test(detail)) return new StoreError('disk-full', { path }, detail);
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM'))
    return new StoreError('read-only', { path }, detail);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return new StoreError('damaged', { path, backups: '' }, detail);
  if (code.startsWith('SQLITE_BUSY')) return new StoreError('busy', { path }, detail);
  if (code.startsWith('SQLITE_IOERR')) return new StoreError('cannot-open', { path, detail }, detail);
  return e;
}

/** Errors of the target itself: a folder that cannot be made or written, a path through a file, a special file system. */
const TARGET_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EINVAL', 'ENXIO', 'ENODEV']);

/**
 * Maps a failure to write a backup to the file the user named with `--out` (issue 18): a target that
 * cannot be written is the StoreError 'backup-unwritable' naming that file, not the database; a full disk
 * and every other error are mapped as for the database (asStoreError).
 */
export function asBackupTargetError(e: unknown, file: string, dbPath: string, backups: string): unknown {
  if (e instanceof StoreError) return e;
  const mapped = asStoreError(e, dbPath);
  const code = codeOf(e);
  if ((mapped instanceof StoreError && (mapped.code === 'read-only' || mapped.code === 'cannot-open')) || TARGET_CODES.has(code)) {
    return new StoreError('backup-unwritable', { file, backups }, e instanceof Error ? e.message : String(e));
  }
  return mapped;
}
