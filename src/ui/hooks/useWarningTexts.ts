/** `t()` over the window's warning texts (src/shared/i18n/ui-warnings.ts) in the window's language. */
import { useMemo } from 'react';
import { translate, type Params } from '../../shared/i18n/catalog';
import { UI_WARNINGS, type UiWarningsKey } from '../../shared/i18n/ui-warnings';
import { useI18n } from '../i18n';

export function useWarningTexts(): (key: UiWarningsKey, params?: Params) => string {
  const { lang } = useI18n();
  return useMemo(() => (key: UiWarningsKey, params?: Params) => translate(UI_WARNINGS, lang, key, params), [lang]);
}
