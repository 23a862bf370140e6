/**
 * First run: set up the agreement in under two minutes. The proposal (Mon–Fri 08:00–15:45, 37.5 h)
 * is ready to accept; the user may adjust the working-time windows and turn on autostart.
 * The full forskrift § 2 fields can be filled in later on the Agreement page.
 */
import { useEffect, useRef, useState } from 'react';
import type { Agreement, Lang } from '../../core/model';
import { api } from '../api';
import { AgreementForm } from '../components/AgreementForm';
import { useI18n } from '../i18n';
import { proposedAgreement } from '../lib/default-agreement';
import { localDate } from '../lib/format';
import { saveAgreement } from './AgreementPage';

export function FirstRunDialog({ zone, lang, onLang, onDone }: { zone: string; lang: Lang; onLang: (l: Lang) => void; onDone: () => void }) {
  const { t } = useI18n();
  const [autostart, setAutostart] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const save = async (a: Agreement) => {
    const r = await saveAgreement(a);
    if (!r.ok) return r;
    const s = await api.settingsSet({ firstRunDone: true, autostart });
    if (s.ok) onDone();
    return s;
  };
  return (
    <div className="first-run" role="dialog" aria-modal="true" aria-labelledby="first-run-h">
      <h1 id="first-run-h" tabIndex={-1} ref={heading}>
        {t('firstRun.title')}
      </h1>
      <p>{t('firstRun.intro')}</p>
      <div className="field">
        <label htmlFor="first-run-lang">{t('settings.lang')}</label>
        <select id="first-run-lang" value={lang} onChange={(e) => onLang(e.target.value as Lang)}>
          <option value="nb">Norsk bokmål</option>
          <option value="nn">Norsk nynorsk</option>
          <option value="en">English</option>
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={autostart} onChange={(e) => setAutostart(e.target.checked)} />
        {t('settings.autostart')}
      </label>
      <AgreementForm base={proposedAgreement(localDate(Date.now(), zone), zone)} onSave={save} compact submitLabel={t('firstRun.save')} />
      <p className="field-hint">{t('firstRun.later')}</p>
    </div>
  );
}
