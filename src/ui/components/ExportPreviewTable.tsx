/** The preview of a month: hours per day and pay class, with the month's total row (what the export carries). */
import type { ExportPreview } from '../../shared/ipc/export-contract';
import { useExportTexts } from '../hooks/useExportTexts';
import { useI18n } from '../i18n';
import { formatDay } from '../lib/format';

const HOUR = 3_600_000;

/** Hours with two decimals and the language's decimal mark, e.g. `7,50` / `7.50`. */
export function hoursText(ms: number, lang: 'nb' | 'nn' | 'en'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(ms / HOUR);
}

export function ExportPreviewTable({ preview }: { preview: ExportPreview }) {
  const t = useExportTexts();
  const { lang } = useI18n();
  const classes = preview.classOrder.filter((id) => (preview.totals[id] ?? 0) !== 0 || preview.days.some((d) => (d.classes[id] ?? 0) !== 0));
  if (preview.days.length === 0) return <p>{t('export.noDays')}</p>;
  return (
    <div className="table-scroll">
      <table className="export-preview">
        <caption>{t('export.caption', { period: preview.period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('export.col.day')}</th>
            <th scope="col">{t('export.col.worked')}</th>
            {classes.map((id) => (
              <th scope="col" key={id}>
                {preview.classNames[id] ?? id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{formatDay(d.day, lang)}</th>
              <td>{hoursText(d.workedMs, lang)}</td>
              {classes.map((id) => (
                <td key={id}>{hoursText(d.classes[id] ?? 0, lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="export-total">
            <th scope="row">{t('export.total')}</th>
            <td data-class="worked" data-ms={preview.workedMs}>
              {hoursText(preview.workedMs, lang)}
            </td>
            {classes.map((id) => (
              <td key={id} data-class={id} data-ms={preview.totals[id] ?? 0}>
                {hoursText(preview.totals[id] ?? 0, lang)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
