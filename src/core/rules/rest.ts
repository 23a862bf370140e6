/**
 * Rest, AML § 10-8: daily rest (1), weekly rest (2) with the agreement's 28 h (3), and the
 * Sunday/holiday that must follow a worked one (4).
 */
import type { Finding, Interval } from '../model';
import type { Context } from '../engine/context';
import { clipIntervals, intersectLength } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { makeFinding } from './finding';
import { isRedDay } from '../calendar/red-days';
import { dateString, isoWeekLabel, mondayOf } from '../time/civil';

const EPS_MS = 0.5;

/** `aml.10-8.daily-rest`: a main work period may span at most 24 h − restDaily (13 h by default). */
export function dailyRest(ctx: Context): Finding[] {
  const limitH = 24 - ctx.agreement.limits.restDailyHours;
  const out: Finding[] = [];
  for (const p of ctx.structure.periods) {
    const span = p.end - p.start;
    if (span <= limitH * HOUR_MS + EPS_MS) continue;
    const first = p.days[0];
    if (!first) continue;
    out.push(makeFinding('aml.10-8.daily-rest', { key: first.label, start: p.start, end: p.end, measured: span / HOUR_MS, limit: limitH }));
  }
  return out;
}

/**
 * `aml.10-8.weekly-rest`: each week from the first worked week to the last needs a free run of
 * ≥ 35 h (28 h by agreement) that starts in the week, or of which that much lies inside the
 * week (spec §3 choice, §6.1). Free time before the first and after the last work is unbounded.
 */
export function weeklyRest(ctx: Context): Finding[] {
  const work = ctx.structure.work;
  if (work.length === 0) return [];
  const needMs = ctx.agreement.limits.restWeeklyHours * HOUR_MS;
  const free: Interval[] = [{ start: -Infinity, end: (work[0] as Interval).start }];
  for (let k = 0; k + 1 < work.length; k++) free.push({ start: (work[k] as Interval).end, end: (work[k + 1] as Interval).start });
  free.push({ start: (work[work.length - 1] as Interval).end, end: Infinity });

  const firstMonday = mondayOf(ctx.clock.localDay((work[0] as Interval).start));
  const lastMonday = mondayOf(ctx.clock.localDay((work[work.length - 1] as Interval).end - 1));
  const out: Finding[] = [];
  let idx = 0;
  for (let monday = firstMonday; monday <= lastMonday; monday += 7) {
    const ws = ctx.clock.startOfDay(monday);
    const we = ctx.clock.startOfDay(monday + 7);
    while (idx < free.length && (free[idx] as Interval).end <= ws) idx++;
    let best = 0;
    for (let k = idx; k < free.length; k++) {
      const f = free[k] as Interval;
      if (f.start >= we) break;
      const value = f.start >= ws ? f.end - f.start : Math.min(f.end, we) - ws;
      if (value > best) best = value;
    }
    if (best + EPS_MS >= needMs) continue;
    out.push(
      makeFinding('aml.10-8.weekly-rest', {
        key: isoWeekLabel(monday),
        start: ws,
        end: we,
        measured: best / HOUR_MS,
        limit: ctx.agreement.limits.restWeeklyHours,
      }),
    );
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
