/**
 * The timesheet document every format writer renders: per month the classified work days (AML
 * § 10-7 record plus pay classes), totals, payroll lines by wage type, and the corrections made
 * to periods payroll already has. Built from loaded data only (no I/O), so it is tested directly.
 */
import { evaluate } from '../../core/engine/evaluate';
import type { Absence } from '../../core/absence/model';
import type { Agreement, Instant, Interval, Session } from '../../core/model';
import { addDays, parseDate } from '../../core/time/civil';
import { zoneClock } from '../../core/time/zone';
import {
  ABSENCE_ORDER,
  absencePayDays,
  absenceTotals,
  dayAbsencesOf,
  classify,
  classOrder,
  corrections as diffCorrections,
  dayClassesOf,
  payLines,
  sumClasses,
  type AbsencePayDay,
  type Correction,
  type DayClasses,
  type PayDay,
  type PayLine,
  type PaySettings,
  type PayWeek,
} from '../../core/pay';
import { reasonsOfDay, withOvertimeBasis, type BasisDay, type OvertimeBasisEntry } from './overtime-taken';
import type { Month } from './period';
import type { SentMonth } from './submission-snapshot';
import { maxOf } from '../../core/extent';

export const TIMESHEET_FORMAT = 'fyrabend.timesheet/1';

/**
 * A timesheet row: the classified day and, where recorded, why overtime was worked (AML § 10-7): the
 * basis (ground and text, rendered in each format's language) and whether its overtime is paid or
 * taken as time off in lieu (then it has no overtime pay classes; overtime-taken.ts).
 */
export type TimesheetDay = BasisDay<PayDay>;

/** An absence date as the timesheet lists it (issue 15): the kind's wage type, '' when none is set. */
export interface TimesheetAbsence extends AbsencePayDay {
  readonly wageType: string;
}

export interface TimesheetMonth extends Month {
  readonly days: readonly TimesheetDay[];
  /** Absence per date and kind (issue 15); not work, so not in the days' figures or classes. */
  readonly absences: readonly TimesheetAbsence[];
  /** Kind → ms over the month. */
  readonly absenceTotals: Readonly<Record<string, number>>;
  /** Absence lines by wage type (a kind without a wage type is a line with wageType ''). */
  readonly absenceLines: readonly PayLine[];
  readonly weeks: readonly PayWeek[];
  /** Pay class id → ms over the month. */
  readonly totals: Readonly<Record<string, number>>;
  readonly workedMs: number;
  readonly breakMs: number;
  readonly agreedMs: number;
  readonly merarbeidMs: number;
  readonly amlOvertimeMs: number;
  /** Overtime taken as time off in lieu (avspasering) over the month: not on any pay line. */
  readonly timeOffMs: number;
  readonly lines: readonly PayLine[];
  /** When the month was first sent to payroll, or null for a first submission. */
  readonly submittedAt: Instant | null;
  /** When it was last sent (first submission or latest correction), or null. */
  readonly lastSubmittedAt: Instant | null;
  /** The log now differs from what payroll has for the month (a correction is due). */
  readonly changed: boolean;
}

/** A session-level change made after its period went to payroll (AML § 10-7 audit trail). */
export interface CorrectionEntry {
  readonly period: string;
  /** When the change was recorded, where the log knows it (an edit's audit entry); else null. */
  readonly at: Instant | null;
  readonly action: 'add' | 'edit' | 'delete';
  readonly before: Interval | null;
  readonly after: Interval | null;
  readonly reason: string;
}

export interface Timesheet {
  readonly format: typeof TIMESHEET_FORMAT;
  /** The requested period text (`2026-03` or `2026`). */
  readonly period: string;
  readonly zone: string;
  readonly generatedAt: Instant;
  readonly employee: { readonly number: string; readonly name: string };
  readonly settings: PaySettings;
  /** Every pay class id in display order. */
  readonly classOrder: readonly string[];
  readonly months: readonly TimesheetMonth[];
  readonly corrections: readonly CorrectionEntry[];
  /** The pay effect of the corrections, per corrected day and class. */
  readonly correctionDeltas: readonly Correction[];
  /** The pay effect of the corrections as lines by wage type (quantities may be negative). */
  readonly correctionLines: readonly PayLine[];
  /** Absence changes since a month was sent, per day and kind (`classId` is the kind). */
  readonly absenceCorrections: readonly Correction[];
  /** Their effect as lines by the kinds' wage types (quantities may be negative). */
  readonly absenceCorrectionLines: readonly PayLine[];
  /** Set when the file repeats what was sent (export again): the latest submission it repeats. */
  readonly repeats: Instant | null;
}

