/**
 * The home-office agreement, forskrift 5. juli 2002 nr. 715 §§ 1–2: work outside the agreed working
 * time, availability outside the agreed availability, and regular home work with no agreement.
 */
import type { Finding, Interval } from '../model';
import type { Context, DayFigures } from '../engine/context';
import { windowIntervals } from '../engine/windows';
import { dateString, isoWeekLabel, mondayOf } from '../time/civil';
import { isWork } from '../engine/structure';
import { subtractIntervals, unionIntervals } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { LIMITS } from './constants';
import { makeFinding } from './finding';

/** `agreement.outside-hours`: work of a work day outside the agreed windows (every location, §6.4). */
export function outsideHours(ctx: Context): Finding[] {
  return ctx.days
    .filter((d) => d.outsideMs > 0)
    .map((d) => makeFinding('agreement.outside-hours', { key: d.day.label, start: d.day.start, end: d.day.end, measured: d.outsideMs / HOUR_MS, limit: 0 }));
}

/** `agreement.outside-availability`: marked available outside the agreed availability windows; keyed by work day, else local date. */
export function outsideAvailability(ctx: Context): Finding[] {
  if (ctx.availability.length === 0) return [];
  const marks = unionIntervals(ctx.availability);
  const agreed = windowIntervals(ctx.agreement.availability, ctx.fromDay - 1, ctx.toDay + 1, ctx.clock);
  const outside = subtractIntervals(marks, agreed);
  const byKey = new Map<string, { ms: number; start: number; end: number }>();
  for (const part of outside) {
    const key = keyOf(ctx, part);
    const cur = byKey.get(key);
    if (cur) {
      cur.ms += part.end - part.start;
      cur.end = Math.max(cur.end, part.end);
    } else byKey.set(key, { ms: part.end - part.start, start: part.start, end: part.end });
  }
  return [...byKey].map(([key, v]) => makeFinding('agreement.outside-availability', { key, start: v.start, end: v.end, measured: v.ms / HOUR_MS, limit: 0 }));
}

/** The first work day (in time order) whose 24 h hold the part's start, else its local date. */
function keyOf(ctx: Context, part: Interval): string {
  // Days are sorted by start: the first one starting after part.start − 24 h is the only candidate.
  const days = ctx.days;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as DayFigures).day.start <= part.start - 24 * HOUR_MS) lo = mid + 1;
    else hi = mid;
  }
  const d = days[lo];
  if (d && part.start >= d.day.start && part.start < d.day.start + 24 * HOUR_MS) return d.day.label;
  return dateString(ctx.clock.localDay(part.start));
}

/** Spec § 7.8: the home work a local date needs to be a home day, in ms (half the agreed daily hours; 4 h without agreed hours). */
export function homeDayThresholdMs(ctx: Context): number {
  const weekly = ctx.agreement.weeklyHours;
  const hours = weekly === null ? LIMITS.homeDayHoursWithoutAgreement : (weekly / LIMITS.workDaysPerWeek) * LIMITS.homeDayShareOfAgreedDay;
  return hours * HOUR_MS;
}

/** The local dates (day numbers, sorted) whose home work reaches the home-day threshold. */
function homeDays(ctx: Context): number[] {
  const home = unionIntervals(ctx.sessions.filter((s) => isWork(s) && s.location === 'home'));
  const byDay = new Map<number, number>();
  for (const part of home) {
    let s = part.start;
    while (s < part.end) {
      const day = ctx.clock.localDay(s);
      const e = Math.min(part.end, ctx.clock.startOfDay(day + 1));
      byDay.set(day, (byDay.get(day) ?? 0) + (e - s));
      s = e;
    }
  }
  const need = homeDayThresholdMs(ctx);
  return [...byDay].filter(([, ms]) => ms + 0.5 >= need).map(([day]) => day).sort((a, b) => a - b);
}

/**
 * `forskrift.agreement-missing` (forskrift § 1: home work that is "fast", not sporadic; spec § 7.8):
 * at least 4 home days within 4 consecutive weeks and no home-office agreement stored. The windows
 * of 4 weeks start at each week with a home day; overlapping qualifying windows form one run, and
 * each run gives one finding keyed by its first week, measuring the home days of its first window.
 */
export function agreementMissing(ctx: Context): Finding[] {
  if (ctx.agreement.homeOffice !== null) return [];
  const days = homeDays(ctx);
  const mondays = [...new Set(days.map(mondayOf))];
  const spanDays = 7 * LIMITS.agreementMissingWeeks;
  const out: Finding[] = [];
  let run: { first: number; end: number; count: number } | null = null;
  const flush = () => {
    if (!run) return;
    out.push(
      makeFinding('forskrift.agreement-missing', {
        key: isoWeekLabel(run.first),
        start: ctx.clock.startOfDay(run.first),
        end: ctx.clock.startOfDay(run.end),
        measured: run.count,
        limit: LIMITS.agreementMissingHomeDays,
        unit: 'days',
      }),
    );
    run = null;
  };
  // days and mondays are both ascending: [lo, hi) are the home days of the window starting at `monday`.
  let lo = 0;
  let hi = 0;
  for (const monday of mondays) {
    while (lo < days.length && (days[lo] as number) < monday) lo++;
    while (hi < days.length && (days[hi] as number) < monday + spanDays) hi++;
    const count = hi - lo;
    if (count < LIMITS.agreementMissingHomeDays) continue;
    if (run && monday < run.end) run.end = monday + spanDays;
    else {
      flush();
      run = { first: monday, end: monday + spanDays, count };
    }
  }
  flush();
  return out;
}
