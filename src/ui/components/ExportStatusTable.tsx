/** The months of a year on the Export page (issue 16): not sent, sent on …, or changed since. */
import type { ExportStatus } from '../../shared/ipc/export-contract';
import { useExportTexts } from '../hooks/useExportTexts';
import { useI18n } from '../i18n';
import { periodText } from '../../shared/i18n/week-label';
import { formatDateTime, formatHours } from '../lib/format';

export function ExportStatusTable({ status, year, zone }: { readonly status: ExportStatus; readonly year: string; readonly zone: string }) {
  const t = useExportTexts();
  const { lang } = useI18n();
  if (status.months.length === 0) return <p>{t('export.statusNone', { year })}</p>;
  return (
    <table className="export-status">
      <caption>{t('export.statusCaption', { year })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('export.col.month')}</th>
          <th scope="col">{t('export.col.status')}</th>
          <th scope="col">{t('export.col.hours')}</th>
        </tr>
      </thead>
      <tbody>
        {status.months.map((m) => (
          <tr key={m.month} data-status={m.status}>
            <th scope="row">{periodText(m.month, lang)}</th>
            <td>{t(`export.status.${m.status}`, { date: m.lastAt === null ? '' : formatDateTime(m.lastAt, zone) })}</td>
            <td>{formatHours(m.workedMs / 3_600_000, lang, 2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
