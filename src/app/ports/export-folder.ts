/**
 * The folder the window's exports go to (union summaries and reports, payroll timesheets). The window
 * never names a path: it gives a base name, the adapter (src/store/files/export-folder.ts) picks a free
 * name in the folder (never overwriting an earlier export), writes atomically and returns the full path.
 */
export interface ExportFolder {
  /** Writes `data` (text as UTF-8, or bytes such as an xlsx) as `name` (or `name (2)`, … when taken); resolves to the full path written. */
  write(name: string, data: string | Uint8Array): Promise<string>;
}
