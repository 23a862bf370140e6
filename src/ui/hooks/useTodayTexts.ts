/** `t()` over the texts of issue 14 in the window (src/shared/i18n/ui-today.ts) in the window's language. */
import { useMemo } from 'react';
import { translate, type Params } from '../../shared/i18n/catalog';
import { UI_TODAY, type UiTodayKey } from '../../shared/i18n/ui-today';
import { useI18n } from '../i18n';

export function useTodayTexts(): (key: UiTodayKey, params?: Params) => string {
  const { lang } = useI18n();
  return useMemo(() => (key: UiTodayKey, params?: Params) => translate(UI_TODAY, lang, key, params), [lang]);
}
