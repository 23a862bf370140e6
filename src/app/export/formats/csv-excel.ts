/**
 * `csv-excel`: what Norwegian Excel opens correctly: SEMICOLON, decimal comma (also in English, so
 * the numbers read as numbers in a Norwegian Excel), `dd.mm.yyyy`, local `HH:MM` times, UTF-8 with
 * BOM, CRLF, headers in the user's language. Every row ends with the employee number and name and
 * the day's overtime reason.
 */
import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../../../core/model';
import type { Timesheet } from '../timesheet';
import { clockText, correctionRows, figureColumns, hoursFixed, localDate, norDate, periodsText, t, weekdayName } from './common';

const comma = (s: string): string => s.replace('.', ',');

export function csvExcelRows(ts: Timesheet, lang: Lang): string[][] {
  const cols = figureColumns(ts);
  const at = (ms: number): string => `${norDate(localDate(ms, ts.zone))} ${clockText(ms, ts.zone)}`;
  const header = [
    t(lang, 'col.type'),
    t(lang, 'col.date'),
    t(lang, 'col.weekday'),
    t(lang, 'col.week'),
    t(lang, 'col.start'),
    t(lang, 'col.end'),
    t(lang, 'col.sessions'),
    ...cols.map((c) => c.header(lang)),
    t(lang, 'col.correctsPeriod'),
    t(lang, 'employeeNumber'),
    t(lang, 'employee'),
    t(lang, 'col.overtimeReason'),
  ];
  const who = [ts.employee.number, ts.employee.name];
  const rows: string[][] = [header];
  for (const m of ts.months) {
    for (const d of m.days) {
      const first = d.work[0];
      const last = d.work[d.work.length - 1];
      rows.push([
        t(lang, 'row.day'),
        norDate(d.day),
        weekdayName(d, lang),
        d.week,
        first ? at(first.start) : '',
        last ? at(last.end) : '',
        periodsText(d, ts.zone),
        ...cols.map((c) => comma(hoursFixed(c.value(d)))),
        '',
        ...who,
        d.overtimeReason ?? '',
      ]);
    }
    rows.push([t(lang, 'row.total'), m.label, '', '', '', '', '', ...cols.map((c) => comma(hoursFixed(m.days.reduce((s, d) => s + c.value(d), 0)))), '', ...who, '']);
  }
  for (const r of correctionRows(ts)) {
    rows.push([t(lang, 'row.correction'), norDate(r.day), '', '', '', '', '', ...cols.map((c) => (c.classId ? comma(hoursFixed(r.deltas[c.classId] ?? 0)) : '')), r.period, ...who, '']);
  }
  return rows;
}

export function writeCsvExcel(ts: Timesheet, lang: Lang): Uint8Array {
  const text = stringify(csvExcelRows(ts, lang), { delimiter: ';', record_delimiter: '\r\n' });
  return new TextEncoder().encode('\uFEFF' + text);
}