/** Why a session changed, as the log recorded it (an edit's reason); used to label corrections. */
export interface ChangeReason {
  readonly sessionId: string;
  readonly at: Instant;
  readonly reason: string;
}

export interface BuildInput {
  readonly period: string;
  readonly months: readonly Month[];
  /** Current sessions (with ids) covering the months, a week either side, and every sent month. */
  readonly sessions: readonly Session[];
  readonly agreements: readonly Agreement[];
  readonly settings: PaySettings;
  /** Month label → what payroll has for it (its latest submission). */
  readonly sent: ReadonlyMap<string, SentMonth>;
  /** Reasons recorded with changes since the months were sent, oldest first. */
  readonly reasons?: readonly ChangeReason[];
  /** Session id → the overtime reasons recorded for it (oldest first; a string is a text-only reason). */
  readonly overtimeReasons?: ReadonlyMap<string, readonly (string | OvertimeBasisEntry)[]>;
  /** The absences overlapping the months and every sent month (issue 15); none when omitted. */
  readonly absences?: readonly Absence[];
  readonly generatedAt: Instant;
}

/** What the timesheet needs of each month: classified days and weeks, and the absence dates. */
export interface ClassifiedMonth {
  readonly days: PayDay[];
  readonly weeks: PayWeek[];
  readonly absences: AbsencePayDay[];
}

/** The agreement versions in validity order, each with the first date it no longer applies. */
function agreementSpans(agreements: readonly Agreement[]): { agreement: Agreement; from: string; until: string | null }[] {
  const sorted = [...agreements].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  return sorted.map((a, i) => ({ agreement: a, from: i === 0 ? '0000-01-01' : a.validFrom, until: sorted[i + 1]?.validFrom ?? null }));
}

/**
 * Classifies the sessions of [from, to] (local dates). Each agreement version is evaluated with the
 * sessions that start while it is in force (spec §6.13: the app picks the agreement per date);
 * the first version also covers dates before its validFrom.
 */
export function classifyDates(sessions: readonly Session[], agreements: readonly Agreement[], settings: PaySettings, from: string, to: string) {
  const days: PayDay[] = [];
  const weeks: PayWeek[] = [];
  for (const span of agreementSpans(agreements)) {
    const clock = zoneClock(span.agreement.zone);
    const lo = clock.startOfDay(parseDate(span.from));
    const hi = span.until === null ? Number.MAX_SAFE_INTEGER : clock.startOfDay(parseDate(span.until));
    const mine = sessions.filter((s) => s.start >= lo && s.start < hi);
    if (mine.length === 0) continue;
    const report = evaluate({ sessions: mine, agreement: span.agreement });
    const c = classify({ sessions: mine, agreement: span.agreement, report, overtime: settings.overtime, period: { from, to } });
    // Loops, not push(...): a span of decades holds more days than a call's arguments can (issue 18).
    for (const d of c.days) days.push(d);
    for (const w of c.weeks) weeks.push(w);
  }
  return { days, weeks };
}

const interval = (s: { start: Instant; end: Instant } | undefined): Interval | null => (s ? { start: s.start, end: s.end } : null);

/**
 * Every month's days with the overtime basis of the sessions they are made of, and their overtime
 * moved out of the pay classes where it is taken as time off (overtime-taken.ts), so the lines, the
 * corrections and what is sent to payroll all read the same days.
 */
function withBasis(classified: Map<string, ClassifiedMonth>, sessions: readonly Session[], input: BuildInput): void {
  const fallback = input.settings.overtimeTakenAs;
  for (const [label, c] of classified) {
    const days = c.days.map((d) => withOvertimeBasis(d, reasonsOfDay(d, sessions, input.overtimeReasons), fallback));
    classified.set(label, { ...c, days });
  }
}

