/**
 * The language of the command line: `--lang`, else FYRABEND_LANG, else the locale in POSIX order
 * (LC_ALL, then LC_MESSAGES, then LANG; an empty variable counts as unset), else English.
 */
import type { Lang } from '../core/model';
import { pickLang } from '../shared/i18n/catalog';
import type { CliArgs, CliIo } from './command';

/** The locale that decides the language of messages: the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty. */
export function messagesLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** The user's language for a command: `--lang` > FYRABEND_LANG > messagesLocale > English. */
export function langOf(args: Pick<CliArgs, 'options'>, io: Pick<CliIo, 'env'>): Lang {
  const explicit = typeof args.options.lang === 'string' ? args.options.lang : undefined;
  return pickLang(explicit || io.env.FYRABEND_LANG, messagesLocale(io.env));
}
