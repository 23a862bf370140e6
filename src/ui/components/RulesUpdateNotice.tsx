/**
 * Shown once after the update to specification version 2 (working-time-rules.md § 7) to a user whose
 * stored agreement was written before it: the eight changed readings in plain words, and where the
 * ones with a version 1 reading are switched back (the agreement form's working-time settings).
 * "I have read it" dismisses it for good (settingsSet { rulesUpdateNotice: false }).
 */
import { useId, useState } from 'react';
import { translate, type Params } from '../../shared/i18n/catalog';
import { RULES_UPDATE_ITEMS, UI_RULES_UPDATE, type UiRulesUpdateKey } from '../../shared/i18n/ui-rules-update';
import { api, type Settings } from '../api';
import { useI18n } from '../i18n';
import { FormMessage } from './FormMessage';

interface RulesUpdateNoticeProps {
  /** Opens the agreement page at its working-time settings. */
  readonly onOpen: () => void;
  /** Called with the settings after the notice was dismissed. */
  readonly onDismissed: (settings: Settings) => void;
}

export function RulesUpdateNotice({ onOpen, onDismissed }: RulesUpdateNoticeProps) {
  const { t, lang } = useI18n();
  const n = (key: UiRulesUpdateKey, params?: Params) => translate(UI_RULES_UPDATE, lang, key, params);
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dismiss = async () => {
    setBusy(true);
    setError(null);
    const r = await api.settingsSet({ rulesUpdateNotice: false });
    setBusy(false);
    if (r.ok) onDismissed(r.value);
    else setError(r.error.message);
  };
  const where = { page: t('nav.agreement'), section: t('agreement.limits'), daily: t('agreement.dailyRestReading'), weekly: t('agreement.weeklyRestCounting'), onCall: t('agreement.onCall') };
  return (
    <section className="rules-update" aria-labelledby={headingId}>
      <h2 id={headingId}>{n('title')}</h2>
      <p>{n('intro')}</p>
      <ol>
        {RULES_UPDATE_ITEMS.map((item) => (
          <li key={item}>{n(`item.${item}`)}</li>
        ))}
      </ol>
      <p>{n('switchBack', where)}</p>
      <FormMessage message={error ? { kind: 'error', text: error } : null} />
      <div className="actions">
        <button type="button" onClick={onOpen}>
          {n('open')}
        </button>
        <button type="button" className="primary" onClick={dismiss} disabled={busy}>
          {n('dismiss')}
        </button>
      </div>
    </section>
  );
}
