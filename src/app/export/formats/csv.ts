/**
 * `csv`: RFC 4180 (COMMA, CRLF, quotes where needed), UTF-8 without BOM, ISO 8601 timestamps with
 * offset, decimal point, stable English column keys for machines. Rows: `day` per work day,
 * `absence` per absence date and kind (issue 15; in date order with the days), `total` per month,
 * `correction` per corrected day (figures are the change, may be negative) and per corrected
 * absence date and kind. Every row ends with the employee number and name, the day's overtime
 * reason (the basis recorded under AML § 10-6 (1)), and the absence columns: kind, detail
 * (`egenmelding`, `sykmelding`, `paid`, `unpaid`), hours and the kind's wage type ('' when none).
 */
import type { Timesheet } from '../timesheet';
import { csvText } from './csv-text';
import { absenceDetailKey, absenceWageType, basisLine, correctionRows, datedRows, figureColumns, groundCodes, hoursFixed, iso } from './common';

export const CSV_ABSENCE_COLUMNS = ['absence_kind', 'absence_detail', 'absence_hours', 'absence_wage_type'] as const;
export const CSV_BASIS_COLUMNS = ['overtime_reason', 'overtime_ground', 'overtime_taken_as', 'time_off_hours'] as const;

export function csvRows(ts: Timesheet): string[][] {
  const cols = figureColumns(ts);
  const header = ['type', 'period', 'date', 'weekday', 'week', 'start', 'end', 'sessions', ...cols.map((c) => c.key), 'corrects_period', 'employee_number', 'employee_name', ...CSV_BASIS_COLUMNS, ...CSV_ABSENCE_COLUMNS];
  const noBasis = CSV_BASIS_COLUMNS.map(() => '');
  const who = [ts.employee.number, ts.employee.name];
  const noFigures = cols.map(() => '');
  const noAbsence = CSV_ABSENCE_COLUMNS.map(() => '');
  const rows: string[][] = [header];
  for (const m of ts.months) {
    for (const r of datedRows(m)) {
      if (r.kind === 'absence') {
        const a = r.absence;
        rows.push(['absence', m.label, a.day, a.weekday, a.week, '', '', '', ...noFigures, '', ...who, ...noBasis, a.kind, absenceDetailKey(a), hoursFixed(a.ms), a.wageType]);
        continue;
      }
      const d = r.day;
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
        basisLine(d, 'en'),
        groundCodes(d),
        d.overtimeTakenAs ?? '',
        d.timeOffMs ? hoursFixed(d.timeOffMs) : '',
        ...noAbsence,
      ]);
    }
    const away = m.absences.reduce((s, a) => s + a.ms, 0);
    rows.push(['total', m.label, '', '', '', '', '', '', ...cols.map((c) => hoursFixed(m.days.reduce((s, d) => s + c.value(d), 0))), '', ...who, '', '', '', m.timeOffMs ? hoursFixed(m.timeOffMs) : '', '', '', hoursFixed(away), '']);
  }
  for (const r of correctionRows(ts)) {
    rows.push(['correction', ts.period, r.day, '', '', '', '', '', ...cols.map((c) => (c.classId ? hoursFixed(r.deltas[c.classId] ?? 0) : '')), r.period, ...who, ...noBasis, ...noAbsence]);
  }
  for (const c of ts.absenceCorrections) {
    rows.push(['correction', ts.period, c.day, '', '', '', '', '', ...noFigures, c.period, ...who, ...noBasis, c.classId, '', hoursFixed(c.deltaMs), absenceWageType(ts, c.classId)]);
  }
  return rows;
}

export function writeCsv(ts: Timesheet): Uint8Array {
  return new TextEncoder().encode(csvText(csvRows(ts), ','));
}
