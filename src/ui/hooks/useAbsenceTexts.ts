/** `t()` over the Absence page's texts (src/shared/i18n/ui-absence.ts) in the window's language. */
import { useMemo } from 'react';
import { translate, type Params } from '../../shared/i18n/catalog';
import { UI_ABSENCE, type UiAbsenceKey } from '../../shared/i18n/ui-absence';
import { useI18n } from '../i18n';

export function useAbsenceTexts(): (key: UiAbsenceKey, params?: Params) => string {
  const { lang } = useI18n();
  return useMemo(() => (key: UiAbsenceKey, params?: Params) => translate(UI_ABSENCE, lang, key, params), [lang]);
}
