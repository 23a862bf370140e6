/**
 * Handlers of the data-folder methods (issue 6), spread into HANDLERS: the OS folder picker and
 * moving the data folder. Without a `location` service (tests, a shell without it) both refuse.
 */
import type { Lang } from '../../core/model';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/result';
import { dataLocationOff } from '../data-location/service';
import type { Services } from './services';

type DataFolderMethod = 'pickFolder' | 'dataFolderMove';
type DataFolderHandler<K extends DataFolderMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

function langOf(s: Services): Lang {
  try {
    return s.settings.get().lang;
  } catch {
    return 'nb';
  }
}

const off = (s: Services): Result<never> => err({ code: 'data-folder.off', message: dataLocationOff(langOf(s)) });

export const DATA_FOLDER_HANDLERS: { readonly [K in DataFolderMethod]: DataFolderHandler<K> } = {
  pickFolder: async (s) => (s.location ? ok(await s.location.pick(langOf(s))) : off(s)),
  dataFolderMove: async (s, input) => (s.location ? s.location.move(input.folder, langOf(s)) : off(s)),
};
