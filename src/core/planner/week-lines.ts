/**
 * Planner lines of the week, on the planner's "keep working" context: the week's hours if work
 * stopped at an instant (§ 3.1, with the on-call share of § 10-4 (3) counted towards the week,
 * spec § 7.5), the 69 h single-week ceiling (§ 10-6 (8) last sentence, spec § 7.6), and the latest
 * stop that still leaves the weekly rest inside the current seven-day period (§ 10-8 (2), spec § 7.2).
 */
import type { Interval } from '../model';
import type { Context, DayFigures, WeekFigures } from '../engine/context';
import { freeRuns, periodStartDay } from '../rules/rest';
import { intersectLength } from '../time/interval';
import { HOUR_MS } from '../time/units';

const EPS_MS = 0.5;

export interface WeekAt {
  /** Total hours: work plus the on-call share (§ 7.6 counts these against 69 h). */
  readonly hours: number;
  /** Hours minus the daily excess (compared with the weekly normal limit). */
  readonly normal: number;
  /** AML overtime of the week (§ 3.1) against `weeklyLimit`. */
  readonly overtime: number;
}

/** Week figures (§ 3.1) if work stopped at instant t. */
export function weekAt(ctx: Context, week: WeekFigures, t: number, weeklyLimit: number): WeekAt {
  const limits = ctx.agreement.limits;
  let hours = 0;
  let excess = 0;
  for (const d of week.days) {
    const h = (intersectLength(d.day.work, d.day.start, t) + limits.onCallFactor * d.day.onCallMs) / HOUR_MS;
    hours += h;
    excess += Math.max(0, h - d.dailyLimit);
  }
  hours += (limits.onCallFactor * weekOnCallMs(ctx, week, t)) / HOUR_MS;
  const normal = hours - excess;
  return { hours, normal, overtime: excess + Math.max(0, normal - weeklyLimit) };
}

/**
 * On-call counted towards the week only (spec § 6.5, § 7.5), up to t. With the version 1 reading
 * (`onCallCountsTowardDay`) the days carry their share; the rest is taken whole, as the engine does.
 */
function weekOnCallMs(ctx: Context, week: WeekFigures, t: number): number {
  const structure = ctx.structure;
  if (ctx.agreement.limits.onCallCountsTowardDay) return structure.orphanOnCallByWeek.get(week.monday) ?? 0;
  return intersectLength(structure.onCall, week.start, Math.min(week.end, t));
}

/** The first instant in [lo, hi] at which a monotone predicate holds (to the millisecond), or Infinity. */
export function firstReach(lo: number, hi: number, holds: (t: number) => boolean): number {
  if (!(hi > lo) || !holds(hi)) return Infinity;
  let a = lo;
  let b = hi;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (holds(mid)) b = mid;
    else a = mid;
  }
  return b;
}

/** The week (by work-day label, spec § 2) of a work day. */
export function weekOf(ctx: Context, day: DayFigures): WeekFigures | undefined {
  return ctx.weeks.find((w) => w.days.includes(day));
}

/**
 * The latest stop that still leaves `restWeeklyHours` of continuous rest in the seven-day period
 * holding `now` (spec § 7.2), or null when the period already holds enough rest before `now`.
 * Stopping at t is taken to start a free run to the end of the period (the planner does not guess
 * the next session): counted `inside-period` the line is the period end minus the rest; counted
 * `starts-in-period` (version 1) a run that starts before the period ends counts in full, so the
 * line is the period end.
 */
export function weeklyRestLine(ctx: Context, now: number): number | null {
  const limits = ctx.agreement.limits;
  const work = ctx.structure.work;
  if (work.length === 0) return null;
  const needMs = limits.restWeeklyHours * HOUR_MS;
  const insideOnly = limits.weeklyRestCounting === 'inside-period';
  const day = periodStartDay(ctx, now);
  const ps = ctx.clock.toInstant(day, limits.weeklyRestPeriodStart.minute);
  const pe = ctx.clock.toInstant(day + 7, limits.weeklyRestPeriodStart.minute);
  // Every free run but the last (after the continued work) lies before `now`.
  const past = freeRuns(work).slice(0, -1);
  let best = 0;
  for (const f of past as Interval[]) {
    if (f.end <= ps || f.start >= pe) continue;
    const value = !insideOnly && f.start >= ps ? f.end - f.start : Math.min(f.end, pe) - Math.max(f.start, ps);
    if (value > best) best = value;
  }
  if (best + EPS_MS >= needMs) return null;
  return insideOnly ? pe - needMs : pe;
}
