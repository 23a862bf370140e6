/** Agreement: the versions by date and a form that saves a new version (forskrift § 2 + working-time settings). */
import { useState } from 'react';
import type { Agreement } from '../../core/model';
import { agreementToJson } from '../../shared/formats/agreement';
import { api } from '../api';
import { AgreementForm } from '../components/AgreementForm';
import { useI18n } from '../i18n';
import { agreementOn } from '../lib/day';
import { proposedAgreement } from '../lib/default-agreement';
import { formatDay, localDate } from '../lib/format';
import { countWord } from '../../shared/i18n/plural';

export async function saveAgreement(a: Agreement) {
  return api.agreementSave({ document: agreementToJson(a) as { format: 'fyrabend.agreement/1' } });
}

export function AgreementPage({ agreements, zone, onChanged }: { agreements: readonly Agreement[]; zone: string; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const today = localDate(Date.now(), zone);
  const current = agreementOn(agreements, today) ?? [...agreements].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? proposedAgreement(today, zone);
  const [formKey, setFormKey] = useState(0);
  // A save mounts a fresh form on the version just saved (the list of versions arrives later), saying "saved" until the next change.
  const [justSaved, setJustSaved] = useState<Agreement | null>(null);
  const base = justSaved ?? { ...current, validFrom: current.validFrom > today ? current.validFrom : today };
  const sorted = [...agreements].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <section aria-labelledby="agreement-h">
      <h1 id="agreement-h">{t('agreement.title')}</h1>
      <p>{t('agreement.intro')}</p>
      <h2>{t('agreement.versions')}</h2>
      {sorted.length === 0 ? <p>{t('agreement.none')}</p> : null}
      <ul className="plain-list">
        {sorted.map((a) => (
          <li key={a.validFrom}>
            {a.weeklyHours === null
              ? t('agreement.versionLineNoHours', { from: formatDay(a.validFrom, lang, false) })
              : t('agreement.versionLine', { from: formatDay(a.validFrom, lang, false), hours: countWord(lang, a.weeklyHours) })}
            {a === current ? ` — ${t('agreement.inForce')}` : ''}
          </li>
        ))}
      </ul>
      <h2>{t('agreement.edit')}</h2>
      <AgreementForm
        key={formKey}
        savedOnMount={justSaved !== null}
        base={base}
        onSave={async (a) => {
          const r = await saveAgreement(a);
          if (r.ok) {
            onChanged();
            setJustSaved(a);
            setFormKey((k) => k + 1);
          }
          return r;
        }}
      />
    </section>
  );
}