/** One month of classified days and weeks, as the formats render it. */
function monthOf(m: Month, days: readonly TimesheetDay[], weeks: readonly PayWeek[], absences: readonly AbsencePayDay[], settings: PaySettings, order: readonly string[], sent: SentMonth | undefined, changed: boolean): TimesheetMonth {
  const totals = sumClasses(days.map((d) => d.classes));
  const away = absenceTotals(absences) as Record<string, number>;
  const sum = (f: (d: PayDay) => number): number => days.reduce((s, d) => s + f(d), 0);
  return {
    ...m,
    days,
    weeks,
    absences: absences.map((a) => ({ ...a, wageType: (settings.wageTypes[a.kind] ?? '').trim() })),
    absenceTotals: away,
    absenceLines: payLines(away, settings.wageTypes, ABSENCE_ORDER),
    totals,
    workedMs: sum((d) => d.workedMs),
    breakMs: sum((d) => d.breakMs),
    agreedMs: sum((d) => d.agreedMs),
    merarbeidMs: sum((d) => d.merarbeidMs),
    amlOvertimeMs: sum((d) => d.amlOvertimeMs),
    timeOffMs: days.reduce((s, d) => s + ((d as TimesheetDay).timeOffMs ?? 0), 0),
    lines: payLines(totals, settings.wageTypes, order),
    submittedAt: sent?.firstAt ?? null,
    lastSubmittedAt: sent?.lastAt ?? null,
    changed,
  };
}

/**
 * Classifies every month needed (the period's and every sent month's) in ONE evaluation of the
 * rule engine over the whole span, then slices the result per month (issue 21: a year is
 * evaluated once, not twelve times). A month's days are those whose work-day label lies in it;
 * its weeks are the ISO weeks of those days, as `classify` keeps them for a period.
 */
export function classifyMonths(sessions: readonly Session[], agreements: readonly Agreement[], settings: PaySettings, months: readonly Month[], absences: readonly Absence[] = []): Map<string, ClassifiedMonth> {
  const out = new Map<string, ClassifiedMonth>();
  if (months.length === 0) return out;
  const from = months.reduce((a, m) => (m.from < a ? m.from : a), months[0]!.from);
  const to = months.reduce((a, m) => (m.to > a ? m.to : a), months[0]!.to);
  const all = classifyDates(sessions, agreements, settings, from, to);
  const away = absences.length > 0 && agreements.length > 0 ? absencePayDays(absences, agreements, agreements[0]!.zone, from, to) : [];
  for (const m of months) {
    const days = all.days.filter((d) => d.day >= m.from && d.day <= m.to);
    const kept = new Set(days.map((d) => d.week));
    out.set(m.label, { days, weeks: all.weeks.filter((w) => kept.has(w.week)), absences: away.filter((a) => a.day >= m.from && a.day <= m.to) });
  }
  return out;
}

/** The month `YYYY-MM` as a Month. */
export function monthFromLabel(label: string): Month {
  return { label, from: `${label}-01`, to: addDays(nextMonthStart(label), -1) };
}

/** Session-level differences between what was sent and the log now, for one month. */
function sessionChanges(label: string, sent: SentMonth, now: readonly Session[], zone: string, reasons: readonly ChangeReason[]): CorrectionEntry[] {
  const clock = zoneClock(zone);
  const m = monthFromLabel(label);
  const lo = clock.startOfDay(parseDate(m.from));
  const hi = clock.startOfDay(parseDate(m.to) + 1);
  const mine = now.filter((s) => s.start >= lo && s.start < hi);
  const was = new Map(sent.sessions.map((s) => [s.id, s]));
  const is = new Map(mine.map((s) => [s.id ?? '', s]));
  const reasonOf = (id: string): { at: Instant | null; reason: string } => {
    const r = [...reasons].reverse().find((x) => x.sessionId === id && x.at >= sent.lastAt);
    return r ? { at: r.at, reason: r.reason } : { at: null, reason: '' };
  };
  const out: (CorrectionEntry & { key: number })[] = [];
  for (const [id, b] of was) {
    const a = is.get(id);
    if (!a) out.push({ period: label, action: 'delete', before: interval(b), after: null, ...reasonOf(id), key: b.start });
    else if (a.start !== b.start || a.end !== b.end || a.kind !== b.kind) out.push({ period: label, action: 'edit', before: interval(b), after: interval(a), ...reasonOf(id), key: a.start });
  }
  for (const [id, a] of is) if (!was.has(id)) out.push({ period: label, action: 'add', before: null, after: interval(a), ...reasonOf(id), key: a.start });
  return out.sort((x, y) => x.key - y.key).map(({ key: _k, ...c }) => c);
}

