/**
 * Which database file the tray app and the CLI open, in this order: `--db` (CLI only), then
 * `FYRABEND_DB`, then the folder named in location.json, then the OS default. Pure: the file system
 * is asked through the callbacks, and only when needed (no pointer is read when `--db` or
 * `FYRABEND_DB` decides).
 *
 * A pointer that cannot be used is a PROBLEM, never a silent fallback: opening the default (or the
 * named folder without a database) would start an empty log next to the real one. The caller stops
 * with `describeLocationProblem` (which file, what is wrong, how to fix it) and changes nothing.
 */
import type { Lang } from '../../core/model';
import { ioReason, problemText, type FormatProblem } from '../../shared/formats/problems';
import { translate } from '../../shared/i18n/catalog';
import { DB_FILE_NAME } from './pointer';
import { LOCATION_TEXTS } from './texts';

/** Why location.json cannot be used: a problem in its text, or the system's error code when reading it failed. */
export type PointerFault = { readonly problem: FormatProblem } | { readonly readError: string };

/** What location.json says: absent, unusable (and why), or a folder. */
export type PointerRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly fault: PointerFault }
  | { readonly kind: 'folder'; readonly dataFolder: string };

export type LocationSource = 'cli' | 'env' | 'pointer' | 'default';

export interface LocationInput {
  /** `--db` of the CLI, already made absolute; undefined in the tray app. */
  readonly cliDb?: string | undefined;
  /** `FYRABEND_DB`, already made absolute; an empty value counts as unset. */
  readonly envDb?: string | undefined;
  /** The OS default database file (src/cli/db.ts `defaultDbPath`). */
  readonly defaultDb: string;
  /** Where location.json is (beside the default database). */
  readonly pointerFile: string;
  readonly readPointer: () => PointerRead;
  readonly folderExists: (folder: string) => boolean;
  readonly fileExists: (file: string) => boolean;
  /** Joins a folder and a file name with the platform's separator. */
  readonly join: (folder: string, name: string) => string;
}

export type LocationProblem =
  | { readonly code: 'pointer-unreadable'; readonly pointerFile: string; readonly fault: PointerFault; readonly defaultDb: string }
  | { readonly code: 'folder-missing'; readonly pointerFile: string; readonly folder: string; readonly defaultDb: string }
  | { readonly code: 'database-missing'; readonly pointerFile: string; readonly folder: string; readonly defaultDb: string };

export type DataLocation =
  | { readonly ok: true; readonly dbPath: string; readonly source: LocationSource; readonly pointerFile: string }
  | { readonly ok: false; readonly problem: LocationProblem };

export function resolveDataLocation(input: LocationInput): DataLocation {
  const { pointerFile, defaultDb } = input;
  if (input.cliDb) return { ok: true, dbPath: input.cliDb, source: 'cli', pointerFile };
  if (input.envDb) return { ok: true, dbPath: input.envDb, source: 'env', pointerFile };
  const pointer = input.readPointer();
  if (pointer.kind === 'none') return { ok: true, dbPath: defaultDb, source: 'default', pointerFile };
  if (pointer.kind === 'unreadable') return { ok: false, problem: { code: 'pointer-unreadable', pointerFile, fault: pointer.fault, defaultDb } };
  const folder = pointer.dataFolder;
  if (!input.folderExists(folder)) return { ok: false, problem: { code: 'folder-missing', pointerFile, folder, defaultDb } };
  const dbPath = input.join(folder, DB_FILE_NAME);
  if (!input.fileExists(dbPath)) return { ok: false, problem: { code: 'database-missing', pointerFile, folder, defaultDb } };
  return { ok: true, dbPath, source: 'pointer', pointerFile };
}

/** The fault in the user's language, with the exchange-file readers' texts (`$.dataFolder is missing; …`). */
function faultText(fault: PointerFault, lang: Lang): string {
  return 'problem' in fault ? `${fault.problem.path} ${problemText(fault.problem, lang)}` : ioReason({ code: fault.readError }, lang);
}

/** One message: what is wrong with which file, that nothing was changed, and the ways to fix it. */
export function describeLocationProblem(problem: LocationProblem, lang: Lang): string {
  if (problem.code === 'pointer-unreadable') {
    const { code, fault, ...params } = problem;
    return translate(LOCATION_TEXTS, lang, code, { ...params, detail: faultText(fault, lang) });
  }
  const { code, ...params } = problem;
  return translate(LOCATION_TEXTS, lang, code, params);
}
