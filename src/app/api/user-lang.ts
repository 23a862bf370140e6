/** The user's language for a message from the handler table: the setting, or bokmål when the settings cannot be read. */
import type { Lang } from '../../core/model';
import type { Services } from './services';

export function userLang(services: Services): Lang {
  try {
    return services.settings.get().lang;
  } catch {
    return 'nb';
  }
}
