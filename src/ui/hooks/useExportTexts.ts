/** `t()` over the Export page texts (src/shared/i18n/ui-export.ts) in the window's language. */
import { useMemo } from 'react';
import { translate, type Params } from '../../shared/i18n/catalog';
import { UI_EXPORT, type UiExportKey } from '../../shared/i18n/ui-export';
import { useI18n } from '../i18n';

export function useExportTexts(): (key: UiExportKey, params?: Params) => string {
  const { lang } = useI18n();
  return useMemo(() => (key: UiExportKey, params?: Params) => translate(UI_EXPORT, lang, key, params), [lang]);
}
