/** `t()` over the Union summary and Representative texts (src/shared/i18n/ui-summary.ts) in the window's language. */
import { useMemo } from 'react';
import { translate, type Params } from '../../shared/i18n/catalog';
import { UI_SUMMARY, type UiSummaryKey } from '../../shared/i18n/ui-summary';
import { useI18n } from '../i18n';

export function useSummaryTexts(): (key: UiSummaryKey, params?: Params) => string {
  const { lang } = useI18n();
  return useMemo(() => (key: UiSummaryKey, params?: Params) => translate(UI_SUMMARY, lang, key, params), [lang]);
}
