/**
 * location.json on disk: read it (a missing file means "use the default"; anything unusable is
 * reported with why, never ignored), write it atomically, and resolve the database file
 * for the tray app and the CLI (order and rules in src/app/data-location/resolve.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCATION_FILE_NAME, parsePointer, pointerText, resolveDataLocation, type DataLocation, type PointerRead } from '../../app/data-location/index';
import type { PointerFile } from '../../app/ports/data-folder';
import { AtomicFileSink } from './atomic-file-sink';

/** location.json lives beside the default database, in the OS app-data folder. */
export function pointerFileFor(defaultDb: string): string {
  return join(dirname(defaultDb), LOCATION_FILE_NAME);
}

export function readPointerFile(file: string): PointerRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = String((e as { code?: unknown } | null)?.code ?? '');
    return code === 'ENOENT' ? { kind: 'none' } : { kind: 'unreadable', fault: { readError: code } };
  }
  const parsed = parsePointer(text);
  return parsed.ok ? { kind: 'folder', dataFolder: parsed.value.dataFolder } : { kind: 'unreadable', fault: { problem: parsed.error } };
}

export function filePointer(file: string, now: () => number = Date.now, sink = new AtomicFileSink()): PointerFile {
  return {
    file,
    write: (dataFolder) => sink.writeAtomic(file, new TextEncoder().encode(pointerText(dataFolder, now()))),
  };
}

const isFolder = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** The database to open: `cliDb` > `envDb` > location.json > `defaultDb` (paths already absolute). */
export function resolveDbPath(o: { cliDb?: string | undefined; envDb?: string | undefined; defaultDb: string }): DataLocation {
  const pointerFile = pointerFileFor(o.defaultDb);
  return resolveDataLocation({
    cliDb: o.cliDb,
    envDb: o.envDb,
    defaultDb: o.defaultDb,
    pointerFile,
    readPointer: () => readPointerFile(pointerFile),
    folderExists: isFolder,
    fileExists: existsSync,
    join,
  });
}
