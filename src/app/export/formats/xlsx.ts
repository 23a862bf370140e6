/**
 * `xlsx`: a real workbook (exceljs): one sheet per month with the day table, a totals row and the
 * pay lines; typed cells (dates as dates, hours as numbers with two decimals); a sheet of
 * corrections when there are any. Dates are written as the local wall-clock time (Excel has no
 * zones); the zone is named in the sheet header.
 *
 * Printing (issue 16): A4 landscape, fit to one page wide, the column header row frozen on screen
 * and repeated on every printed page, column widths from their content, the employee, number and
 * period in the page header and the page number in the footer.
 *
 * Absence (issue 15): its lines follow the pay lines (a kind without a wage type says so), then a
 * table of the month's absence per day (date, weekday, kind, detail, hours, wage type); absence
 * corrections follow the day corrections on the corrections sheet.
 */
import type { Style, Worksheet as Sheet } from 'exceljs';
// The Workbook class alone, without the streaming reader and writer the package index loads (see exceljs-workbook.d.ts).
import Workbook from 'exceljs/lib/doc/workbook';
import type { Lang } from '../../../core/model';
import { DAY_MS } from '../../../core/time/units';
import { zoneClock } from '../../../core/time/zone';
import { parseDate } from '../../../core/time/civil';
import type { Timesheet } from '../timesheet';
import { periodText, weekText } from '../../../shared/i18n/week-label';
import type { AbsenceKind } from '../../../core/absence/model';
import { absenceDetailText, absenceKindName, absenceWageType, basisLine, correctionRows, figureColumns, hoursExact, lineLabel, localDate, norDate, periodsText, t, weekdayName } from './common';
import { maxOf } from '../../../core/extent';

/** A Date whose UTC fields show the local wall-clock time (how exceljs stores dates). */
const wall = (ms: number, zone: string): Date => new Date(ms + zoneClock(zone).offsetAt(ms));
const dateOnly = (day: string): Date => new Date(parseDate(day) * DAY_MS);

/** Excel's paper size code for A4. */
export const XLSX_PAPER_A4 = 9;
/** The row holding the column headers (frozen and repeated when printed). */
export const XLSX_HEADER_ROW = 2;

/** Header/footer text with Excel's `&` codes escaped. */
const hf = (s: string): string => s.replace(/&/g, '&&');


/**
 * Column widths from content: the longest text in each column between rows `from` and `to` (the
 * header, the days and the total; the title row and the pay lines may run across). A header wraps
 * over two lines, so half its length is enough, but never less than its longest word.
 */
function fitColumns(ws: Sheet, from: number, to: number, min = 6, max = 48): void {
  ws.columns.forEach((col) => {
    let width = min;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      const row = Number(cell.row);
      if (row < from || row > to) return;
      const v = cell.value;
      if (row === from) {
        const text = String(v ?? '');
        const word = Math.max(0, maxOf(text.split(/\s+/).map((w) => w.length)));
        width = Math.max(width, Math.ceil(text.length / 2) + 2, word + 2);
        return;
      }
      const len =
        v instanceof Date ? (cell.numFmt === 'dd.mm.yyyy' ? 10 : 16) : typeof v === 'number' ? v.toFixed(2).length : typeof v === 'object' && v !== null && 'result' in v ? 8 : String(v ?? '').length;
      width = Math.max(width, len + 2);
    });
    col.width = Math.min(max, width);
  });
}

/**
 * One style object for all cells (and rows) of the same style and type (issue 21 item 5). Each exceljs
 * cell gets its own style object, and exceljs's writer remembers only the style objects it has seen, so
 * it renders the XML of every cell's style again to find that it is one of a handful. A cell's style
 * index depends on its style and type (a number without a format is General), so those are the key;
 * the same styles in the same order, so the workbook is the same. Called when the sheet is complete
 * (a style set later on one cell would change the others).
 */
function shareStyles(ws: Sheet, shared: Map<string, Partial<Style>>): void {
  const one = (key: string, style: Partial<Style>): Partial<Style> => {
    const s = shared.get(key);
    if (s) return s;
    shared.set(key, style);
    return style;
  };
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    // A row's own style (exceljs has it, its types do not): {} but for the bold rows.
    const rs = row as unknown as { style: Partial<Style> };
    rs.style = one(`row ${JSON.stringify(rs.style)}`, rs.style);
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (cell) cell.style = one(`${cell.type} ${cell.effectiveType} ${JSON.stringify(cell.style)}`, cell.style);
    }
  }
}

