/** Settings → "Log and diagnostics": open the app's log file, copy the diagnostics (versions, platform, idle source; no personal data). */
import { useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';
import { FormMessage, type FormOutcome } from './FormMessage';

export function Diagnostics() {
  const { t } = useI18n();
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const showLog = async () => {
    const r = await api.logShow();
    setMessage(r.ok ? { kind: 'ok', text: t('settings.log.shown') } : { kind: 'error', text: r.error.message });
  };
  const copy = async () => {
    const r = await api.diagnosticsCopy();
    setCopied(r.ok ? r.value.text : null);
    setMessage(r.ok ? { kind: 'ok', text: t('settings.log.copied') } : { kind: 'error', text: r.error.message });
  };

  return (
    <section aria-labelledby="settings-log-h">
      <h2 id="settings-log-h">{t('settings.log')}</h2>
      <p>{t('settings.log.hint')}</p>
      <div className="actions">
        <button type="button" onClick={showLog}>
          {t('settings.log.show')}
        </button>
        <button type="button" onClick={copy}>
          {t('settings.log.copy')}
        </button>
      </div>
      <FormMessage message={message} />
      {copied && (
        <pre className="diagnostics" aria-label={t('settings.log.copiedText')} tabIndex={0}>
          {copied}
        </pre>
      )}
    </section>
  );
}
