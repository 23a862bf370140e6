/**
 * `html`: a printable signed timesheet (AML § 10-7: date, start and end of each work period,
 * breaks, overtime), self-contained: inline CSS, no scripts, no external resources; prints to PDF
 * where the app can print. Ends with signature lines for employee and employer.
 */
import type { Lang } from '../../../core/model';
import type { Timesheet } from '../timesheet';
import { classLabel, clockText, correctionRows, figureColumns, hoursFixed, iso, localDate, norDate, periodsText, t, weekdayName } from './common';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (ms: number): string => hoursFixed(ms, 2);

const STYLE = `body{font-family:system-ui,sans-serif;font-size:10pt;margin:1.5cm;color:#000}
h1{font-size:16pt;margin:0 0 .3em}h2{font-size:12pt;margin:1.2em 0 .4em;page-break-after:avoid}
table{border-collapse:collapse;width:100%;margin-bottom:.8em}th,td{border:1px solid #999;padding:2px 4px;vertical-align:top}
th{background:#eee;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.total td{font-weight:bold}
.meta td{border:none;padding:0 1em 0 0}.legal{font-size:9pt}.sign{display:flex;gap:2cm;margin-top:2cm}
.sign div{flex:1;border-top:1px solid #000;padding-top:4px}
@media print{body{margin:0}section.month{page-break-after:always}}`;

export function writeHtml(ts: Timesheet, lang: Lang): Uint8Array {
  const cols = figureColumns(ts);
  const z = ts.zone;
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html><html lang="${lang === 'en' ? 'en' : lang}"><head><meta charset="utf-8">`);
  parts.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  parts.push(`<title>${esc(`${t(lang, 'title')} ${ts.period} – ${ts.employee.name}`)}</title><style>${STYLE}</style></head><body>`);
  for (const m of ts.months) {
    parts.push(`<section class="month"><h1>${esc(t(lang, 'title'))} ${esc(m.label)}</h1>`);
    parts.push('<table class="meta"><tr>');
    parts.push(`<td>${esc(t(lang, 'employee'))}: <b>${esc(ts.employee.name)}</b></td>`);
    parts.push(`<td>${esc(t(lang, 'employeeNumber'))}: <b>${esc(ts.employee.number)}</b></td>`);
    parts.push(`<td>${esc(t(lang, 'period'))}: ${norDate(m.from)}–${norDate(m.to)} (${esc(z)})</td>`);
    parts.push(`<td>${esc(t(lang, 'generated'))}: ${norDate(localDate(ts.generatedAt, z))} ${clockText(ts.generatedAt, z)}</td>`);
    parts.push('</tr></table>');
    parts.push(`<p class="legal">${esc(t(lang, 'legal'))} ${esc(t(lang, 'placement'))}</p>`);
    if (m.submittedAt !== null) parts.push(`<p><b>${esc(t(lang, 'resubmission', { date: norDate(localDate(m.submittedAt, z)) }))}</b></p>`);
    parts.push('<table><thead><tr>');
    for (const h of [t(lang, 'col.date'), t(lang, 'col.weekday'), t(lang, 'col.sessions'), ...cols.map((c) => c.header(lang))]) parts.push(`<th>${esc(h)}</th>`);
    parts.push('</tr></thead><tbody>');
    for (const d of m.days) {
      parts.push(`<tr><td>${norDate(d.day)}</td><td>${esc(weekdayName(d, lang))}</td><td>${esc(periodsText(d, z))}</td>`);
      for (const c of cols) parts.push(`<td class="n">${num(c.value(d))}</td>`);
      parts.push('</tr>');
    }
    parts.push(`<tr class="total"><td colspan="3">${esc(t(lang, 'total'))}</td>`);
    for (const c of cols) parts.push(`<td class="n">${num(m.days.reduce((s, d) => s + c.value(d), 0))}</td>`);
    parts.push('</tr></tbody></table>');
    parts.push(`<h2>${esc(t(lang, 'payLines'))}</h2><table><thead><tr><th>${esc(t(lang, 'wageType'))}</th><th></th><th>${esc(t(lang, 'quantity'))}</th></tr></thead><tbody>`);
    for (const l of m.lines) parts.push(`<tr><td>${esc(l.wageType)}</td><td>${esc(l.classes.map((id) => classLabel(ts, id, lang)).join(', '))}</td><td class="n">${num(l.ms)}</td></tr>`);
    parts.push('</tbody></table>');
    parts.push(`<div class="sign"><div>${esc(t(lang, 'signEmployee'))}<br>${esc(t(lang, 'signDate'))}:</div><div>${esc(t(lang, 'signEmployer'))}<br>${esc(t(lang, 'signDate'))}:</div></div></section>`);
  }
  parts.push(`<section><h2>${esc(t(lang, 'corrections'))}</h2>`);
  if (ts.corrections.length === 0 && ts.correctionDeltas.length === 0) parts.push(`<p>${esc(t(lang, 'correctionsNone'))}</p>`);
  else {
    const span = (i: { start: number; end: number } | null) => (i ? `${iso(i.start, z)} – ${iso(i.end, z)}` : '—');
    parts.push(`<table><thead><tr><th>${esc(t(lang, 'col.correctsPeriod'))}</th><th></th><th>${esc(t(lang, 'correctionBefore'))}</th><th>${esc(t(lang, 'correctionAfter'))}</th><th>${esc(t(lang, 'correctionReason'))}</th></tr></thead><tbody>`);
    for (const c of ts.corrections) {
      parts.push(`<tr><td>${esc(c.period)}</td><td>${esc(t(lang, `correctionAction.${c.action}`))}</td><td>${esc(span(c.before))}</td><td>${esc(span(c.after))}</td><td>${esc(c.reason)}</td></tr>`);
    }
    parts.push('</tbody></table><table><thead><tr>');
    const cc = cols.filter((c) => c.classId);
    for (const h of [t(lang, 'col.correctsPeriod'), t(lang, 'col.date'), ...cc.map((c) => c.header(lang))]) parts.push(`<th>${esc(h)}</th>`);
    parts.push('</tr></thead><tbody>');
    for (const r of correctionRows(ts)) {
      parts.push(`<tr><td>${esc(r.period)}</td><td>${norDate(r.day)}</td>`);
      for (const c of cc) parts.push(`<td class="n">${num(r.deltas[c.classId as string] ?? 0)}</td>`);
      parts.push('</tr>');
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section></body></html>\n');
  return new TextEncoder().encode(parts.join(''));
}