function pageSetup(ws: Sheet, ts: Timesheet, lang: Lang, period: string, repeatHeader: boolean): void {
  ws.pageSetup = {
    paperSize: XLSX_PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(repeatHeader ? { printTitlesRow: `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}` } : {}),
  };
  ws.headerFooter = {
    oddHeader: `&L${hf(`${t(lang, 'employee')}: ${ts.employee.name} (${t(lang, 'employeeNumber')} ${ts.employee.number})`)}&R${hf(`${t(lang, 'title')} ${periodText(period, lang)}`)}`,
    oddFooter: `&L${hf(ts.zone)}&R&P / &N`,
  };
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: XLSX_HEADER_ROW }];
}

/** This module (and exceljs, ~150 ms to load) is loaded only for an xlsx file: formats/index.ts imports it on demand. */
export async function writeXlsx(ts: Timesheet, lang: Lang): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = 'Fyrabend';
  wb.created = new Date(ts.generatedAt);
  wb.modified = new Date(ts.generatedAt);
  const cols = figureColumns(ts);
  // A year gets a sheet per month with work (or already sent), not twelve sheets with empty months.
  const shown = ts.months.filter((m) => m.days.length > 0 || m.absences.length > 0 || m.submittedAt !== null);
  for (const m of shown.length > 0 ? shown : ts.months.slice(0, 1)) {
    const ws = wb.addWorksheet(m.label);
    // One text in A1 (it runs across the empty cells to its right; separate cells would cut each other off).
    const title = [`${t(lang, 'title')} ${periodText(m.label, lang)}`, `${t(lang, 'employee')}: ${ts.employee.name}`, `${t(lang, 'employeeNumber')}: ${ts.employee.number}`, ts.zone];
    if (ts.repeats !== null) title.push(t(lang, 'repeatNote', { date: norDate(localDate(ts.repeats, ts.zone)) }));
    ws.addRow([title.join(' · ')]).font = { bold: true };
    const header = ws.addRow([t(lang, 'col.date'), t(lang, 'col.weekday'), t(lang, 'col.week'), t(lang, 'col.start'), t(lang, 'col.end'), t(lang, 'col.sessions'), ...cols.map((c) => c.header(lang)), t(lang, 'col.timeOff'), t(lang, 'col.overtimeReason')]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    // Two lines of header text (row heights are not computed by every reader, LibreOffice among them).
    header.height = 30;
    for (const d of m.days) {
      const first = d.work[0];
      const last = d.work[d.work.length - 1];
      const row = ws.addRow([
        dateOnly(d.day),
        weekdayName(d, lang),
        weekText(d.week, lang, false),
        first ? wall(first.start, ts.zone) : null,
        last ? wall(last.end, ts.zone) : null,
        periodsText(d, ts.zone),
        ...cols.map((c) => hoursExact(c.value(d))),
        d.timeOffMs ? hoursExact(d.timeOffMs) : null,
        basisLine(d, lang),
      ]);
      row.getCell(1).numFmt = 'dd.mm.yyyy';
      row.getCell(4).numFmt = 'dd.mm.yyyy hh:mm';
      row.getCell(5).numFmt = 'dd.mm.yyyy hh:mm';
      for (let k = 0; k <= cols.length; k++) row.getCell(7 + k).numFmt = '0.00';
    }
    const first = XLSX_HEADER_ROW + 1;
    const lastRow = XLSX_HEADER_ROW + m.days.length;
    const total = ws.addRow([t(lang, 'total'), '', '', '', '', '']);
    total.font = { bold: true };
    cols.forEach((c, k) => {
      const cell = total.getCell(7 + k);
      const letter = ws.getColumn(7 + k).letter;
      const sum = hoursExact(m.days.reduce((s, d) => s + c.value(d), 0));
      cell.value = m.days.length ? { formula: `SUM(${letter}${first}:${letter}${lastRow})`, result: sum } : sum;
      cell.numFmt = '0.00';
    });
    if (m.timeOffMs > 0) {
      const cell = total.getCell(7 + cols.length);
      cell.value = hoursExact(m.timeOffMs);
      cell.numFmt = '0.00';
    }
    ws.addRow([]);
    // Pay lines: the classes in A (running across B), the wage type in C, the hours in D (wide columns).
    const linesHeader = ws.addRow([t(lang, 'payLines'), '', t(lang, 'wageType'), t(lang, 'quantity')]);
    linesHeader.font = { bold: true };
    for (const l of m.lines) {
      const r = ws.addRow([lineLabel(ts, l, lang), '', l.wageType, hoursExact(l.ms)]);
      r.getCell(4).numFmt = '0.00';
    }
    for (const l of m.absenceLines) {
      const r = ws.addRow([lineLabel(ts, l, lang), '', l.wageType.trim() || t(lang, 'absenceNoWageType'), hoursExact(l.ms)]);
      r.getCell(4).numFmt = '0.00';
    }
    // Overtime taken as time off in lieu is listed, not paid: no wage type.
    if (m.timeOffMs > 0) ws.addRow([t(lang, 'timeOffLine'), '', '—', hoursExact(m.timeOffMs)]).getCell(4).numFmt = '0.00';
    if (m.absences.length > 0) {
      ws.addRow([]);
      const ah = ws.addRow([t(lang, 'col.date'), t(lang, 'col.weekday'), t(lang, 'col.absence'), t(lang, 'col.absenceDetail'), t(lang, 'col.absenceHours'), t(lang, 'wageType')]);
      ah.font = { bold: true };
      for (const a of m.absences) {
        const r = ws.addRow([dateOnly(a.day), weekdayName(a, lang), absenceKindName(a.kind, lang), absenceDetailText(a, lang), hoursExact(a.ms), a.wageType || t(lang, 'absenceNoWageType')]);
        r.getCell(1).numFmt = 'dd.mm.yyyy';
        r.getCell(5).numFmt = '0.00';
      }
    }
    fitColumns(ws, XLSX_HEADER_ROW, XLSX_HEADER_ROW + m.days.length + 1);
    pageSetup(ws, ts, lang, m.label, true);
  }
  const corr = correctionRows(ts);
  if (corr.length || ts.absenceCorrections.length) {
    const ws = wb.addWorksheet(t(lang, 'corrections').slice(0, 31));
    ws.addRow([[t(lang, 'corrections'), `${t(lang, 'employee')}: ${ts.employee.name}`, `${t(lang, 'employeeNumber')}: ${ts.employee.number}`].join(' · ')]).font = { bold: true };
    const header = ws.addRow([t(lang, 'col.correctsPeriod'), t(lang, 'col.date'), ...cols.filter((c) => c.classId).map((c) => c.header(lang))]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    header.height = 30;
    for (const r of corr) {
      const row = ws.addRow([periodText(r.period, lang), dateOnly(r.day), ...cols.filter((c) => c.classId).map((c) => hoursExact(r.deltas[c.classId as string] ?? 0))]);
      row.getCell(2).numFmt = 'dd.mm.yyyy';
      for (let k = 3; k <= row.cellCount; k++) row.getCell(k).numFmt = '0.00';
    }
    fitColumns(ws, XLSX_HEADER_ROW, XLSX_HEADER_ROW + corr.length);
    if (ts.absenceCorrections.length) {
      ws.addRow([]);
      const ah = ws.addRow([t(lang, 'col.correctsPeriod'), t(lang, 'col.date'), t(lang, 'col.absence'), t(lang, 'col.absenceHours'), t(lang, 'wageType')]);
      ah.font = { bold: true };
      for (const c of ts.absenceCorrections) {
        const r = ws.addRow([periodText(c.period, lang), dateOnly(c.day), absenceKindName(c.classId as AbsenceKind, lang), hoursExact(c.deltaMs), absenceWageType(ts, c.classId) || t(lang, 'absenceNoWageType')]);
        r.getCell(2).numFmt = 'dd.mm.yyyy';
        r.getCell(4).numFmt = '0.00';
      }
    }
    pageSetup(ws, ts, lang, ts.period, true);
  }
  const styles = new Map<string, Partial<Style>>();
  wb.eachSheet((ws) => shareStyles(ws, styles));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