export function buildTimesheet(input: BuildInput): Timesheet {
  return buildTimesheetAndMonths(input).ts;
}

/** The timesheet, and the classified days and weeks of every month it needed (the period's and every sent month's). */
export function buildTimesheetAndMonths(input: BuildInput): { ts: Timesheet; classified: ReadonlyMap<string, ClassifiedMonth> } {
  const { settings } = input;
  const order = classOrder(settings.overtime.classes.map((c) => c.id));
  const zone = input.agreements[0]?.zone ?? 'Europe/Oslo';
  const sentLabels = [...input.sent.keys()].sort();
  const wanted = new Map<string, Month>(input.months.map((m) => [m.label, m]));
  for (const l of sentLabels) if (!wanted.has(l)) wanted.set(l, monthFromLabel(l));
  const classified = classifyMonths(input.sessions, input.agreements, settings, [...wanted.values()], input.absences ?? []);
  withBasis(classified, input.sessions, input);

  // The pay effect of corrections: what payroll has (the latest snapshot) against the log now.
  const deltas: Correction[] = [];
  const entries: CorrectionEntry[] = [];
  const absenceDeltas: Correction[] = [];
  const changed = new Set<string>();
  for (const label of sentLabels) {
    const sent = input.sent.get(label) as SentMonth;
    const now = classified.get(label);
    const d = diffCorrections(label, dayClassesOf(sent.days), dayClassesOf(now?.days ?? []), order);
    const s = sessionChanges(label, sent, input.sessions, zone, input.reasons ?? []);
    // Absence changes (issue 15): what payroll has (a snapshot without absences had none) against the log.
    const a = diffCorrections(label, dayAbsencesOf(sent.absences ?? []) as DayClasses, dayAbsencesOf(now?.absences ?? []) as DayClasses, ABSENCE_ORDER);
    if (d.length > 0 || s.length > 0 || a.length > 0) changed.add(label);
    deltas.push(...d);
    entries.push(...s);
    absenceDeltas.push(...a);
  }
  const sumDeltas = (list: readonly Correction[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const d of list) out[d.classId] = (out[d.classId] ?? 0) + d.deltaMs;
    return out;
  };
  const deltaTotals = sumDeltas(deltas);

  const months = input.months.map((m) => {
    const c = classified.get(m.label) ?? { days: [], weeks: [], absences: [] };
    return monthOf(m, c.days, c.weeks, c.absences, settings, order, input.sent.get(m.label), changed.has(m.label));
  });
  const ts: Timesheet = {
    format: TIMESHEET_FORMAT,
    period: input.period,
    zone,
    generatedAt: input.generatedAt,
    employee: { number: settings.employeeNumber.trim(), name: settings.employeeName.trim() },
    settings,
    classOrder: order,
    months,
    corrections: entries,
    correctionDeltas: deltas,
    correctionLines: payLines(deltaTotals, settings.wageTypes, order),
    absenceCorrections: absenceDeltas,
    absenceCorrectionLines: payLines(sumDeltas(absenceDeltas), settings.wageTypes, ABSENCE_ORDER),
    repeats: null,
  };
  return { ts, classified };
}

/**
 * "Export the whole month again" (a lost file): the months exactly as payroll has them, from
 * their latest snapshots, written as a first submission would be; nothing new, nothing locked.
 */
export function buildRepeat(input: Omit<BuildInput, 'sessions' | 'agreements' | 'reasons' | 'absences'> & { readonly zone: string }): Timesheet {
  const { settings } = input;
  const order = classOrder(settings.overtime.classes.map((c) => c.id));
  const months = input.months.map((m) => {
    const sent = input.sent.get(m.label);
    return { ...monthOf(m, sent?.days ?? [], sent?.weeks ?? [], sent?.absences ?? [], settings, order, undefined, false) };
  });
  const repeats = maxOf(input.months.map((m) => input.sent.get(m.label)?.lastAt ?? 0));
  return {
    format: TIMESHEET_FORMAT,
    period: input.period,
    zone: input.zone,
    generatedAt: input.generatedAt,
    employee: { number: settings.employeeNumber.trim(), name: settings.employeeName.trim() },
    settings,
    classOrder: order,
    months,
    corrections: [],
    correctionDeltas: [],
    correctionLines: [],
    absenceCorrections: [],
    absenceCorrectionLines: [],
    repeats,
  };
}

function nextMonthStart(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
