/**
 * `html`: a printable signed timesheet (AML § 10-7: date, start and end of each work period,
 * breaks, overtime, and why overtime was worked), self-contained: inline CSS, no scripts, no
 * external resources. Printed on A4 landscape (`@page`), one month per page run, the table header
 * repeated on every page, no forced break after the last month (so no empty trailing page).
 * Numbers use the reader's decimal mark (comma in nb and nn). Absence (issue 15) per day in its own
 * table after the work days, its lines with the pay lines (a kind without a wage type says so), and
 * absence corrections with the others. Ends with signature lines.
 */
import type { Lang } from '../../../core/model';
import type { Timesheet, TimesheetMonth } from '../timesheet';
import type { AbsenceKind } from '../../../core/absence/model';
import { periodText } from '../../../shared/i18n/week-label';
import { absenceDetailText, absenceKindName, absenceWageType, basisLine, clockText, correctionRows, figureColumns, hoursText, iso, lineLabel, localDate, norDate, periodLines, t, weekdayName, type FigureColumn } from './common';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The print layout: A4 landscape with 12 mm margins holds every column at 8.5 pt. */
export const HTML_PAGE = { size: 'A4 landscape', widthMm: 297, heightMm: 210, marginMm: 12 } as const;

const STYLE = `@page{size:${HTML_PAGE.size};margin:${HTML_PAGE.marginMm}mm}
body{font-family:system-ui,sans-serif;font-size:8.5pt;margin:0;color:#000}
@media screen{body{margin:1.5cm}}
section.month+section.month{break-before:page}
h1{font-size:14pt;margin:0 0 .3em}h2{font-size:11pt;margin:1em 0 .3em;break-after:avoid}
table{border-collapse:collapse;width:100%;margin-bottom:.6em}th,td{border:1px solid #999;padding:1px 3px;vertical-align:top}
thead{display:table-header-group}tr{break-inside:avoid}
th{background:#eee;text-align:left;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.p{white-space:nowrap}tr.total td{font-weight:bold}
.meta td{border:none;padding:0 1em 0 0}.legal{font-size:8pt}.notice{border:1px solid #000;padding:3px 6px}
.sign{display:flex;gap:2cm;margin-top:1.2cm;break-inside:avoid}.sign div{flex:1;border-top:1px solid #000;padding-top:4px}`;

function dayTable(ts: Timesheet, m: TimesheetMonth, cols: readonly FigureColumn[], lang: Lang): string {
  const z = ts.zone;
  const reasons = m.days.some((d) => (d.overtimeBasis ?? []).length > 0);
  const timeOff = m.timeOffMs > 0;
  const parts: string[] = ['<table class="days"><thead><tr>'];
  const heads = [t(lang, 'col.date'), t(lang, 'col.weekday'), t(lang, 'col.sessions'), ...cols.map((c) => c.header(lang)), ...(timeOff ? [t(lang, 'col.timeOff')] : []), ...(reasons ? [t(lang, 'col.overtimeReason')] : [])];
  for (const h of heads) parts.push(`<th>${esc(h)}</th>`);
  parts.push('</tr></thead><tbody>');
  for (const d of m.days) {
    parts.push(`<tr><td class="p">${norDate(d.day)}</td><td>${esc(weekdayName(d, lang))}</td><td class="p">${periodLines(d, z).map(esc).join('<br>')}</td>`);
    for (const c of cols) parts.push(`<td class="n">${hoursText(c.value(d), lang)}</td>`);
    if (timeOff) parts.push(`<td class="n">${d.timeOffMs ? hoursText(d.timeOffMs, lang) : ''}</td>`);
    if (reasons) parts.push(`<td>${esc(basisLine(d, lang))}</td>`);
    parts.push('</tr>');
  }
  parts.push(`<tr class="total"><td colspan="3">${esc(t(lang, 'total'))}</td>`);
  for (const c of cols) parts.push(`<td class="n">${hoursText(m.days.reduce((s, d) => s + c.value(d), 0), lang)}</td>`);
  if (timeOff) parts.push(`<td class="n">${hoursText(m.timeOffMs, lang)}</td>`);
  if (reasons) parts.push('<td></td>');
  parts.push('</tr></tbody></table>');
  return parts.join('');
}

