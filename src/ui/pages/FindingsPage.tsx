/** Findings: each in plain language with the rule, the numbers, the legal reference and what to do; filtered by period and severity. */
import { useState } from 'react';
import { SEVERITY_ORDER, type Finding, type Report, type Severity } from '../../core/model';
import { api } from '../api';
import { Field } from '../components/Field';
import { useResource } from '../hooks/useResource';
import { useI18n } from '../i18n';
import { addDays } from '../lib/day';
import { formatDateTime, formatHours, localDate } from '../lib/format';

const SEVERITY_ICON: Record<Severity, string> = { violation: '✖', 'needs-basis': '‼', warning: '⚠', info: 'ℹ' };

export function FindingsPage({ zone, changed }: { zone: string; changed: number }) {
  const { t, lang } = useI18n();
  const today = localDate(Date.now(), zone);
  const [from, setFrom] = useState(() => addDays(today, -27));
  const [to, setTo] = useState(today);
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const valid = from <= to;
  const report = useResource<Report | null>(async () => (valid ? api.reportPeriod({ from, to }) : { ok: true as const, value: null }), [from, to, changed]);
  const findings: readonly Finding[] = report.data?.findings ?? [];
  const shown = findings.filter((f) => severity === 'all' || f.severity === severity);

  return (
    <section aria-labelledby="findings-h">
      <h1 id="findings-h">{t('findings.title')}</h1>
      <p>{t('findings.intro')}</p>
      <div className="form-row filters">
        <Field label={t('findings.from')}>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label={t('findings.to')} error={valid ? undefined : t('form.error.periodOrder')}>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <Field label={t('findings.severity')}>
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity | 'all')}>
            <option value="all">{t('findings.severity.all')}</option>
            {SEVERITY_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {report.error ? (
        <p className="form-error" role="alert">
          {report.error}
        </p>
      ) : null}
      <p role="status">{t('findings.count', { n: shown.length })}</p>
      <ul className="findings">
        {shown.map((f) => (
          <li key={`${f.rule}|${f.key}|${f.start}`} className={`finding finding-${f.severity}`}>
            <article aria-label={`${t(`severity.${f.severity}`)}: ${t(`rule.${f.rule}`)}`}>
              <header>
                <span className="sev-badge">
                  <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
                  {t(`severity.${f.severity}`)}
                </span>
                <h2>{t(`rule.${f.rule}`)}</h2>
              </header>
              <p className="finding-message">{f.message[lang]}</p>
              <dl className="finding-facts">
                <div>
                  <dt>{t('findings.when')}</dt>
                  <dd>
                    {formatDateTime(f.start, zone)} – {formatDateTime(f.end, zone)}
                  </dd>
                </div>
                <div>
                  <dt>{t('findings.numbers')}</dt>
                  <dd>{t('findings.measured', { measured: formatHours(f.measured, lang, 2), limit: formatHours(f.limit, lang, 2) })}</dd>
                </div>
                <div>
                  <dt>{t('findings.ref')}</dt>
                  <dd>{f.ref}</dd>
                </div>
                <div>
                  <dt>{t('findings.advice')}</dt>
                  <dd>{t(`advice.${f.rule}`)}</dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
