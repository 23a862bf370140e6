/**
 * What moving the data folder needs from the world (src/app/data-location/move.ts): facts about the
 * target folder, the live database (copy with the online backup API, inspect the copy), and the
 * location.json pointer. Adapters: src/store/data-folder.ts and src/store/files/location-pointer.ts.
 */
import type { Result } from '../../shared/result';

/** The target folder as the file system sees it. */
export interface FolderFs {
  /** The path made canonical (`..` removed, symlinks of existing parts followed); null when not absolute. */
  canonical(path: string): string | null;
  join(folder: string, name: string): string;
  kind(path: string): 'missing' | 'folder' | 'file';
  /** Creates the folder with its parents; throws with the system's reason. */
  makeFolder(folder: string): void;
  /** True when a file can be created (and removed again) in the folder. */
  canWrite(folder: string): boolean;
  exists(file: string): boolean;
  /** Removes a database copy THIS move made (and its -wal, -shm, .part files); never anything else. */
  removeCopy(file: string): void;
}

export interface DatabaseFacts {
  readonly version: number;
  readonly sessions: number;
}

/** The database the app has open. */
export interface LiveDatabase {
  readonly file: string;
  readonly folder: string;
  facts(): DatabaseFacts;
  /** Changes whenever anything is written to the database, by this process or another. */
  writeMark(): string;
  /** A consistent copy to `file` (SQLite online backup API), written under a temporary name and renamed. */
  copyTo(file: string): Promise<void>;
  /** Opens a copy read-only: integrity check, schema version, sessions; a problem as a short detail. */
  inspect(file: string): Result<DatabaseFacts, string>;
  /** Copies the backup files into the backups folder beside `dbFile`, skipping names already there. */
  copyBackups(dbFile: string): { readonly copied: number; readonly failed: number };
}

/** location.json, beside the default database. */
export interface PointerFile {
  readonly file: string;
  /** Writes the pointer atomically (temp file, fsync, rename). */
  write(dataFolder: string): Promise<void>;
}