/** The month's absence per day: date, weekday, kind, detail, hours, wage type. */
function absenceTable(ts: Timesheet, m: TimesheetMonth, lang: Lang): string {
  if (m.absences.length === 0) return '';
  const parts: string[] = [`<h2>${esc(t(lang, 'absence'))}</h2><table class="absence"><thead><tr>`];
  for (const h of [t(lang, 'col.date'), t(lang, 'col.weekday'), t(lang, 'col.absence'), t(lang, 'col.absenceDetail'), t(lang, 'col.absenceHours'), t(lang, 'wageType')]) parts.push(`<th>${esc(h)}</th>`);
  parts.push('</tr></thead><tbody>');
  for (const a of m.absences) {
    parts.push(`<tr><td class="p">${norDate(a.day)}</td><td>${esc(weekdayName(a, lang))}</td><td>${esc(absenceKindName(a.kind, lang))}</td><td>${esc(absenceDetailText(a, lang))}</td><td class="n">${hoursText(a.ms, lang)}</td><td>${esc(a.wageType || t(lang, 'absenceNoWageType'))}</td></tr>`);
  }
  parts.push(`<tr class="total"><td colspan="4">${esc(t(lang, 'total'))}</td><td class="n">${hoursText(m.absences.reduce((s, a) => s + a.ms, 0), lang)}</td><td></td></tr></tbody></table>`);
  return parts.join('');
}

