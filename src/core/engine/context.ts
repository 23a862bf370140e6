/**
 * Everything the rules share, computed once per evaluation: the structure of §2, the night and
 * protected windows, the agreed windows, and the day and week figures of §3.1.
 */
import { WEEKDAYS, type Agreement, type AvailabilityMark, type Interval, type Session, type WeeklyWindows } from '../model';
import { protectedSegments, type ProtectedSegment } from '../calendar/protected-windows';
import { nightIntervals, type NightInterval } from '../calendar/night';
import { isoWeekLabel, mondayOf, parseDate } from '../time/civil';
import { overlapReader } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { zoneClock, type ZoneClock } from '../time/zone';
import { LIMITS } from '../rules/constants';
import { buildStructure, type Structure, type WorkDay } from './structure';
import type { Absence } from '../absence/model';
import { windowIntervals } from './windows';

export interface DayFigures {
  readonly day: WorkDay;
  /** Work plus weighted on-call, in hours. */
  readonly hours: number;
  readonly workHours: number;
  readonly dailyLimit: number;
  /** max(0, hours − dailyLimit). */
  readonly excess: number;
  readonly nightMs: number;
  readonly sundayMs: number;
  readonly outsideMs: number;
  readonly averaging: boolean;
}

export interface WeekFigures {
  readonly monday: number;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly days: readonly DayFigures[];
  readonly hours: number;
  readonly dayExcess: number;
  readonly weekExcess: number;
  /** AML overtime of the week: Σ dayExcess + weekExcess (§3.1). */
  readonly overtime: number;
  readonly merarbeid: number;
  readonly averaging: boolean;
}

export interface Context {
  readonly agreement: Agreement;
  readonly clock: ZoneClock;
  readonly sessions: readonly Session[];
  readonly availability: readonly AvailabilityMark[];
  readonly absences: readonly Absence[];
  readonly structure: Structure;
  readonly fromDay: number;
  readonly toDay: number;
  readonly nights: readonly NightInterval[];
  readonly segments: readonly ProtectedSegment[];
  readonly agreed: readonly Interval[];
  readonly days: readonly DayFigures[];
  readonly weeks: readonly WeekFigures[];
  readonly exempt: boolean;
}

/** Spec § 7.9: an agreement without any agreed window has no agreed working time to work outside of. */
export function hasAnyWindow(windows: WeeklyWindows): boolean {
  return WEEKDAYS.some((d) => windows[d].length > 0);
}

/** The averaging period as day numbers [from, to] (an empty range without one), parsed once per evaluation. */
function averagingRange(agreement: Agreement): { readonly from: number; readonly to: number } {
  const a = agreement.limits.averaging;
  // NaN bounds (an unparsable date, or no period) compare false: no day is in it.
  return a ? { from: parseDate(a.from), to: parseDate(a.to) } : { from: NaN, to: NaN };
}

function averagingDailyLimit(agreement: Agreement): number {
  return agreement.limits.averaging?.kind === 'tariff' ? LIMITS.dailyNormalHoursAveragingTariff : LIMITS.dailyNormalHoursAveragingIndividual;
}

/** Whether a day lies in the averaging period [from, to] (never without one). */
const inRange = (range: { readonly from: number; readonly to: number }, day: number): boolean => day >= range.from && day <= range.to;

export function dailyLimitOf(agreement: Agreement, labelDay: number): number {
  return inRange(averagingRange(agreement), labelDay) ? averagingDailyLimit(agreement) : LIMITS.dailyNormalHours;
}

/** § 10-5 (1),(2): the single-week cap of normal hours under an averaging agreement. */
export function weekCapOf(agreement: Agreement): number {
  return agreement.limits.averaging?.kind === 'tariff' ? LIMITS.weekCapTariff : LIMITS.weekCapIndividual;
}

