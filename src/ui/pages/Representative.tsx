/**
 * Representative (issues 8 and 17): load many `fyrabend.summary/2` files (read in the window, bounded in
 * size and time), say how many people handed them in, choose k (at least 5), and see per group and per rule
 * every figure the disclosure control lets through. The tables, numbers and hidden-figure texts come from
 * the app's report view, exactly as report.html has them. Skipped, replaced and duplicate files are listed
 * here only; the exported report never names a file. The page also makes the invitation employees open.
 */
import { useState, type ChangeEvent } from 'react';
import type { CellText, RepAggregateView, SummaryFileInput, TableView } from '../../shared/ipc/summary-contract';
import { api } from '../api';
import { Field } from '../components/Field';
import { useSummaryTexts } from '../hooks/useSummaryTexts';
import { chosenFile, MAX_FILE_BYTES, readChosenFiles } from '../lib/summary-files';
import { maxOf } from '../../core/extent';

type T = ReturnType<typeof useSummaryTexts>;

function parseWhole(text: string, min: number, max: number): number | null {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && Number.isInteger(n) && n >= min && n <= max ? n : null;
}
const parseK = (text: string) => parseWhole(text, 5, 1000);
const parseSenders = (text: string) => parseWhole(text, 1, 100_000);
function parseP(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) && n >= 50 && n <= 85 ? n : null;
}
const PERIOD = /^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/;

function Cell({ cell }: { cell: CellText }) {
  return <td className={cell.suppressed ? 'suppressed' : undefined}>{cell.text}</td>;
}