function correctionsBlock(ts: Timesheet, cols: readonly FigureColumn[], lang: Lang): string {
  const z = ts.zone;
  if (ts.corrections.length === 0 && ts.correctionDeltas.length === 0 && ts.absenceCorrections.length === 0) {
    return ts.months.some((m) => m.submittedAt !== null) ? `<p>${esc(t(lang, 'correctionsNone'))}</p>` : '';
  }
  const parts: string[] = [`<h2>${esc(t(lang, 'corrections'))}</h2>`];
  const span = (i: { start: number; end: number } | null) => (i ? `${iso(i.start, z)} – ${iso(i.end, z)}` : '—');
  // Only absence changed: no empty tables of session changes and day figures.
  if (ts.corrections.length > 0 || ts.correctionDeltas.length > 0) {
    parts.push(`<table><thead><tr><th>${esc(t(lang, 'col.correctsPeriod'))}</th><th></th><th>${esc(t(lang, 'correctionBefore'))}</th><th>${esc(t(lang, 'correctionAfter'))}</th><th>${esc(t(lang, 'correctionReason'))}</th></tr></thead><tbody>`);
    for (const c of ts.corrections) {
      parts.push(`<tr><td>${esc(periodText(c.period, lang))}</td><td>${esc(t(lang, `correctionAction.${c.action}`))}</td><td>${esc(span(c.before))}</td><td>${esc(span(c.after))}</td><td>${esc(c.reason)}</td></tr>`);
    }
    parts.push('</tbody></table><table><thead><tr>');
    const cc = cols.filter((c) => c.classId);
    for (const h of [t(lang, 'col.correctsPeriod'), t(lang, 'col.date'), ...cc.map((c) => c.header(lang))]) parts.push(`<th>${esc(h)}</th>`);
    parts.push('</tr></thead><tbody>');
    for (const r of correctionRows(ts)) {
      parts.push(`<tr><td>${esc(periodText(r.period, lang))}</td><td>${norDate(r.day)}</td>`);
      for (const c of cc) parts.push(`<td class="n">${hoursText(r.deltas[c.classId as string] ?? 0, lang)}</td>`);
      parts.push('</tr>');
    }
    parts.push('</tbody></table>');
  }
  if (ts.absenceCorrections.length > 0) {
    parts.push(`<h2>${esc(t(lang, 'absenceCorrections'))}</h2><table><thead><tr>`);
    for (const h of [t(lang, 'col.correctsPeriod'), t(lang, 'col.date'), t(lang, 'col.absence'), t(lang, 'col.absenceHours'), t(lang, 'wageType')]) parts.push(`<th>${esc(h)}</th>`);
    parts.push('</tr></thead><tbody>');
    for (const c of ts.absenceCorrections) {
      const type = absenceWageType(ts, c.classId);
      parts.push(`<tr><td>${esc(periodText(c.period, lang))}</td><td>${norDate(c.day)}</td><td>${esc(absenceKindName(c.classId as AbsenceKind, lang))}</td><td class="n">${hoursText(c.deltaMs, lang)}</td><td>${esc(type || t(lang, 'absenceNoWageType'))}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  return parts.join('');
}

export function writeHtml(ts: Timesheet, lang: Lang): Uint8Array {
  const cols = figureColumns(ts);
  const z = ts.zone;
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">`);
  parts.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  parts.push(`<title>${esc(`${t(lang, 'title')} ${periodText(ts.period, lang)} – ${ts.employee.name} (${ts.employee.number})`)}</title><style>${STYLE}</style></head><body>`);
  // A year prints only its months with work (an empty month would be an almost empty page).
  const shown = ts.months.filter((m) => m.days.length > 0 || m.absences.length > 0 || m.submittedAt !== null);
  const months = shown.length > 0 ? shown : ts.months.slice(0, 1);
  months.forEach((m, k) => {
    parts.push(`<section class="month"><h1>${esc(t(lang, 'title'))} ${esc(periodText(m.label, lang))}</h1>`);
    parts.push('<table class="meta"><tr>');
    parts.push(`<td>${esc(t(lang, 'employee'))}: <b>${esc(ts.employee.name)}</b></td>`);
    parts.push(`<td>${esc(t(lang, 'employeeNumber'))}: <b>${esc(ts.employee.number)}</b></td>`);
    parts.push(`<td>${esc(t(lang, 'period'))}: ${norDate(m.from)}–${norDate(m.to)} (${esc(z)})</td>`);
    parts.push(`<td>${esc(t(lang, 'generated'))}: ${norDate(localDate(ts.generatedAt, z))} ${clockText(ts.generatedAt, z)}</td>`);
    parts.push('</tr></table>');
    if (ts.repeats !== null) parts.push(`<p class="notice"><b>${esc(t(lang, 'repeatNote', { date: norDate(localDate(ts.repeats, z)) }))}</b></p>`);
    parts.push(`<p class="legal">${esc(t(lang, 'legal'))} ${esc(t(lang, 'placement'))} ${esc(t(lang, 'breaksNote'))}</p>`);
    if (m.submittedAt !== null) parts.push(`<p><b>${esc(t(lang, 'resubmission', { date: norDate(localDate(m.submittedAt, z)) }))}</b></p>`);
    parts.push(dayTable(ts, m, cols, lang));
    parts.push(absenceTable(ts, m, lang));
    parts.push(`<h2>${esc(t(lang, 'payLines'))}</h2><table class="lines"><thead><tr><th>${esc(t(lang, 'wageType'))}</th><th>${esc(t(lang, 'payClasses'))}</th><th>${esc(t(lang, 'quantity'))}</th></tr></thead><tbody>`);
    for (const l of m.lines) parts.push(`<tr><td>${esc(l.wageType)}</td><td>${esc(lineLabel(ts, l, lang))}</td><td class="n">${hoursText(l.ms, lang)}</td></tr>`);
    for (const l of m.absenceLines) parts.push(`<tr><td>${esc(l.wageType.trim() || t(lang, 'absenceNoWageType'))}</td><td>${esc(lineLabel(ts, l, lang))}</td><td class="n">${hoursText(l.ms, lang)}</td></tr>`);
    // Overtime taken as time off in lieu is listed, not paid: no wage type.
    if (m.timeOffMs > 0) parts.push(`<tr><td>—</td><td>${esc(t(lang, 'timeOffLine'))}</td><td class="n">${hoursText(m.timeOffMs, lang)}</td></tr>`);
    parts.push('</tbody></table>');
    if (k === months.length - 1) parts.push(correctionsBlock(ts, cols, lang));
    parts.push(`<div class="sign"><div>${esc(t(lang, 'signEmployee'))}<br>${esc(t(lang, 'signDate'))}:</div><div>${esc(t(lang, 'signEmployer'))}<br>${esc(t(lang, 'signDate'))}:</div></div></section>`);
  });
  if (months.length === 0) parts.push(correctionsBlock(ts, cols, lang));
  parts.push('</body></html>\n');
  return new TextEncoder().encode(parts.join(''));
}
