/**
 * Breaks, AML § 10-9. (1), judged per working stretch (spec § 7.3): work joined by gaps of at most
 * `breakStretchGapMinutes` (120 min; Arbeidstilsynet: shorter periods are normally not free time) is
 * one stretch; a stretch of more than 5.5 h worked needs one gap of at least `minBreak` (15 min, spec
 * §3 choice), and from 8 h its gaps must total at least 30 min (every gap counts, spec §6.11). One
 * finding per work day at most. (2), `aml.10-9.overtime-break`: more than 2 h of work after the end
 * of normal working time needs a pause of at least 30 min after that end (its place is not checked).
 * A `breakWithDuties` session is work, so it is never a gap.
 */
import type { Finding, Interval } from '../model';
import type { Context, DayFigures } from '../engine/context';
import { weekdayOf } from '../time/civil';
import { clipIntervals, intersectLength } from '../time/interval';
import { HOUR_MS, MINUTE_MS } from '../time/units';
import { LIMITS } from './constants';
import { makeFinding } from './finding';

/** The working stretches of a work day: its pieces joined by gaps of at most `maxGapMs`. */
export function stretchesOf(pieces: readonly Interval[], maxGapMs: number): Interval[][] {
  const out: Interval[][] = [];
  for (const p of pieces) {
    const current = out[out.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && p.start - last.end <= maxGapMs) current.push(p);
    else out.push([p]);
  }
  return out;
}

interface StretchBreak {
  readonly stretch: readonly Interval[];
  readonly measured: number;
  readonly limit: number;
}

/** The first way a stretch falls short of § 10-9 (1), or null when it does not. */
function stretchShortfall(stretch: readonly Interval[]): StretchBreak | null {
  let workMs = 0;
  let longest = 0;
  let total = 0;
  for (let k = 0; k < stretch.length; k++) {
    const p = stretch[k] as Interval;
    workMs += p.end - p.start;
    const next = stretch[k + 1];
    if (!next) continue;
    const gap = next.start - p.end;
    total += gap;
    longest = Math.max(longest, gap);
  }
  if (workMs <= LIMITS.breakAfterHours * HOUR_MS) return null;
  if (longest < LIMITS.minBreakMinutes * MINUTE_MS) return { stretch, measured: longest / HOUR_MS, limit: LIMITS.minBreakMinutes / 60 };
  if (workMs >= LIMITS.longDayHours * HOUR_MS && total < LIMITS.longDayBreakMinutes * MINUTE_MS) {
    return { stretch, measured: total / HOUR_MS, limit: LIMITS.longDayBreakMinutes / 60 };
  }
  return null;
}

/** `aml.10-9.break`: the first stretch of each work day that lacks its break. */
export function breaks(ctx: Context): Finding[] {
  const maxGapMs = ctx.agreement.limits.breakStretchGapMinutes * MINUTE_MS;
  const out: Finding[] = [];
  for (const d of ctx.days) {
    for (const stretch of stretchesOf(d.day.work, maxGapMs)) {
      const short = stretchShortfall(stretch);
      if (!short) continue;
      const first = stretch[0] as Interval;
      const last = stretch[stretch.length - 1] as Interval;
      out.push(makeFinding('aml.10-9.break', { key: d.day.label, start: first.start, end: last.end, measured: short.measured, limit: short.limit }));
      break;
    }
  }
  return out;
}

/**
 * The end of normal working time of a work day (spec § 7.3): the end of the last agreed window of
 * the local date the day starts on; on a date without agreed windows (§ 7.9), the instant the day's
 * work reaches the daily normal limit. Infinity when there is no such instant.
 */
export function normalEndOf(ctx: Context, d: DayFigures): number {
  // The end of the union of the date's windows (windowIntervals for one date): the latest end of a non-empty window.
  let last = -Infinity;
  for (const w of ctx.agreement.windows[weekdayOf(d.day.labelDay)]) {
    const start = ctx.clock.toInstant(d.day.labelDay, w.from);
    const end = ctx.clock.toInstant(d.day.labelDay, w.to);
    if (end > start && end > last) last = end;
  }
  if (last > -Infinity) return last;
  let need = d.dailyLimit * HOUR_MS;
  for (const w of d.day.work) {
    const len = w.end - w.start;
    if (need <= len) return w.start + need;
    need -= len;
  }
  return Infinity;
}

/** `aml.10-9.overtime-break` (§ 10-9 (2)): over 2 h of work after the normal end with no free gap of 30 min after it. */
export function overtimeBreaks(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const d of ctx.days) {
    const end = normalEndOf(ctx, d);
    if (!Number.isFinite(end) || end >= d.day.end) continue;
    const after = intersectLength(d.day.work, end, d.day.end);
    if (after <= LIMITS.overtimeBreakAfterHours * HOUR_MS) continue;
    const parts = clipIntervals(d.day.work, end, d.day.end);
    let longest = 0;
    let prevEnd = end;
    for (const p of parts) {
      longest = Math.max(longest, p.start - prevEnd);
      prevEnd = p.end;
    }
    if (longest >= LIMITS.overtimeBreakMinutes * MINUTE_MS) continue;
    out.push(
      makeFinding('aml.10-9.overtime-break', { key: d.day.label, start: end, end: d.day.end, measured: longest / HOUR_MS, limit: LIMITS.overtimeBreakMinutes / 60 }),
    );
  }
  return out;
}
