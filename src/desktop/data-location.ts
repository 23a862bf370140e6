/**
 * The host's side of "where the data lives": which database to open at start (FYRABEND_DB >
 * location.json > default; an unusable pointer stops the app with a message instead of opening an
 * empty log elsewhere), the OS folder picker, and the move service with a relaunch that closes the
 * store at once (no write can land in the old file) and restarts a moment later, after the window
 * got its answer.
 */
import { dirname, resolve } from 'node:path';
import { createDataLocationService, describeLocationProblem, LOCATION_TEXTS, type DataLocation, type DataLocationService, type LocationSource } from '../app/data-location/index';
import type { Lang } from '../core/model';
import { translate } from '../shared/i18n/catalog';
import { diskFolderFs, liveDatabase } from '../store/data-folder';
import { filePointer, resolveDbPath } from '../store/files/location-pointer';
import type { Store } from '../store/index';
import type { FolderDialogOptions } from './platform';

/** The database the tray app opens, or the message to show when location.json cannot be used. */
export function startupLocation(env: Readonly<Record<string, string | undefined>>, defaultDb: string, lang: Lang): Extract<DataLocation, { ok: true }> | { ok: false; message: string } {
  const location = resolveDbPath({ envDb: env.FYRABEND_DB ? resolve(env.FYRABEND_DB) : undefined, defaultDb });
  return location.ok ? location : { ok: false, message: describeLocationProblem(location.problem, lang) };
}

export interface LocationWiring {
  readonly store: Store;
  readonly nativeBinding: string | undefined;
  readonly source: LocationSource;
  readonly pointerFile: string;
  /** The OS folder picker (on the window when it is open). */
  readonly showOpenDialog: (options: FolderDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Stops timers and closes the store (called before the delayed restart). */
  readonly shutdown: () => void;
  readonly restart: () => void;
  readonly restartDelayMs?: number;
  readonly log: (message: string, detail?: unknown) => void;
}

export function shellDataLocation(w: LocationWiring): DataLocationService {
  return createDataLocationService({
    fs: diskFolderFs,
    db: liveDatabase(w.store, w.nativeBinding),
    pointer: filePointer(w.pointerFile),
    source: w.source,
    relaunch: () => {
      // location.json already names the new folder: restart whatever happens while stopping.
      try {
        w.shutdown();
      } catch (e) {
        w.log('stopping before the restart failed', e);
      }
      setTimeout(w.restart, w.restartDelayMs ?? 1500);
    },
    pick: async (lang) => {
      const r = await w.showOpenDialog({ title: translate(LOCATION_TEXTS, lang, 'pick-title'), defaultPath: dirname(w.store.path), properties: ['openDirectory', 'createDirectory'] });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  });
}
