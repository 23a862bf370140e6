/**
 * The window's language: a context holding the chosen language (nb / nn / en) and `t()`, which
 * reads the typed catalog in src/shared/i18n/ui.ts (every key exists in all three languages).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../core/model';
import { translate, type Params } from '../shared/i18n/catalog';
import { UI, type UiKey } from '../shared/i18n/ui';

export interface I18n {
  readonly lang: Lang;
  readonly t: (key: UiKey, params?: Params) => string;
}

const I18nContext = createContext<I18n>({ lang: 'nb', t: (key, params) => translate(UI, 'nb', key, params) });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: (key, params) => translate(UI, lang, key, params) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** BCP 47 locale used for numbers and dates. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : lang === 'nn' ? 'nn-NO' : 'nb-NO';
}