export function buildContext(sessions: readonly Session[], agreement: Agreement, availability: readonly AvailabilityMark[], absences: readonly Absence[] = []): Context {
  const clock = zoneClock(agreement.zone);
  const structure = buildStructure(sessions, agreement, clock);
  let lo = Infinity;
  let hi = -Infinity;
  for (const list of [sessions, availability]) {
    for (const s of list) {
      if (s.start < lo) lo = s.start;
      if (s.end > hi) hi = s.end;
    }
  }
  const fromDay = Number.isFinite(lo) ? clock.localDay(lo) - 1 : 0;
  const toDay = Number.isFinite(hi) ? clock.localDay(hi) + 1 : 0;
  const nights = nightIntervals(fromDay, toDay, clock, agreement.limits.nightWindow);
  const segments = protectedSegments(fromDay, toDay, clock);
  const agreed = windowIntervals(agreement.windows, fromDay - 1, toDay + 1, clock);
  const hasWindows = hasAnyWindow(agreement.windows);
  const factor = agreement.limits.onCallFactor;

  const nightOverlap = overlapReader(nights);
  const sundayOverlap = overlapReader(segments);
  const agreedOverlap = overlapReader(agreed);
  const range = averagingRange(agreement);
  const averagingLimit = averagingDailyLimit(agreement);
  const days: DayFigures[] = structure.days.map((day) => {
    const hours = (day.workMs + factor * day.onCallMs) / HOUR_MS;
    const averaging = inRange(range, day.labelDay);
    const dailyLimit = averaging ? averagingLimit : LIMITS.dailyNormalHours;
    let nightMs = 0;
    let sundayMs = 0;
    let outsideMs = 0;
    for (const w of day.work) {
      nightMs += nightOverlap(w.start, w.end);
      sundayMs += sundayOverlap(w.start, w.end);
      if (hasWindows) outsideMs += w.end - w.start - agreedOverlap(w.start, w.end);
    }
    return {
      day,
      hours,
      workHours: day.workMs / HOUR_MS,
      dailyLimit,
      excess: Math.max(0, hours - dailyLimit),
      nightMs,
      sundayMs,
      outsideMs,
      averaging,
    };
  });

  const weeks = buildWeeks(days, structure, agreement, clock);
  return { agreement, clock, sessions, availability, absences, structure, fromDay, toDay, nights, segments, agreed, days, weeks, exempt: agreement.exempt !== null };
}

/**
 * Week figures of §3.1: weekExcess = max(0, weekHours − Σ dayExcess − weeklyLimit). Under averaging
 * (§ 10-5, spec § 6.10, § 7.7) the weekly limit is the single-week cap (50 h / 54 h), and the hours
 * above it are AML overtime.
 */
function buildWeeks(days: readonly DayFigures[], structure: Structure, agreement: Agreement, clock: ZoneClock): WeekFigures[] {
  const range = averagingRange(agreement);
  const byMonday = new Map<number, DayFigures[]>();
  for (const d of days) {
    const m = mondayOf(d.day.labelDay);
    const list = byMonday.get(m) ?? [];
    list.push(d);
    byMonday.set(m, list);
  }
  for (const m of structure.orphanOnCallByWeek.keys()) if (!byMonday.has(m)) byMonday.set(m, []);
  const weeks: WeekFigures[] = [];
  for (const monday of [...byMonday.keys()].sort((a, b) => a - b)) {
    const list = byMonday.get(monday) as DayFigures[];
    const orphan = ((structure.orphanOnCallByWeek.get(monday) ?? 0) * agreement.limits.onCallFactor) / HOUR_MS;
    const hours = list.reduce((s, d) => s + d.hours, 0) + orphan;
    const dayExcess = list.reduce((s, d) => s + d.excess, 0);
    // Some day of the week [monday, monday + 6] lies in the averaging period.
    const averaging = range.from <= range.to && monday + 6 >= range.from && monday <= range.to;
    const weeklyLimit = averaging ? weekCapOf(agreement) : agreement.limits.weeklyNormalHours;
    const weekExcess = Math.max(0, hours - dayExcess - weeklyLimit);
    const overtime = dayExcess + weekExcess;
    weeks.push({
      monday,
      label: isoWeekLabel(monday),
      start: clock.startOfDay(monday),
      end: clock.startOfDay(monday + 7),
      days: list,
      hours,
      dayExcess,
      weekExcess,
      overtime,
      merarbeid: Math.max(0, hours - overtime - (agreement.weeklyHours ?? agreement.limits.weeklyNormalHours)),
      averaging,
    });
  }
  return weeks;
}

