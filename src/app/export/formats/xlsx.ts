/**
 * `xlsx`: a real workbook (exceljs): one sheet per month with the day table, a totals row and the
 * pay lines; typed cells (dates as dates, hours as numbers with two decimals); a sheet of
 * corrections when there are any. Dates are written as the local wall-clock time (Excel has no
 * zones); the zone is named in the sheet header.
 */
import type { Lang } from '../../../core/model';
import { DAY_MS } from '../../../core/time/units';
import { zoneClock } from '../../../core/time/zone';
import { parseDate } from '../../../core/time/civil';
import type { Timesheet } from '../timesheet';
import { classLabel, correctionRows, figureColumns, hoursExact, periodsText, t, weekdayName } from './common';

/** A Date whose UTC fields show the local wall-clock time (how exceljs stores dates). */
const wall = (ms: number, zone: string): Date => new Date(ms + zoneClock(zone).offsetAt(ms));
const dateOnly = (day: string): Date => new Date(parseDate(day) * DAY_MS);

export async function writeXlsx(ts: Timesheet, lang: Lang): Promise<Uint8Array> {
  // Loaded on demand: exceljs takes ~150 ms to load, which every other `fyrabend` command would pay.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Fyrabend';
  wb.created = new Date(ts.generatedAt);
  wb.modified = new Date(ts.generatedAt);
  const cols = figureColumns(ts);
  for (const m of ts.months) {
    const ws = wb.addWorksheet(m.label);
    ws.addRow([`${t(lang, 'title')} ${m.label}`, `${t(lang, 'employee')}: ${ts.employee.name}`, `${t(lang, 'employeeNumber')}: ${ts.employee.number}`, ts.zone]);
    const header = ws.addRow([t(lang, 'col.date'), t(lang, 'col.weekday'), t(lang, 'col.week'), t(lang, 'col.start'), t(lang, 'col.end'), t(lang, 'col.sessions'), ...cols.map((c) => c.header(lang))]);
    header.font = { bold: true };
    for (const d of m.days) {
      const first = d.work[0];
      const last = d.work[d.work.length - 1];
      const row = ws.addRow([
        dateOnly(d.day),
        weekdayName(d, lang),
        d.week,
        first ? wall(first.start, ts.zone) : null,
        last ? wall(last.end, ts.zone) : null,
        periodsText(d, ts.zone),
        ...cols.map((c) => hoursExact(c.value(d))),
      ]);
      row.getCell(1).numFmt = 'dd.mm.yyyy';
      row.getCell(4).numFmt = 'dd.mm.yyyy hh:mm';
      row.getCell(5).numFmt = 'dd.mm.yyyy hh:mm';
      for (let k = 0; k < cols.length; k++) row.getCell(7 + k).numFmt = '0.00';
    }
    const first = 3;
    const lastRow = 2 + m.days.length;
    const total = ws.addRow([t(lang, 'total'), '', '', '', '', '']);
    total.font = { bold: true };
    cols.forEach((c, k) => {
      const cell = total.getCell(7 + k);
      const letter = ws.getColumn(7 + k).letter;
      const sum = hoursExact(m.days.reduce((s, d) => s + c.value(d), 0));
      cell.value = m.days.length ? { formula: `SUM(${letter}${first}:${letter}${lastRow})`, result: sum } : sum;
      cell.numFmt = '0.00';
    });
    ws.addRow([]);
    const linesHeader = ws.addRow([t(lang, 'payLines'), t(lang, 'wageType'), t(lang, 'quantity')]);
    linesHeader.font = { bold: true };
    for (const l of m.lines) {
      const r = ws.addRow([l.classes.map((id) => classLabel(ts, id, lang)).join(', '), l.wageType, hoursExact(l.ms)]);
      r.getCell(3).numFmt = '0.00';
    }
    ws.getColumn(1).width = 12;
    ws.getColumn(4).width = 17;
    ws.getColumn(5).width = 17;
    ws.getColumn(6).width = 30;
  }
  const corr = correctionRows(ts);
  if (corr.length) {
    const ws = wb.addWorksheet(t(lang, 'corrections').slice(0, 31));
    ws.addRow([t(lang, 'col.correctsPeriod'), t(lang, 'col.date'), ...cols.filter((c) => c.classId).map((c) => c.header(lang))]).font = { bold: true };
    for (const r of corr) {
      const row = ws.addRow([r.period, dateOnly(r.day), ...cols.filter((c) => c.classId).map((c) => hoursExact(r.deltas[c.classId as string] ?? 0))]);
      row.getCell(2).numFmt = 'dd.mm.yyyy';
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
