/**
 * Pay and export (issue 7): pick a month and a format, see the month classified into pay classes
 * (and the corrections since the last export), then export it into the export folder. After an
 * export the month is locked: later edits are listed as corrections in the next export.
 */
import { useRef, useState } from 'react';
import type { PaySettings } from '../../core/pay/types';
import type { ExportDone, ExportPreview } from '../../shared/ipc/export-contract';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/ipc/export-formats';
import { api } from '../api';
import { ExportCorrections } from '../components/ExportCorrections';
import { ExportPreviewTable } from '../components/ExportPreviewTable';
import { Field } from '../components/Field';
import { PaySettingsForm } from '../components/PaySettingsForm';
import { useExportTexts } from '../hooks/useExportTexts';
import { useResource } from '../hooks/useResource';
import { formatDateTime, localDate } from '../lib/format';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before the one `date` (YYYY-MM-DD) falls in. */
export function previousMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function ExportPage({ zone, now = Date.now() }: { zone: string; now?: number }) {
  const t = useExportTexts();
  const [period, setPeriod] = useState(() => previousMonth(localDate(now, zone)));
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [periodError, setPeriodError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [done, setDone] = useState<ExportDone | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const pay = useResource(() => api.paySettingsGet(), [tick]);
  const previewHeading = useRef<HTMLHeadingElement>(null);

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
  const run = async () => {
    if (!checkPeriod()) return;
    setBusy(true);
    setDone(null);
    const r = await api.exportTimesheet({ period, format });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setDone(r.value);
    await showPreview(false);
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
          void run();
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
            }}
          />
        </Field>
        <Field label={t('export.format')}>
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.format.${f}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void showPreview()}>
            {t('export.preview')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('export.run')}
          </button>
        </div>
        {busy ? <p role="status">{t('export.busy')}</p> : null}
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <div role="status" className="export-done">
          <p className="form-ok">{t('export.done', { path: done.path })}</p>
          {done.locked.length > 0 ? <p>{t('export.locked', { months: done.locked.join(', ') })}</p> : null}
          {done.corrections > 0 ? <p>{t('export.withCorrections', { n: done.corrections })}</p> : null}
        </div>
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
