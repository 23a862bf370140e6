/**
 * The export folder for binary files (payroll timesheets: xlsx as well as text). The window never
 * names a path: it gives a base name, the adapter (src/store/files/export-files.ts) picks a free
 * name in the folder (never overwriting an earlier export), writes atomically and returns the path.
 */
export interface ExportFiles {
  /** Writes `data` as `name` (or `name (2)`, … when taken); resolves to the full path written. */
  write(name: string, data: Uint8Array): Promise<string>;
}
