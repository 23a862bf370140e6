/**
 * Pay and export (issues 7 and 16): pick a month and a format, see the month classified into pay
 * classes and what payroll already has, save a file to check (marks nothing), or "Send to payroll"
 * after a confirm step that lists what will be marked as sent (a dry run of the same export). A
 * month already sent goes as its corrections; "Export the whole month again" repeats what was sent.
 * The status of every month of the year is shown. Files go to the export folder, or where the OS
 * save dialog says; "Show in folder" opens the file manager at the file.
 */
import { useRef, useState } from 'react';
import type { PaySettings } from '../../core/pay/types';
import type { ExportDone, ExportMode, ExportPreview } from '../../shared/ipc/export-contract';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/export-formats';
import { api } from '../api';
import { ExportCorrections } from '../components/ExportCorrections';
import { ExportPreviewTable } from '../components/ExportPreviewTable';
import { ExportStatusTable } from '../components/ExportStatusTable';
import { Field } from '../components/Field';
import { PaySettingsForm } from '../components/PaySettingsForm';
import { useExportTexts } from '../hooks/useExportTexts';
import { useResource } from '../hooks/useResource';
import { formatDateTime, localDate } from '../lib/format';
import { periodText } from '../../shared/i18n/week-label';
import { useI18n } from '../i18n';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before the one `date` (YYYY-MM-DD) falls in. */
export function previousMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function ExportPage({ zone, now = Date.now() }: { zone: string; now?: number }) {
  const t = useExportTexts();
  const { lang } = useI18n();
  const [period, setPeriod] = useState(() => previousMonth(localDate(now, zone)));
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [saveAs, setSaveAs] = useState(false);
  const [periodError, setPeriodError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [plan, setPlan] = useState<ExportDone | null>(null);
  const [done, setDone] = useState<ExportDone | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const pay = useResource(() => api.paySettingsGet(), [tick]);
  const year = MONTH.test(period) ? period.slice(0, 4) : null;
  const status = useResource(() => (year ? api.exportStatus({ year }) : Promise.resolve({ ok: true as const, value: { months: [] } })), [year, tick]);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const sentMonth = status.data?.months.find((m) => m.month === period && m.status !== 'not-sent') ?? null;

  const checkPeriod = (): boolean => {
    const okPeriod = MONTH.test(period);
    setPeriodError(okPeriod ? undefined : t('export.monthError'));
    return okPeriod;
  };
  const showPreview = async (focus = true) => {
    if (!checkPeriod()) return;
    setBusy(true);
    const r = await api.exportPreview({ period });
    setBusy(false);
    if (!r.ok) {
      setPreview(null);
      return setError(r.error.message);
    }
    setError(null);
    setPreview(r.value);
    if (focus) requestAnimationFrame(() => previewHeading.current?.focus());
  };
  const write = async (mode: ExportMode) => {
    if (!checkPeriod()) return;
    setBusy(true);
    setDone(null);
    setPlan(null);
    const r = await api.exportTimesheet({ period, format, mode, ...(saveAs ? { saveAs: true } : {}) });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setDone(r.value);
    setTick((n) => n + 1);
    if (preview) await showPreview(false);
  };
  /** The confirm step: what sending would mark and correct, from a dry run that writes nothing. */
  const askSubmit = async () => {
    if (!checkPeriod()) return;
    setBusy(true);
    setDone(null);
    const r = await api.exportTimesheet({ period, format, mode: 'submit', dryRun: true });
    setBusy(false);
    if (!r.ok) {
      setPlan(null);
      return setError(r.error.message);
    }
    setError(null);
    setPlan(r.value);
    requestAnimationFrame(() => confirmHeading.current?.focus());
  };
  const onSaved = (_s: PaySettings) => {
    setTick((n) => n + 1);
    if (preview) void showPreview(false);
  };

  return (
    <section aria-labelledby="export-h">
      <h1 id="export-h">{t('export.title')}</h1>
      <p>{t('export.intro')}</p>
      <form
        aria-labelledby="export-period-h"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void write('preview');
        }}
      >
        <h2 id="export-period-h">{t('export.periodTitle')}</h2>
        <Field label={t('export.month')} hint={t('export.monthHint')} error={periodError}>
          <input
            type="month"
            value={period}
            onChange={(e) => {
              setPeriod(e.target.value);
              setPreview(null);
              setDone(null);
              setPlan(null);
            }}
          />
        </Field>
        <Field label={t('export.format')}>
          <select
            value={format}
            onChange={(e) => {
              setFormat(e.target.value as ExportFormat);
              setPlan(null);
            }}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.format.${f}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="field">
          <label>
            <input type="checkbox" checked={saveAs} onChange={(e) => setSaveAs(e.target.checked)} /> {t('export.saveAs')}
          </label>
          <p className="hint">{t('export.saveAsHint')}</p>
        </div>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void showPreview()}>
            {t('export.preview')}
          </button>
          <button type="submit" disabled={busy}>
            {t('export.run')}
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void askSubmit()}>
            {t('export.submit')}
          </button>
          {sentMonth ? (
            <button type="button" disabled={busy} onClick={() => void write('again')}>
              {t('export.again')}
            </button>
          ) : null}
        </div>
        {sentMonth?.lastAt ? <p className="hint">{t('export.againHint', { date: formatDateTime(sentMonth.lastAt, zone) })}</p> : null}
        {busy ? <p role="status">{t('export.busy')}</p> : null}
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {plan ? (
        <section aria-labelledby="export-confirm-h" className="export-confirm">
          <h2 id="export-confirm-h" ref={confirmHeading} tabIndex={-1}>
            {t('export.confirmTitle', { period: periodText(period, lang) })}
          </h2>
          {plan.locked.length > 0 ? <p>{t('export.confirmLocks', { months: plan.locked.map((m) => periodText(m, lang)).join(', ') })}</p> : null}
          {plan.corrected.length > 0 ? <p>{t('export.confirmCorrections', { months: plan.corrected.map((m) => periodText(m, lang)).join(', ') })}</p> : null}
          <p>{t('export.confirmNote')}</p>
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void write('submit')}>
              {t('export.confirmSend')}
            </button>
            <button type="button" disabled={busy} onClick={() => setPlan(null)}>
              {t('export.cancel')}
            </button>
          </div>
        </section>
      ) : null}
      {done ? (
        <div role="status" className="export-done" data-path={done.path}>
          {done.cancelled ? (
            <p>{t('export.cancelled')}</p>
          ) : (
            <>
              {done.message.split('\n').map((line) => (
                <p key={line} className="form-ok">
                  {line}
                </p>
              ))}
              {done.path ? (
                <button type="button" onClick={() => void api.exportShowInFolder({ path: done.path }).then((r) => (r.ok ? undefined : setError(r.error.message)))}>
                  {t('export.showInFolder')}
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
      {year ? (
        <section aria-labelledby="export-status-h">
          <h2 id="export-status-h">{t('export.statusTitle', { year })}</h2>
          {status.error ? (
            <p className="form-error" role="alert">
              {status.error}
            </p>
          ) : null}
          {status.data ? <ExportStatusTable status={status.data} year={year} zone={zone} /> : null}
        </section>
      ) : null}
      {preview ? (
        <section aria-labelledby="export-preview-h">
          <h2 id="export-preview-h" ref={previewHeading} tabIndex={-1}>
            {t('export.previewTitle', { period: preview.period })}
          </h2>
          {preview.problem ? <p className="notice">{t('export.problem', { problem: preview.problem })}</p> : null}
          {preview.submittedAt !== null ? <p>{t('export.submitted', { date: formatDateTime(preview.submittedAt, zone) })}</p> : null}
          <ExportPreviewTable preview={preview} />
          <ExportCorrections corrections={preview.corrections} zone={zone} />
        </section>
      ) : null}
      {pay.error ? (
        <p className="form-error" role="alert">
          {pay.error}
        </p>
      ) : null}
      {pay.data ? <PaySettingsForm stored={pay.data.settings} isStored={pay.data.stored} onSaved={onSaved} /> : null}
    </section>
  );
}
