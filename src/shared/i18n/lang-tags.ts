/**
 * Which of Fyrabend's languages a language tag or locale names (issue 20): `nb`, `no`, `nb-NO`,
 * `nb_NO.UTF-8` and `nob` are bokmål; `nn`, `nn-NO`, `nno` nynorsk; `en`, `en-GB`, `en_US.UTF-8`
 * English; anything else (`de`, `sv`, `C`) none. The locale is read as GNU gettext does: LANGUAGE (a
 * colon-separated list, the first supported entry wins) unless the locale is C or POSIX, then LC_ALL,
 * LC_MESSAGES, LANG (the first that is set and not empty); an unsupported locale means English.
 */
import type { Lang } from '../../core/model';

export function langOfTag(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split('.')[0]?.split('@')[0] ?? '';
  const primary = base.split(/[-_]/)[0];
  if (primary === 'nb' || primary === 'no' || primary === 'nob') return 'nb';
  if (primary === 'nn' || primary === 'nno') return 'nn';
  if (primary === 'en' || primary === 'eng') return 'en';
  return null;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty. */
export function messagesLocale(env: Env): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** The language the environment asks for, as gettext reads it; English when it asks for none of ours. */
export function localeLang(env: Env): Lang {
  const locale = messagesLocale(env);
  const plain = locale === undefined || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.');
  if (env.LANGUAGE && !(locale === 'C' || locale === 'POSIX')) {
    for (const entry of env.LANGUAGE.split(':')) {
      const lang = langOfTag(entry);
      if (lang) return lang;
    }
  }
  return plain ? 'en' : (langOfTag(locale) ?? 'en');
}

const REFUSAL: Readonly<Record<Lang, (tag: string, from: string) => string>> = {
  nb: (tag, from) => `Fyrabend har ikke språket «${tag}» (${from}). Velg nb (bokmål), nn (nynorsk) eller en (engelsk); no og nb-NO betyr også bokmål.`,
  nn: (tag, from) => `Fyrabend har ikkje språket «${tag}» (${from}). Vel nb (bokmål), nn (nynorsk) eller en (engelsk); no og nb-NO tyder òg bokmål.`,
  en: (tag, from) => `Fyrabend has no language "${tag}" (${from}). Choose nb (Norwegian Bokmål), nn (Norwegian Nynorsk) or en (English); no and nb-NO also mean Bokmål.`,
};

export type LangChoice = { readonly ok: true; readonly lang: Lang } | { readonly ok: false; readonly message: string };

/**
 * The language of one run: an explicit choice (`--lang`, then FYRABEND_LANG) must name one of ours,
 * or it is refused with the list, in the locale's language; without one, the locale decides.
 */
export function chooseLang(explicit: { readonly value: string; readonly from: string } | null, env: Env): LangChoice {
  if (explicit && explicit.value !== '') {
    const lang = langOfTag(explicit.value);
    return lang ? { ok: true, lang } : { ok: false, message: REFUSAL[localeLang(env)](explicit.value.slice(0, 40), explicit.from) };
  }
  return { ok: true, lang: localeLang(env) };
}
