/**
 * The OS dialogs the window's payroll export uses (issue 16): a save dialog (the main process shows
 * it; the window never names a path) and "Show in folder" for a file just written. Implemented by
 * the desktop platform (Electron's dialog.showSaveDialog and shell.showItemInFolder).
 */
export interface SaveDialogOptions {
  /** Full path suggested: the last folder used (or the export folder) plus the file name. */
  readonly defaultPath: string;
  /** One filter for the format written, e.g. { name: 'Excel', extensions: ['xlsx'] }. */
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
}

export interface ExportDialogs {
  /** Shows the save dialog; resolves to the chosen full path, or null when the user cancels. */
  chooseSavePath(options: SaveDialogOptions): Promise<string | null>;
  /** Opens the OS file manager with the file selected. */
  showInFolder(path: string): Promise<void> | void;
}
