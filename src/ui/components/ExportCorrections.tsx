/** The corrections not yet sent: changes to sessions in months payroll already has, since their latest submission. */
import type { PreviewCorrection } from '../../shared/ipc/export-contract';
import { useExportTexts } from '../hooks/useExportTexts';
import { formatDateTime } from '../lib/format';

export function ExportCorrections({ corrections, zone }: { corrections: readonly PreviewCorrection[]; zone: string }) {
  const t = useExportTexts();
  const span = (i: { start: number; end: number } | null): string => (i ? `${formatDateTime(i.start, zone)}–${formatDateTime(i.end, zone).slice(11)}` : '—');
  return (
    <>
      <h3>{t('export.corrections')}</h3>
      {corrections.length === 0 ? (
        <p>{t('export.noCorrections')}</p>
      ) : (
        <ul className="plain-list">
          {corrections.map((c) => (
            <li key={`${c.at}-${c.period}-${c.action}-${c.before?.start ?? c.after?.start ?? 0}`}>
              {t('export.correctionLine', { action: t(`export.correction.${c.action}`), period: c.period, before: span(c.before), after: span(c.after), reason: c.reason })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
