/**
 * `csv-excel`: what Norwegian Excel opens correctly: SEMICOLON, decimal comma (also in English, so
 * the numbers read as numbers in a Norwegian Excel), `dd.mm.yyyy`, local `HH:MM` times, UTF-8 with
 * BOM, CRLF, headers in the user's language. Rows as in `csv` (day, absence, total, correction), in
 * the user's language. Every row ends with the employee number and name, the day's overtime reason
 * (the basis recorded under AML § 10-6 (1): the ground in the user's language and the text), the
 * overtime taken as time off in lieu (hours not in the overtime columns or lines) and the absence
 * columns: kind, detail, hours, wage type.
 */
import type { AbsenceKind } from '../../../core/absence/model';
import type { Lang } from '../../../core/model';
import type { Timesheet } from '../timesheet';
import { periodText, weekText } from '../../../shared/i18n/week-label';
import { csvText } from './csv-text';
import { absenceDetailText, absenceKindName, absenceWageType, basisLine, clockText, correctionRows, datedRows, figureColumns, hoursFixed, localDate, norDate, periodsText, t, weekdayName } from './common';

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
    t(lang, 'col.timeOff'),
    t(lang, 'col.absence'),
    t(lang, 'col.absenceDetail'),
    t(lang, 'col.absenceHours'),
    t(lang, 'col.absenceWageType'),
  ];
  const noFigures = cols.map(() => '');
  const noAbsence = ['', '', '', ''];
  const who = [ts.employee.number, ts.employee.name];
  const rows: string[][] = [header];
  for (const m of ts.months) {
    for (const r of datedRows(m)) {
      if (r.kind === 'absence') {
        const a = r.absence;
        rows.push([t(lang, 'row.absence'), norDate(a.day), weekdayName(a, lang), weekText(a.week, lang, false), '', '', '', ...noFigures, '', ...who, '', '', absenceKindName(a.kind, lang), absenceDetailText(a, lang), comma(hoursFixed(a.ms)), a.wageType]);
        continue;
      }
      const d = r.day;
      const first = d.work[0];
      const last = d.work[d.work.length - 1];
      rows.push([
        t(lang, 'row.day'),
        norDate(d.day),
        weekdayName(d, lang),
        weekText(d.week, lang, false),
        first ? at(first.start) : '',
        last ? at(last.end) : '',
        periodsText(d, ts.zone),
        ...cols.map((c) => comma(hoursFixed(c.value(d)))),
        '',
        ...who,
        basisLine(d, lang),
        d.timeOffMs ? comma(hoursFixed(d.timeOffMs)) : '',
        ...noAbsence,
      ]);
    }
    const away = m.absences.reduce((s, a) => s + a.ms, 0);
    rows.push([t(lang, 'row.total'), periodText(m.label, lang), '', '', '', '', '', ...cols.map((c) => comma(hoursFixed(m.days.reduce((s, d) => s + c.value(d), 0)))), '', ...who, '', m.timeOffMs ? comma(hoursFixed(m.timeOffMs)) : '', '', '', comma(hoursFixed(away)), '']);
  }
  for (const r of correctionRows(ts)) {
    rows.push([t(lang, 'row.correction'), norDate(r.day), '', '', '', '', '', ...cols.map((c) => (c.classId ? comma(hoursFixed(r.deltas[c.classId] ?? 0)) : '')), periodText(r.period, lang), ...who, '', '', ...noAbsence]);
  }
  for (const c of ts.absenceCorrections) {
    rows.push([t(lang, 'row.correction'), norDate(c.day), '', '', '', '', '', ...noFigures, periodText(c.period, lang), ...who, '', '', absenceKindName(c.classId as AbsenceKind, lang), '', comma(hoursFixed(c.deltaMs)), absenceWageType(ts, c.classId)]);
  }
  return rows;
}

export function writeCsvExcel(ts: Timesheet, lang: Lang): Uint8Array {
  const text = csvText(csvExcelRows(ts, lang), ';');
  return new TextEncoder().encode('\uFEFF' + text);
}
