/**
 * The folder the window's exports go to. The window never names a path: it gives a file name, the
 * adapter (src/store/files/export-folder.ts) picks a free name in the folder (never overwriting),
 * writes atomically and returns the full path it wrote.
 */
export interface ExportFolder {
  /** Writes `text` as `name` (or `name (2)`, … when taken); resolves to the full path written. */
  write(name: string, text: string): Promise<string>;
}