/** The weekly trend as bars; hidden weeks have no bar and "hidden" as their label. */
function Trend({ points, label }: { points: NonNullable<TableView['trends'][number]['points']>; label: string }) {
  const slot = 52, left = 8, top = 20, plotH = 120, bottom = 38;
  const width = left * 2 + Math.max(1, points.length) * slot;
  const max = Math.max(1, maxOf(points.map((p) => p.value ?? 0)));
  return (
    <div className="chart-scroll" tabIndex={0} role="region" aria-label={label}>
      <svg viewBox={`0 0 ${width} ${top + plotH + bottom}`} width={width} height={top + plotH + bottom} role="img" aria-label={label} className="week-trend">
        <line x1={left} x2={width - left} y1={top + plotH} y2={top + plotH} className="axis" />
        {points.map((p, i) => {
          const h = Math.round(((p.value ?? 0) / max) * plotH);
          const x = left + i * slot + 8;
          return (
            <g key={p.week}>
              {p.value === null ? null : (
                <rect x={x} y={top + plotH - h} width={slot - 16} height={h} className="bar-part swatch-border">
                  <title>{`${p.label}: ${p.text}`}</title>
                </rect>
              )}
              <text x={x + (slot - 16) / 2} y={top + plotH - h - 4} textAnchor="middle" className="axis-label">
                {p.text}
              </text>
              <text x={x + (slot - 16) / 2} y={top + plotH + 16} textAnchor="middle" className="axis-label">
                {p.axis}
              </text>
              {p.year === null ? null : (
                <text x={x + (slot - 16) / 2} y={top + plotH + 30} textAnchor="middle" className="axis-label">
                  {p.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function ReportTables({ view }: { view: NonNullable<RepAggregateView['view']> }) {
  return (
    <>
      <p>{view.intro}</p>
      <p>{view.input}</p>
      {view.tables.map((table) => (
        <section key={table.dimension}>
          <h2 id={`rep-${table.dimension}-h`}>{table.heading}</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={table.heading}>
            <table className="numbers">
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.group}>
                    <th scope="row">{row.group}</th>
                    {row.cells.map((c, i) => (
                      <Cell key={i} cell={c} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{table.rulesHeading}</h3>
          <p className="field-hint">{table.rulesNote}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={table.rulesHeading}>
            <table className="numbers">
              <thead>
                <tr>
                  {table.ruleColumns.map((c, i) => (
                    <th scope="col" key={i}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.ruleRows.map((row) => (
                  <tr key={row.rule}>
                    <th scope="row">{row.rule}</th>
                    {row.cells.map((c, i) => (
                      <Cell key={i} cell={c} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{table.trendHeading}</h3>
          <p className="field-hint">{table.trendNote}</p>
          {table.trends.map((trend) => (
            <figure key={trend.group} className="chart">
              <figcaption>{trend.caption}</figcaption>
              {trend.points ? <Trend points={trend.points} label={trend.caption} /> : <p className="suppressed">{trend.suppressed}</p>}
            </figure>
          ))}
        </section>
      ))}
    </>
  );
}

function InviteMaker({ t, kText }: { t: T; kText: string }) {
  const [period, setPeriod] = useState('');
  const [contact, setContact] = useState('');
  const [periodError, setPeriodError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    const ok = PERIOD.test(period.trim());
    setPeriodError(ok ? null : t('rep.invitePeriodError'));
    if (!ok) return;
    const r = await api.repInvite({ period: period.trim(), k: parseK(kText) ?? 6, contact });
    if (!r.ok) return (setStatus(null), setError(r.error.message));
    setError(null);
    setStatus(t('rep.inviteSaved', { path: r.value.path }));
  };
  return (
    <section aria-labelledby="rep-invite-h">
      <h2 id="rep-invite-h">{t('rep.inviteTitle')}</h2>
      <p>{t('rep.inviteIntro')}</p>
      <form
        aria-labelledby="rep-invite-h"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <Field label={t('rep.invitePeriod')} {...(periodError ? { error: periodError } : {})}>
          <input type="text" value={period} onChange={(e) => setPeriod(e.target.value)} />
        </Field>
        <Field label={t('rep.inviteContact')}>
          <textarea value={contact} maxLength={500} onChange={(e) => setContact(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit">{t('rep.inviteMake')}</button>
        </div>
      </form>
      {status ? <p role="status">{status}</p> : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

export function RepresentativePage() {
  const t = useSummaryTexts();
  const [files, setFiles] = useState<SummaryFileInput[]>([]);
  const [invite, setInvite] = useState<string | undefined>(undefined);
  const [kText, setKText] = useState('6');
  const [kError, setKError] = useState<string | null>(null);
  const [pText, setPText] = useState('85');
  const [pError, setPError] = useState<string | null>(null);
  const [sendersText, setSendersText] = useState('');
  const [sendersError, setSendersError] = useState<string | null>(null);
  const [view, setView] = useState<RepAggregateView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** k and senders as numbers, or null (with the messages set) when one is not valid. */
  const settings = (quiet: boolean): { k: number; p: number; senders: number } | null => {
    const k = parseK(kText);
    const p = parseP(pText);
    const senders = parseSenders(sendersText);
    if (!quiet || sendersText !== '') setSendersError(senders === null ? t('rep.sendersError') : null);
    setKError(k === null ? t('rep.kError') : null);
    setPError(p === null ? t('rep.pError') : null);
    return k === null || p === null || senders === null ? null : { k, p, senders };
  };
  const run = async (chosen: SummaryFileInput[] = files, quiet = false) => {
    const s = settings(quiet);
    if (s === null || chosen.length === 0) return;
    setBusy(true);
    setError(null);
    const r = await api.repAggregate({ files: chosen, ...s, ...(invite === undefined ? {} : { invite }) });
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
    await run(read, true);
  };
  const chooseInvite = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    const [read] = f ? await readChosenFiles([chosenFile(f)], 64 * 1024) : [];
    setInvite(read?.text);
  };
  const exportAs = async (format: 'html' | 'json' | 'csv') => {
    const s = settings(false);
    if (s === null) return;
    setBusy(true);
    const r = await api.repExport({ files, ...s, format, ...(invite === undefined ? {} : { invite }) });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setStatus(t('rep.exported', { path: r.value.path }));
  };
  const skipped = view ? view.rejected.length + view.duplicates.length + view.otherPeriod.length + view.otherInvite.length : 0;
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
        <Field label={t('rep.senders')} hint={t('rep.sendersHint')} {...(sendersError ? { error: sendersError } : {})}>
          <input type="number" inputMode="numeric" min={1} step={1} value={sendersText} onChange={(e) => setSendersText(e.target.value)} />
        </Field>
        <Field label={t('rep.files')} hint={t('rep.filesHint', { kb })}>
          <input type="file" multiple accept=".json,application/json" onChange={(e) => void choose(e)} />
        </Field>
        <Field label={t('rep.inviteFile')} hint={t('rep.inviteFileHint')}>
          <input type="file" accept=".json,application/json" onChange={(e) => void chooseInvite(e)} />
        </Field>
        <Field label={t('rep.k')} hint={t('rep.kHint')} {...(kError ? { error: kError } : {})}>
          <input type="number" inputMode="numeric" min={5} step={1} value={kText} onChange={(e) => setKText(e.target.value)} />
        </Field>
        <Field label={t('rep.p')} hint={t('rep.pHint')} {...(pError ? { error: pError } : {})}>
          <input type="text" inputMode="decimal" value={pText} onChange={(e) => setPText(e.target.value)} />
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
                    <strong>{d.file}</strong>: {t(d.by === 'replaced' ? 'rep.replaced' : 'rep.same', { of: d.of })}
                  </li>
                ))}
                {view.otherPeriod.map((o, i) => (
                  <li key={`o${i}`}>
                    <strong>{o.file}</strong>: {t('rep.otherPeriod', { period: o.period, report: view.report?.period ?? '' })}
                  </li>
                ))}
                {view.otherInvite.map((o, i) => (
                  <li key={`i${i}`}>
                    <strong>{o.file}</strong>: {t('rep.otherInvite')}
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
          {view.problem ? (
            <p className="form-error" role="alert">
              {view.problem}
            </p>
          ) : view.view ? (
            <>
              <ReportTables view={view.view} />
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
      <InviteMaker t={t} kText={kText} />
    </section>
  );
}
