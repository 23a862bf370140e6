/**
 * `json`: the timesheet as `fyrabend.timesheet/1` (hours as decimal numbers, instants RFC 3339 with
 * offset). Each day has its overtime reason (the basis recorded under AML § 10-6 (1): `overtimeReason`
 * in English, `overtimeBasis` with the ground as a code), how its overtime is taken
 * (`overtimeTakenAs`, `hours.timeOff`: overtime taken as time off in lieu, on no line); each month its
 * absence dates, absence totals and absence lines (issue 15); the document the absence corrections.
 */
import type { Interval } from '../../../core/model';
import { ABSENCE_ORDER, type PayLine } from '../../../core/pay';
import type { Timesheet } from '../timesheet';
import { absenceDetailKey, basisLine, hoursExact, iso } from './common';

export function timesheetJson(ts: Timesheet): unknown {
  const z = ts.zone;
  const span = (i: Interval) => ({ start: iso(i.start, z), end: iso(i.end, z) });
  const hoursMap = (r: Readonly<Record<string, number>>) =>
    Object.fromEntries(ts.classOrder.filter((id) => (r[id] ?? 0) !== 0).map((id) => [id, hoursExact(r[id] ?? 0)]));
  const line = (l: PayLine) => ({ wageType: l.wageType, classes: l.classes, hours: hoursExact(l.ms) });
  // Absence lines (issue 15): the kinds instead of pay classes; a kind without a wage type has wageType null.
  const absenceLine = (l: PayLine) => ({ wageType: l.wageType.trim() || null, kinds: l.classes, hours: hoursExact(l.ms) });
  const absenceMap = (r: Readonly<Record<string, number>>) => Object.fromEntries(ABSENCE_ORDER.filter((k) => (r[k] ?? 0) !== 0).map((k) => [k, hoursExact(r[k] ?? 0)]));
  return {
    format: ts.format,
    period: ts.period,
    zone: z,
    generatedAt: iso(ts.generatedAt, z),
    repeats: ts.repeats === null ? null : iso(ts.repeats, z),
    employee: ts.employee,
    overtime: ts.settings.overtime,
    wageTypes: ts.settings.wageTypes,
    months: ts.months.map((m) => ({
      period: m.label,
      from: m.from,
      to: m.to,
      submittedAt: m.submittedAt === null ? null : iso(m.submittedAt, z),
      lastSubmittedAt: m.lastSubmittedAt === null ? null : iso(m.lastSubmittedAt, z),
      days: m.days.map((d) => ({
        day: d.day,
        weekday: d.weekday,
        week: d.week,
        work: d.work.map(span),
        breaks: d.breaks.map(span),
        onCall: d.onCall.map(span),
        hours: {
          worked: hoursExact(d.workedMs),
          breaks: hoursExact(d.breakMs),
          agreed: hoursExact(d.agreedMs),
          normal: hoursExact(d.normalMs),
          merarbeid: hoursExact(d.merarbeidMs),
          amlOvertime: hoursExact(d.amlOvertimeMs),
          night: hoursExact(d.nightMs),
          sunday: hoursExact(d.sundayMs),
          onCall: hoursExact(d.onCallMs),
          timeOff: hoursExact(d.timeOffMs ?? 0),
        },
        overtime: hoursMap(d.overtime),
        classes: hoursMap(d.classes),
        overtimeReason: basisLine(d, 'en') || null,
        overtimeBasis: (d.overtimeBasis ?? []).map((b) => ({ ground: b.ground, text: b.text })),
        overtimeTakenAs: d.overtimeTakenAs ?? null,
      })),
      absences: m.absences.map((a) => ({ day: a.day, weekday: a.weekday, week: a.week, kind: a.kind, detail: absenceDetailKey(a) || null, hours: hoursExact(a.ms), wageType: a.wageType || null })),
      weeks: m.weeks.map((w) => ({ week: w.week, hours: hoursExact(w.workedMs), amlOvertime: hoursExact(w.amlOvertimeMs), merarbeid: hoursExact(w.merarbeidMs) })),
      totals: {
        worked: hoursExact(m.workedMs),
        breaks: hoursExact(m.breakMs),
        agreed: hoursExact(m.agreedMs),
        merarbeid: hoursExact(m.merarbeidMs),
        amlOvertime: hoursExact(m.amlOvertimeMs),
        timeOff: hoursExact(m.timeOffMs),
        classes: hoursMap(m.totals),
        absence: absenceMap(m.absenceTotals),
      },
      lines: m.lines.map(line),
      absenceLines: m.absenceLines.map(absenceLine),
    })),
    corrections: ts.corrections.map((c) => ({
      period: c.period,
      at: c.at === null ? null : iso(c.at, z),
      action: c.action,
      before: c.before && span(c.before),
      after: c.after && span(c.after),
      reason: c.reason,
    })),
    correctionDeltas: ts.correctionDeltas.map((c) => ({
      period: c.period,
      day: c.day,
      class: c.classId,
      submitted: hoursExact(c.submittedMs),
      current: hoursExact(c.currentMs),
      delta: hoursExact(c.deltaMs),
    })),
    correctionLines: ts.correctionLines.map(line),
    absenceCorrections: ts.absenceCorrections.map((c) => ({
      period: c.period,
      day: c.day,
      kind: c.classId,
      submitted: hoursExact(c.submittedMs),
      current: hoursExact(c.currentMs),
      delta: hoursExact(c.deltaMs),
    })),
    absenceCorrectionLines: ts.absenceCorrectionLines.map(absenceLine),
  };
}

export function writeJson(ts: Timesheet): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(timesheetJson(ts), null, 2) + '\n');
}
