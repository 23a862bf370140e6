/**
 * Use case: move the data to folder X. Checks X (absolute, a folder or creatable, writable, not the
 * current folder, no fyrabend.db in it), copies the live database with the online backup API,
 * opens the copy and verifies it (integrity, same schema version, same number of sessions), copies
 * the backups into X/backups, writes location.json, then asks the shell to restart.
 *
 * Nothing of the user's is deleted: the old database and its backups stay where they were. Only a
 * copy this call made is removed again when it cannot be used (so a retry is not blocked by it).
 * If anything is written to the database while it is copied, the copy is made again (up to
 * COPY_ATTEMPTS times), so no change made before the switch is left behind in the old file.
 */
import { err, ok, type Result } from '../../shared/result';
import type { DataFolderMoved } from '../../shared/ipc/data-folder-contract';
import type { FolderFs, LiveDatabase, PointerFile } from '../ports/data-folder';
import { DB_FILE_NAME } from './pointer';
import type { LocationSource } from './resolve';
import type { LocationTextKey } from './texts';

export interface MoveDeps {
  readonly fs: FolderFs;
  readonly db: LiveDatabase;
  readonly pointer: PointerFile;
  /** How the running app found its database; a move is refused when FYRABEND_DB or --db decides. */
  readonly source: LocationSource;
  /** Closes what must be closed and restarts the app on the new folder (recorded by the e2e harness). */
  readonly relaunch: () => void;
}

export interface MoveRefusal {
  readonly code: LocationTextKey;
  readonly params: Readonly<Record<string, string>>;
}

/** Copies made before giving up with 'busy' when the database is written during every one. */
const COPY_ATTEMPTS = 3;

const refuse = (code: LocationTextKey, params: Record<string, string> = {}): Result<never, MoveRefusal> => err({ code, params });
const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/** Checks the target; creates it when missing. Returns the canonical folder. */
function prepare(d: MoveDeps, requested: string): Result<string, MoveRefusal> {
  const typed = requested.trim();
  if (typed === '') return refuse('empty');
  if (d.source === 'env' || d.source === 'cli') return refuse('env-override', { file: d.db.file });
  const folder = d.fs.canonical(typed);
  if (folder === null) return refuse('not-absolute', { folder: typed });
  if (folder === d.fs.canonical(d.db.folder)) return refuse('same-folder', { folder });
  const kind = d.fs.kind(folder);
  if (kind === 'file') return refuse('not-a-folder', { folder });
  if (kind === 'missing') {
    try {
      d.fs.makeFolder(folder);
    } catch (e) {
      return refuse('cannot-create', { folder, detail: reason(e) });
    }
  }
  if (d.fs.exists(d.fs.join(folder, DB_FILE_NAME))) return refuse('has-database', { folder });
  if (!d.fs.canWrite(folder)) return refuse('not-writable', { folder });
  return ok(folder);
}

export async function moveDataFolder(d: MoveDeps, requested: string): Promise<Result<DataFolderMoved, MoveRefusal>> {
  const prepared = prepare(d, requested);
  if (!prepared.ok) return prepared;
  const folder = prepared.value;
  const target = d.fs.join(folder, DB_FILE_NAME);
  const current = d.db.folder;
  for (let attempt = 1; attempt <= COPY_ATTEMPTS; attempt++) {
    const mark = d.db.writeMark();
    try {
      await d.db.copyTo(target);
    } catch (e) {
      d.fs.removeCopy(target);
      return refuse('copy-failed', { folder, current, detail: reason(e) });
    }
    // From here to the pointer nothing awaits a timer or I/O callback: no write can slip in between.
    if (d.db.writeMark() !== mark) {
      d.fs.removeCopy(target);
      continue;
    }
    const live = d.db.facts();
    const copy = d.db.inspect(target);
    const mismatch: Record<string, string> | null = !copy.ok
      ? { detail: copy.error }
      : copy.value.version !== live.version
        ? { what: 'version', got: String(copy.value.version), expected: String(live.version) }
        : copy.value.sessions !== live.sessions
          ? { what: 'sessions', got: String(copy.value.sessions), expected: String(live.sessions) }
          : null;
    if (mismatch !== null) {
      d.fs.removeCopy(target);
      return refuse('verify-failed', { folder, current, ...mismatch });
    }
    const backups = d.db.copyBackups(target);
    try {
      await d.pointer.write(folder);
    } catch (e) {
      d.fs.removeCopy(target);
      return refuse('pointer-failed', { file: d.pointer.file, current, detail: reason(e) });
    }
    d.relaunch();
    return ok({
      folder,
      database: target,
      previousDatabase: d.db.file,
      previousFolder: current,
      backupsCopied: backups.copied,
      backupsFailed: backups.failed,
      pointerFile: d.pointer.file,
    });
  }
  return refuse('busy');
}
