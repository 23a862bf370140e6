/**
 * The data-folder pointer `location.json`: a small JSON file in the default app-data folder that names
 * the folder holding `fyrabend.db` after the user moved it (it cannot live inside the database it
 * locates). Pure: parsing (with the exchange-format readers' problems: JSON path, line and column,
 * told in the user's language), writing and the absolute-path test; the file IO is in
 * src/store/files/location-pointer.ts.
 *
 * @example
 * { "format": "fyrabend.location/1", "dataFolder": "/home/kari/Sync/Fyrabend" }
 */
import * as z from 'zod';
import { parseJsonText, problemKey, problemsOf, type FormatProblem } from '../../shared/formats/problems';
import { err, ok, type Result } from '../../shared/result';

export const LOCATION_FORMAT = 'fyrabend.location/1';
export const LOCATION_FILE_NAME = 'location.json';
/** The database's file name in every data folder. */
export const DB_FILE_NAME = 'fyrabend.db';

/** An absolute path on POSIX (`/…`) or Windows (`C:\…`, `C:/…`, `\\server\share`). */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

const pointerSchema = z.object({
  format: z.literal(LOCATION_FORMAT),
  dataFolder: z.string().refine(isAbsolutePath, problemKey('absolutePath')),
});

/** Reads the pointer's text; the error is the first problem, with its JSON path (render it with `problemText`). */
export function parsePointer(text: string): Result<{ readonly dataFolder: string }, FormatProblem> {
  const json = parseJsonText(text);
  if (!json.ok) return err(json.problem);
  const r = pointerSchema.safeParse(json.value, { reportInput: true });
  if (!r.success) return err(problemsOf(r.error)[0]!);
  return ok({ dataFolder: r.data.dataFolder });
}

/** The pointer's text for a folder (pretty, with a final newline, so a person can read and fix it). */
export function pointerText(dataFolder: string, movedAt: number): string {
  return `${JSON.stringify({ format: LOCATION_FORMAT, dataFolder, movedAt: new Date(movedAt).toISOString() }, null, 2)}\n`;
}
