/**
 * Rest, AML § 10-8: daily rest between work days (1) (spec § 7.1), weekly rest inside fixed
 * seven-day periods (2) with the agreement's 28 h (3) (spec § 7.2), and the Sunday/holiday that must
 * follow a worked one (4).
 */
import { WEEKDAYS, type Finding, type Interval } from '../model';
import type { Context } from '../engine/context';
import type { WorkDay } from '../engine/structure';
import { clipIntervals, intersectLength } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { makeFinding } from './finding';
import { isRedDay } from '../calendar/red-days';
import { dateString, isoWeekLabel, mondayOf } from '../time/civil';

const EPS_MS = 0.5;

/**
 * `aml.10-8.daily-rest` (§ 10-8 (1)). Default reading (spec § 7.1, `between-work-days`): the free
 * time between two work days must be at least `restDaily`; a main work period that holds more than
 * one work day means the later day began too soon. One finding per such pair, keyed by the earlier
 * day, measuring the free time between them. Version 1 (`within-24h`): a main work period may span at
 * most 24 h − restDaily (13 h by default).
 */
export function dailyRest(ctx: Context): Finding[] {
  const rest = ctx.agreement.limits.restDailyHours;
  const within24h = ctx.agreement.limits.dailyRestReading === 'within-24h';
  const out: Finding[] = [];
  for (const p of ctx.structure.periods) {
    const first = p.days[0];
    if (!first) continue;
    if (within24h) {
      const span = p.end - p.start;
      if (span <= (24 - rest) * HOUR_MS + EPS_MS) continue;
      out.push(makeFinding('aml.10-8.daily-rest', { key: first.label, start: p.start, end: p.end, measured: span / HOUR_MS, limit: 24 - rest, variant: 'within-24h' }));
      continue;
    }
    for (let k = 0; k + 1 < p.days.length; k++) {
      const earlier = p.days[k] as WorkDay;
      const later = p.days[k + 1] as WorkDay;
      const free = later.start - earlier.end;
      out.push(makeFinding('aml.10-8.daily-rest', { key: earlier.label, start: earlier.end, end: later.start, measured: free / HOUR_MS, limit: rest }));
    }
  }
  return out;
}

/** The free runs around and between work: unbounded before the first and after the last work (spec § 6.1). */
export function freeRuns(work: readonly Interval[]): Interval[] {
  const free: Interval[] = [{ start: -Infinity, end: (work[0] as Interval).start }];
  for (let k = 0; k + 1 < work.length; k++) free.push({ start: (work[k] as Interval).end, end: (work[k + 1] as Interval).start });
  free.push({ start: (work[work.length - 1] as Interval).end, end: Infinity });
  return free;
}

/** The day number on which the seven-day rest period holding `instant` starts (spec § 7.2). */
export function periodStartDay(ctx: Context, instant: number): number {
  const start = ctx.agreement.limits.weeklyRestPeriodStart;
  const offset = WEEKDAYS.indexOf(start.weekday);
  const day = ctx.clock.localDay(instant);
  let first = mondayOf(day) + offset;
  if (first > day) first -= 7;
  if (ctx.clock.toInstant(first, start.minute) > instant) first -= 7;
  return first;
}

/**
 * `aml.10-8.weekly-rest` (§ 10-8 (2), spec § 7.2): each fixed seven-day period, starting at
 * `weeklyRestPeriodStart` and repeating at the same weekday and local time, from the one holding the
 * first worked minute to the one holding the last, needs a continuous free run of ≥ 35 h (28 h by
 * agreement). By default a run counts only with its part inside the period (`inside-period`; C-306/16
 * Maio); version 1 (`starts-in-period`) counts a run that starts in the period with its full length.
 * Periods are labelled by the ISO week of their start date.
 */
export function weeklyRest(ctx: Context): Finding[] {
  const work = ctx.structure.work;
  if (work.length === 0) return [];
  const limits = ctx.agreement.limits;
  const needMs = limits.restWeeklyHours * HOUR_MS;
  const insideOnly = limits.weeklyRestCounting === 'inside-period';
  // The free runs of freeRuns(work), read in place: run k lies between work k − 1 and work k.
  const runs = work.length + 1;
  const freeStart = (k: number) => (k === 0 ? -Infinity : (work[k - 1] as Interval).end);
  const freeEnd = (k: number) => (k === work.length ? Infinity : (work[k] as Interval).start);
  const firstDay = periodStartDay(ctx, (work[0] as Interval).start);
  const lastDay = periodStartDay(ctx, (work[work.length - 1] as Interval).end - 1);
  const out: Finding[] = [];
  let idx = 0;
  for (let day = firstDay; day <= lastDay; day += 7) {
    const ps = ctx.clock.toInstant(day, limits.weeklyRestPeriodStart.minute);
    const pe = ctx.clock.toInstant(day + 7, limits.weeklyRestPeriodStart.minute);
    while (idx < runs && freeEnd(idx) <= ps) idx++;
    let best = 0;
    for (let k = idx; k < runs; k++) {
      const fStart = freeStart(k);
      const fEnd = freeEnd(k);
      if (fStart >= pe) break;
      const value = !insideOnly && fStart >= ps ? fEnd - fStart : Math.min(fEnd, pe) - Math.max(fStart, ps);
      if (value > best) best = value;
    }
    if (best + EPS_MS >= needMs) continue;
    out.push(makeFinding('aml.10-8.weekly-rest', { key: isoWeekLabel(day), start: ps, end: pe, measured: best / HOUR_MS, limit: limits.restWeeklyHours }));
  }
  return out;
}

/**
 * `aml.10-8.sunday-following` (§ 10-8 (4)): work on a Sunday/holiday means the next red day must be
 * free. "Next" is the next red day in the calendar, Sunday or holiday (spec §3.2 choice). Work counts
 * on a red day when it lies in that day's segment of the protected window (§6.7). Off with
 * `sundayAveraging`; a recorded `basis.sunday` does not cure it.
 */
export function sundayFollowing(ctx: Context): Finding[] {
  if (ctx.agreement.limits.sundayAveraging) return [];
  const work = ctx.structure.work;
  const worked = new Map<number, { ms: number; start: number; end: number }>();
  for (const seg of ctx.segments) {
    const ms = intersectLength(work, seg.start, seg.end);
    if (ms <= 0) continue;
    const span = workSpan(work, seg.start, seg.end);
    worked.set(seg.redDayNumber, { ms, ...span });
  }
  const out: Finding[] = [];
  for (const day of [...worked.keys()].sort((a, b) => a - b)) {
    let next = day + 1;
    while (!isRedDay(next)) next++;
    const w = worked.get(next);
    if (!w) continue;
    out.push(makeFinding('aml.10-8.sunday-following', { key: dateString(next), start: w.start, end: w.end, measured: w.ms / HOUR_MS, limit: 0 }));
  }
  return out;
}

/** First and last work instant inside [start, end). */
export function workSpan(work: readonly Interval[], start: number, end: number): { start: number; end: number } {
  const parts = clipIntervals(work, start, end);
  const first = parts[0];
  const last = parts[parts.length - 1];
  return first && last ? { start: first.start, end: last.end } : { start, end: start };
}
