/**
 * `csv`: RFC 4180 (COMMA, CRLF, quotes where needed), UTF-8 without BOM, ISO 8601 timestamps with
 * offset, decimal point, stable English column keys for machines. Rows: `day` per work day, `total`
 * per month, `correction` per corrected day (figures are the change, may be negative). Every row
 * ends with the employee number and name and the day's overtime reason.
 */
import { stringify } from 'csv-stringify/sync';
import type { Timesheet } from '../timesheet';
import { correctionRows, figureColumns, hoursFixed, iso } from './common';

export function csvRows(ts: Timesheet): string[][] {
  const cols = figureColumns(ts);
  const header = ['type', 'period', 'date', 'weekday', 'week', 'start', 'end', 'sessions', ...cols.map((c) => c.key), 'corrects_period', 'employee_number', 'employee_name', 'overtime_reason'];
  const who = [ts.employee.number, ts.employee.name];
  const rows: string[][] = [header];
  for (const m of ts.months) {
    for (const d of m.days) {
      const first = d.work[0];
      const last = d.work[d.work.length - 1];
      rows.push([
        'day',
        m.label,
        d.day,
        d.weekday,
        d.week,
        first ? iso(first.start, ts.zone) : '',
        last ? iso(last.end, ts.zone) : '',
        d.work.map((i) => `${iso(i.start, ts.zone)}/${iso(i.end, ts.zone)}`).join(' '),
        ...cols.map((c) => hoursFixed(c.value(d))),
        '',
        ...who,
        d.overtimeReason ?? '',
      ]);
    }
    rows.push(['total', m.label, '', '', '', '', '', '', ...cols.map((c) => hoursFixed(m.days.reduce((s, d) => s + c.value(d), 0))), '', ...who, '']);
  }
  for (const r of correctionRows(ts)) {
    rows.push(['correction', ts.period, r.day, '', '', '', '', '', ...cols.map((c) => (c.classId ? hoursFixed(r.deltas[c.classId] ?? 0) : '')), r.period, ...who, '']);
  }
  return rows;
}

export function writeCsv(ts: Timesheet): Uint8Array {
  return new TextEncoder().encode(stringify(csvRows(ts), { record_delimiter: '\r\n' }));
}
