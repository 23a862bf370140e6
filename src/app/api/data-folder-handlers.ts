/**
 * Handlers of the data-folder methods (issue 6), spread into HANDLERS: the OS folder picker and
 * moving the data folder. Without a `location` service (tests, a shell without it) both refuse.
 */
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/result';
import { dataLocationOff } from '../data-location/service';
import type { Services } from './services';
import { userLang } from './user-lang';

type DataFolderMethod = 'pickFolder' | 'dataFolderMove';
type DataFolderHandler<K extends DataFolderMethod> = (services: Services, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

const off = (s: Services): Result<never> => err({ code: 'data-folder.off', message: dataLocationOff(userLang(s)) });

export const DATA_FOLDER_HANDLERS: { readonly [K in DataFolderMethod]: DataFolderHandler<K> } = {
  pickFolder: async (s) => (s.location ? ok(await s.location.pick(userLang(s))) : off(s)),
  dataFolderMove: async (s, input) => (s.location ? s.location.move(input.folder, userLang(s)) : off(s)),
};
