/**
 * The data-location side of the handler table's `Services`: move the data folder (messages in the
 * user's language) and pick a folder with the OS dialog. The shell passes the real adapters and
 * its relaunch; the e2e harness passes the same adapters and records the relaunch.
 */
import type { Lang } from '../../core/model';
import { translate } from '../../shared/i18n/catalog';
import type { DataFolderMoved } from '../../shared/ipc/data-folder-contract';
import { err, type Result } from '../../shared/result';
import { moveDataFolder, type MoveDeps } from './move';
import { LOCATION_TEXTS } from './texts';

type Awaitable<T> = T | Promise<T>;

export interface DataLocationService {
  move(folder: string, lang: Lang): Awaitable<Result<DataFolderMoved>>;
  /** The OS folder picker; null when the user cancelled. */
  pick(lang: Lang): Awaitable<string | null>;
}

export function createDataLocationService(deps: MoveDeps & { readonly pick: (lang: Lang) => Awaitable<string | null> }): DataLocationService {
  return {
    move: async (folder, lang) => {
      const r = await moveDataFolder(deps, folder);
      return r.ok ? r : err({ code: `data-folder.${r.error.code}`, message: translate(LOCATION_TEXTS, lang, r.error.code, r.error.params) });
    },
    pick: (lang) => deps.pick(lang),
  };
}

/** The message when no data-location service is wired (tests, or a shell without it). */
export function dataLocationOff(lang: Lang): string {
  return translate(LOCATION_TEXTS, lang, 'off');
}
