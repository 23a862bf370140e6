/**
 * Where the better-sqlite3 binary for Electron's ABI lives: built into `.native/electron-<version>/`
 * by electron/build/ensure-native.mjs (npm start), shipped in `resources/native/` when packaged.
 * Node (tests, CLI) keeps loading the default build from node_modules.
 */
export const NATIVE_FILE = 'better_sqlite3.node';

export function nativeBindingPath(o: { electronVersion: string; isPackaged: boolean; appRoot: string; resourcesPath: string }): string {
  if (o.isPackaged) return `${o.resourcesPath}/native/${NATIVE_FILE}`;
  return `${o.appRoot}/.native/electron-${o.electronVersion}/${NATIVE_FILE}`;
}
