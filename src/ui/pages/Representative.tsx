/**
 * Representative (issue 8): load many `fyrabend.summary/1` files (read in the window, size checked
 * before reading), choose k (at least 5), and see per group and per rule the number of contributors,
 * the share with at least one violation, median / 90th percentile / total weekly overtime and the
 * weekly trend. A group below k is shown as "suppressed (fewer than k)" text, never as 0. Skipped and
 * duplicate files are listed here only; the exported report never names a file.
 */
import { useState, type ChangeEvent } from 'react';
import type { AggregateReport, GroupFigures, ReportRow, ReportTable } from '../../core/anonymise/report-model';
import type { RepAggregateView, SummaryFileInput } from '../../shared/ipc/summary-contract';
import { api } from '../api';
import { Field } from '../components/Field';
import { WeekTrend } from '../components/WeekTrend';
import { useSummaryTexts } from '../hooks/useSummaryTexts';
import { useI18n } from '../i18n';
import { chosenFile, MAX_FILE_BYTES, readChosenFiles } from '../lib/summary-files';

type T = ReturnType<typeof useSummaryTexts>;

function parseK(text: string): number | null {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && Number.isInteger(n) && n >= 5 && n <= 1000 ? n : null;
}

function groupName(table: ReportTable, row: ReportRow, t: T): string {
  if (table.dimension === 'all') return t('rep.all');
  return row.notStated ? t('rep.notStated') : (row.label ?? '');
}

function dimensionName(table: ReportTable, t: T): string {
  return table.dimension === 'all' ? t('rep.dim.all') : t(`union.dim.${table.dimension}`);
}

function suppressed(row: ReportRow, k: number, t: T): string {
  return row.cell.status === 'complementary' ? t('rep.suppressedComplementary') : t('rep.suppressedFewer', { k });
}

