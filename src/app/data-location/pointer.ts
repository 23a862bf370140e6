/**
 * The data-folder pointer `location.json`: a small JSON file in the default app-data folder that names
 * the folder holding `fyrabend.db` after the user moved it (it cannot live inside the database it
 * locates). Pure: parsing, writing and the absolute-path test; the file IO is in
 * src/store/files/location-pointer.ts.
 *
 * @example
 * { "format": "fyrabend.location/1", "dataFolder": "/home/kari/Sync/Fyrabend" }
 */
import { err, ok, type Result } from '../../shared/result';

export const LOCATION_FORMAT = 'fyrabend.location/1';
export const LOCATION_FILE_NAME = 'location.json';
/** The database's file name in every data folder. */
export const DB_FILE_NAME = 'fyrabend.db';

/** An absolute path on POSIX (`/…`) or Windows (`C:\…`, `C:/…`, `\\server\share`). */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** Reads the pointer's text; the error is a short English detail for the message (what is wrong in the file). */
export function parsePointer(text: string): Result<{ readonly dataFolder: string }, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err('not valid JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return err('not a JSON object');
  const { format, dataFolder } = json as { format?: unknown; dataFolder?: unknown };
  if (format !== LOCATION_FORMAT) return err(`"format" is not "${LOCATION_FORMAT}"`);
  if (typeof dataFolder !== 'string' || dataFolder.trim() === '') return err('"dataFolder" is missing');
  if (!isAbsolutePath(dataFolder)) return err('"dataFolder" is not an absolute path');
  return ok({ dataFolder });
}

/** The pointer's text for a folder (pretty, with a final newline, so a person can read and fix it). */
export function pointerText(dataFolder: string, movedAt: number): string {
  return `${JSON.stringify({ format: LOCATION_FORMAT, dataFolder, movedAt: new Date(movedAt).toISOString() }, null, 2)}\n`;
}
