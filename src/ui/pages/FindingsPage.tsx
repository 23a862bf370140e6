/** Findings: each in plain language with the rule, the numbers, the legal reference and what to do; filtered by period and severity. */
import { useState } from 'react';
import { SEVERITY_ORDER, type Finding, type Report, type Severity } from '../../core/model';
import { api } from '../api';
import { Field } from '../components/Field';
import { useBasisRecorder } from '../components/BasisRecorder';
import { useResource } from '../hooks/useResource';
import { useTodayTexts } from '../hooks/useTodayTexts';
import { useI18n } from '../i18n';
import { withBasis } from '../lib/basis';
import { addDays } from '../lib/day';
import { formatDateTime, formatDay, formatHours, localDate } from '../lib/format';

const SEVERITY_ICON: Record<Severity, string> = { violation: '✖', 'needs-basis': '‼', warning: '⚠', info: 'ℹ' };

/** The local date a finding belongs to (its work-day key, else the date of its start). */
export function findingDate(f: Pick<Finding, 'key' | 'start'>, zone: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(f.key) ? f.key : localDate(f.start, zone);
}

export function FindingsPage({ zone, changed }: { zone: string; changed: number }) {
  const { t, lang } = useI18n();
  const tb = useTodayTexts();
  const today = localDate(Date.now(), zone);
  const [from, setFrom] = useState(() => addDays(today, -27));
  const [to, setTo] = useState(today);
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const valid = from <= to;
  const report = useResource<Report | null>(async () => (valid ? api.reportPeriod({ from, to }) : { ok: true as const, value: null }), [from, to, changed]);
  const [saves, setSaves] = useState(0);
  const records = useResource(async () => (valid ? api.overtimeReasonsList({ from, to }) : { ok: true as const, value: [] }), [from, to, changed, saves]);
  const basis = useBasisRecorder(() => setSaves((n) => n + 1));
  const findings: readonly Finding[] = report.data?.findings ?? [];
  // Issue 14 item 4: a "needs basis" finding with a recorded reason shows as info, with the reason.
  const shown = withBasis(findings, records.data ?? [], Date.now(), lang).filter((s) => severity === 'all' || s.severity === severity);

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
      {basis.view}
      <ul className="findings">
        {shown.map(({ finding: f, severity: sev, basis: texts, needsBasis }) => (
          <li key={`${f.rule}|${f.key}|${f.start}`} className={`finding finding-${sev}`}>
            <article aria-label={`${t(`severity.${sev}`)}: ${t(`rule.${f.rule}`)}`}>
              <header>
                <span className="sev-badge">
                  <span aria-hidden="true">{SEVERITY_ICON[sev]} </span>
                  {t(`severity.${sev}`)}
                </span>
                <h2>{t(`rule.${f.rule}`)}</h2>
              </header>
              <p className="finding-message">{f.message[lang]}</p>
              {texts.map((text) => (
                <p key={text} className="finding-basis">
                  {tb('basis.recorded', { text })}
                </p>
              ))}
              {needsBasis ? (
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    aria-label={tb('basis.recordAria', { rule: t(`rule.${f.rule}`), date: formatDay(findingDate(f, zone), lang) })}
                    onClick={() => void basis.openFor(f, findingDate(f, zone))}
                  >
                    {tb('basis.record')}
                  </button>
                </div>
              ) : null}
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
                {texts.length === 0 ? (
                  <div>
                    <dt>{t('findings.advice')}</dt>
                    <dd>{t(`advice.${f.rule}`)}</dd>
                  </div>
                ) : null}
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
