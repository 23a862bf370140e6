/**
 * The timesheet document every format writer renders: per month the classified work days (AML
 * § 10-7 record plus pay classes), totals, payroll lines by wage type, and the corrections made
 * to periods payroll already has. Built from loaded data only (no I/O), so it is tested directly.
 */
import { evaluate } from '../../core/engine/evaluate';
import type { Agreement, Instant, Interval, Session } from '../../core/model';
import { addDays, parseDate } from '../../core/time/civil';
import { zoneClock } from '../../core/time/zone';
import {
  classify,
  classOrder,
  corrections as diffCorrections,
  dayClassesOf,
  payLines,
  sumClasses,
  type Correction,
  type PayDay,
  type PayLine,
  type PaySettings,
  type PayWeek,
} from '../../core/pay';
import type { Month } from './period';

export const TIMESHEET_FORMAT = 'fyrabend.timesheet/1';

export interface TimesheetMonth extends Month {
  readonly days: readonly PayDay[];
  readonly weeks: readonly PayWeek[];
  /** Pay class id → ms over the month. */
  readonly totals: Readonly<Record<string, number>>;
  readonly workedMs: number;
  readonly breakMs: number;
  readonly agreedMs: number;
  readonly merarbeidMs: number;
  readonly amlOvertimeMs: number;
  readonly lines: readonly PayLine[];
  /** When the month was first sent to payroll (locked), or null for a first submission. */
  readonly submittedAt: Instant | null;
}

/** A session-level change made after its period went to payroll (AML § 10-7 audit trail). */
export interface CorrectionEntry {
  readonly period: string;
  readonly at: Instant;
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
}

/** A correction as the export needs it: the session before and after (null where there was none). */
export interface SessionCorrection {
  readonly period: string;
  readonly at: Instant;
  readonly action: 'add' | 'edit' | 'delete';
  readonly sessionId: string;
  readonly before: Session | null;
  readonly after: Session | null;
  readonly reason: string;
}

export interface BuildInput {
  readonly period: string;
  readonly months: readonly Month[];
  /** Current sessions (with ids) covering the months, a week either side, and every corrected period. */
  readonly sessions: readonly Session[];
  readonly agreements: readonly Agreement[];
  readonly settings: PaySettings;
  /** Month label → when it was sent to payroll. */
  readonly submitted: ReadonlyMap<string, Instant>;
  /** Changes inside submitted periods since the last export, oldest first. */
  readonly corrections: readonly SessionCorrection[];
  readonly generatedAt: Instant;
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
    days.push(...c.days);
    weeks.push(...c.weeks);
  }
  return { days, weeks };
}

/** The sessions as they were before the corrections (applied backwards, newest first). */
export function revertCorrections(sessions: readonly Session[], corrections: readonly SessionCorrection[]): Session[] {
  let list = [...sessions];
  for (let k = corrections.length - 1; k >= 0; k--) {
    const c = corrections[k] as SessionCorrection;
    list = list.filter((s) => s.id !== c.sessionId);
    if (c.action !== 'add' && c.before) list.push({ ...c.before, id: c.sessionId });
  }
  return list.sort((a, b) => a.start - b.start);
}

const interval = (s: Session | null): Interval | null => (s ? { start: s.start, end: s.end } : null);

export function buildTimesheet(input: BuildInput): Timesheet {
  const { settings } = input;
  const order = classOrder(settings.overtime.classes.map((c) => c.id));
  const months: TimesheetMonth[] = input.months.map((m) => {
    const { days, weeks } = classifyDates(input.sessions, input.agreements, settings, m.from, m.to);
    const totals = sumClasses(days.map((d) => d.classes));
    const sum = (f: (d: PayDay) => number): number => days.reduce((s, d) => s + f(d), 0);
    return {
      ...m,
      days,
      weeks,
      totals,
      workedMs: sum((d) => d.workedMs),
      breakMs: sum((d) => d.breakMs),
      agreedMs: sum((d) => d.agreedMs),
      merarbeidMs: sum((d) => d.merarbeidMs),
      amlOvertimeMs: sum((d) => d.amlOvertimeMs),
      lines: payLines(totals, settings.wageTypes, order),
      submittedAt: input.submitted.get(m.label) ?? null,
    };
  });

  // The pay effect of corrections: each corrected month classified as submitted and as it is now.
  const before = revertCorrections(input.sessions, input.corrections);
  const deltas: Correction[] = [];
  for (const label of [...new Set(input.corrections.map((c) => c.period))].sort()) {
    const from = `${label}-01`;
    const to = addDays(nextMonthStart(label), -1);
    const was = classifyDates(before, input.agreements, settings, from, to);
    const now = classifyDates(input.sessions, input.agreements, settings, from, to);
    deltas.push(...diffCorrections(label, dayClassesOf(was.days), dayClassesOf(now.days), order));
  }
  const deltaTotals: Record<string, number> = {};
  for (const d of deltas) deltaTotals[d.classId] = (deltaTotals[d.classId] ?? 0) + d.deltaMs;

  return {
    format: TIMESHEET_FORMAT,
    period: input.period,
    zone: input.agreements[0]?.zone ?? 'Europe/Oslo',
    generatedAt: input.generatedAt,
    employee: { number: settings.employeeNumber.trim(), name: settings.employeeName.trim() },
    settings,
    classOrder: order,
    months,
    corrections: input.corrections.map((c) => ({ period: c.period, at: c.at, action: c.action, before: interval(c.before), after: interval(c.after), reason: c.reason })),
    correctionDeltas: deltas,
    correctionLines: payLines(deltaTotals, settings.wageTypes, order),
  };
}

function nextMonthStart(label: string): string {
  const [y, m] = label.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
