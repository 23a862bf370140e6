/**
 * The language of the command line: `--lang`, else FYRABEND_LANG, else the locale as GNU gettext
 * reads it (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), else English. Tags such as `no`, `nb-NO` and
 * `nn_NO.UTF-8` are understood; an unsupported explicit choice is refused with the list (runCli).
 */
import type { Lang } from '../core/model';
import { chooseLang, type LangChoice } from '../shared/i18n/lang-tags';
import type { CliArgs, CliIo } from './command';

export { messagesLocale } from '../shared/i18n/lang-tags';

/** The explicit choice of a run, if any: `--lang` before FYRABEND_LANG. */
export function langChoiceOf(args: Pick<CliArgs, 'options'>, io: Pick<CliIo, 'env'>): LangChoice {
  const option = typeof args.options.lang === 'string' ? args.options.lang : '';
  const explicit = option !== '' ? { value: option, from: '--lang' } : io.env.FYRABEND_LANG ? { value: io.env.FYRABEND_LANG, from: 'FYRABEND_LANG' } : null;
  return chooseLang(explicit, io.env);
}

/** The user's language for a command (an unsupported explicit choice was refused before any command ran). */
export function langOf(args: Pick<CliArgs, 'options'>, io: Pick<CliIo, 'env'>): Lang {
  const choice = langChoiceOf(args, io);
  return choice.ok ? choice.lang : 'en';
}
