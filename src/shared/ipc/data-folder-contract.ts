/**
 * The IPC methods that change where the data lives (issue 6), spread into CONTRACT in contract.ts.
 *
 * - `pickFolder`: the OS folder picker (Electron `dialog.showOpenDialog`, openDirectory and
 *   createDirectory); resolves to the chosen absolute path, or null when the user cancelled.
 * - `dataFolderMove`: copies the database into `folder` (online backup API), verifies the copy,
 *   writes location.json, and asks the shell to restart. The old file is left where it was.
 */
import * as z from 'zod';
import { issueKey } from '../i18n/ipc-issues';

/** A folder the user typed or picked; checked (absolute, writable, no database in it) by the main process. */
export const DataFolderSchema = z.string().trim().max(1024, issueKey('folder.max'));

export interface DataFolderMoved {
  /** The new data folder and database file. */
  readonly folder: string;
  readonly database: string;
  /** The old database file: kept unchanged; the user deletes it when they want to. */
  readonly previousDatabase: string;
  readonly previousFolder: string;
  /** Backups copied into the new folder's backups/ (the originals stay in the old folder). */
  readonly backupsCopied: number;
  readonly backupsFailed: number;
  /** location.json, which now names the new folder. */
  readonly pointerFile: string;
}

const out = <T>(): { readonly __output?: T } => ({});
const spec = <S extends z.ZodType, T>(input: S, output: { readonly __output?: T }) => ({ input, output });

export const DATA_FOLDER_CONTRACT = {
  pickFolder: spec(z.undefined(), out<string | null>()),
  dataFolderMove: spec(z.strictObject({ folder: DataFolderSchema }), out<DataFolderMoved>()),
} as const;