function ReportTables({ view, t }: { view: RepAggregateView & { report: AggregateReport }; t: T }) {
  const { lang } = useI18n();
  const { report } = view;
  const num = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 });
  const pct = (share: number) => `${num.format(share * 100)} %`;
  const figures = (f: GroupFigures) => [f.contributors, pct(f.shareWithViolation), num.format(f.overtimeMedian), num.format(f.overtimeP90), num.format(f.overtimeTotal)];
  return (
    <>
      <p>{t('rep.input', { ...report.input, period: report.period, k: report.k })}</p>
      {report.tables.map((table) => {
        const dim = dimensionName(table, t);
        const id = `rep-${table.dimension}`;
        return (
          <section key={table.dimension}>
            <h2 id={`${id}-h`}>{t('rep.table', { dimension: dim })}</h2>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('rep.table', { dimension: dim })}>
              <table className="numbers">
                <thead>
                  <tr>
                    <th scope="col">{t('rep.col.group')}</th>
                    <th scope="col">{t('rep.col.contributors')}</th>
                    <th scope="col">{t('rep.col.share')}</th>
                    <th scope="col">{t('rep.col.median')}</th>
                    <th scope="col">{t('rep.col.p90')}</th>
                    <th scope="col">{t('rep.col.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={`${row.label ?? ''}-${row.notStated}`}>
                      <th scope="row">{groupName(table, row, t)}</th>
                      {row.cell.status === 'published' ? (
                        figures(row.cell.figures).map((v, i) => <td key={i}>{v}</td>)
                      ) : (
                        <td colSpan={5} className="suppressed">
                          {suppressed(row, report.k, t)}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t('rep.rules', { dimension: dim })}</h3>
            <p className="field-hint">{t('rep.rulesNote')}</p>
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('rep.rules', { dimension: dim })}>
              <table className="numbers">
                <thead>
                  <tr>
                    <th scope="col">{t('rep.col.rule')}</th>
                    {table.rows.map((row) => (
                      <th scope="col" key={`${row.label ?? ''}-${row.notStated}`}>
                        {groupName(table, row, t)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.rules.map((rule) => (
                    <tr key={rule}>
                      <th scope="row">{view.ruleNames[rule] ?? rule}</th>
                      {table.rows.map((row) => {
                        const key = `${row.label ?? ''}-${row.notStated}`;
                        if (row.cell.status !== 'published') {
                          return (
                            <td key={key} className="suppressed">
                              {suppressed(row, report.k, t)}
                            </td>
                          );
                        }
                        const r = row.cell.figures.rules[rule];
                        return <td key={key}>{`${r?.contributors ?? 0} / ${pct(r?.shareWithViolation ?? 0)}`}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t('rep.trend')}</h3>
            {table.rows.map((row) => {
              const name = groupName(table, row, t);
              const key = `${row.label ?? ''}-${row.notStated}`;
              return (
                <figure key={key} className="chart">
                  <figcaption>{t('rep.trendOf', { group: name })}</figcaption>
                  {row.cell.status === 'published' ? (
                    <WeekTrend points={row.cell.figures.weeks.map((w) => ({ week: w.week, value: w.overtimeTotal }))} label={t('rep.trendAria', { group: name })} />
                  ) : (
                    <p className="suppressed">{suppressed(row, report.k, t)}</p>
                  )}
                </figure>
              );
            })}
          </section>
        );
      })}
    </>
  );
}

export function RepresentativePage() {
  const t = useSummaryTexts();
  const [files, setFiles] = useState<SummaryFileInput[]>([]);
  const [kText, setKText] = useState('6');
  const [kError, setKError] = useState<string | null>(null);
  const [view, setView] = useState<RepAggregateView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (chosen: SummaryFileInput[] = files) => {
    const k = parseK(kText);
    setKError(k === null ? t('rep.kError') : null);
    if (k === null || chosen.length === 0) return;
    setBusy(true);
    setError(null);
    const r = await api.repAggregate({ files: chosen, k });
    setBusy(false);
    if (!r.ok) {
      setView(null);
      return setError(r.error.message);
    }
    setView(r.value);
  };
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(e.target.files ?? []);
    setStatus(t('rep.reading'));
    const read = await readChosenFiles(list.map(chosenFile));
    setFiles(read);
    setStatus(t('rep.loaded', { n: read.length }));
    await run(read);
  };
  const exportAs = async (format: 'html' | 'json' | 'csv') => {
    const k = parseK(kText);
    if (k === null) return setKError(t('rep.kError'));
    setBusy(true);
    const r = await api.repExport({ files, k, format });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setStatus(t('rep.exported', { path: r.value.path }));
  };
  const skipped = view ? view.rejected.length + view.duplicates.length + view.otherPeriod.length : 0;
  const kb = Math.round(MAX_FILE_BYTES / 1024);

  return (
    <section aria-labelledby="rep-h">
      <h1 id="rep-h">{t('rep.title')}</h1>
      <p>{t('rep.intro')}</p>
      <form
        aria-labelledby="rep-h"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <Field label={t('rep.files')} hint={t('rep.filesHint', { kb })}>
          <input type="file" multiple accept=".json,application/json" onChange={(e) => void choose(e)} />
        </Field>
        <Field label={t('rep.k')} hint={t('rep.kHint')} {...(kError ? { error: kError } : {})}>
          <input type="number" inputMode="numeric" min={5} step={1} value={kText} onChange={(e) => setKText(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy || files.length === 0}>
            {t('rep.run')}
          </button>
        </div>
      </form>
      {status ? <p role="status">{status}</p> : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {view ? (
        <>
          <section aria-labelledby="rep-skipped-h">
            <h2 id="rep-skipped-h">{t('rep.skipped')}</h2>
            {skipped === 0 ? (
              <p>{t('rep.noneSkipped')}</p>
            ) : (
              <ul className="plain-list">
                {view.rejected.map((r, i) => (
                  <li key={`r${i}`}>{r.reason.startsWith(r.file) ? r.reason : `${r.file}: ${r.reason}`}</li>
                ))}
                {view.duplicates.map((d, i) => (
                  <li key={`d${i}`}>
                    <strong>{d.file}</strong>: {t('rep.duplicate', { of: d.of, by: t(`rep.by.${d.by}`) })}
                  </li>
                ))}
                {view.otherPeriod.map((o, i) => (
                  <li key={`o${i}`}>
                    <strong>{o.file}</strong>: {t('rep.otherPeriod', { period: o.period, report: view.report?.period ?? '' })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {view.notes.length > 0 ? (
            <section aria-labelledby="rep-notes-h">
              <h2 id="rep-notes-h">{t('rep.notes')}</h2>
              <ul className="plain-list">
                {view.notes.map((n, i) => (
                  <li key={`n${i}`}>{n.note}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {view.report ? (
            <>
              <ReportTables view={{ ...view, report: view.report }} t={t} />
              <section aria-labelledby="rep-export-h">
                <h2 id="rep-export-h">{t('rep.export')}</h2>
                <div className="actions">
                  <button type="button" disabled={busy} onClick={() => void exportAs('html')}>
                    {t('rep.exportHtml')}
                  </button>
                  <button type="button" disabled={busy} onClick={() => void exportAs('json')}>
                    {t('rep.exportJson')}
                  </button>
                  <button type="button" disabled={busy} onClick={() => void exportAs('csv')}>
                    {t('rep.exportCsv')}
                  </button>
                </div>
              </section>
            </>
          ) : (
            <p role="alert">{t('rep.noReport')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
