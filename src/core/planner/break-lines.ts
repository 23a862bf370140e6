/**
 * Planner lines for breaks, AML § 10-9 (spec § 7.3), computed on the planner's "keep working"
 * context (past work up to `now`, then continued work): the working stretch holding `now` (work
 * joined by gaps of at most `breakStretchGapMinutes`) reaching 5.5 h without a gap of `minBreak`
 * (§ 10-9 (1) first sentence) or 8 h with less than 30 min of gaps in total (second sentence), and
 * work after the end of normal working time passing 2 h without a 30-minute pause after that end
 * (§ 10-9 (2), `aml.10-9.overtime-break`). The same readings as the rules in rules/break.ts.
 */
import type { Interval } from '../model';
import type { Context, DayFigures } from '../engine/context';
import { normalEndOf, stretchesOf } from '../rules/break';
import { LIMITS } from '../rules/constants';
import { clipIntervals } from '../time/interval';
import { HOUR_MS, MINUTE_MS } from '../time/units';

export interface BreakLine {
  readonly reason: 'break-due' | 'long-break-due' | 'overtime-break-due';
  readonly line: number;
  /** The hours the line stands for (5.5, 8 or 2). */
  readonly hours: number;
  /** The pause that would have avoided it, in minutes (15 or 30). */
  readonly minutes: number;
}

/** The instant at which `pieces` (sorted) hold `ms` of work, or Infinity. */
export function reachWork(pieces: readonly Interval[], ms: number): number {
  let need = ms;
  for (const p of pieces) {
    const len = p.end - p.start;
    if (need <= len) return p.start + Math.max(0, need);
    need -= len;
  }
  return Infinity;
}

/** § 10-9 (1): the lines of the working stretch that holds `now`. */
export function stretchLines(ctx: Context, day: DayFigures, now: number): BreakLine[] {
  const maxGapMs = ctx.agreement.limits.breakStretchGapMinutes * MINUTE_MS;
  const stretch = stretchesOf(day.day.work, maxGapMs).find((s) => s.some((p) => p.start <= now && now < p.end));
  if (!stretch) return [];
  let longest = 0;
  let total = 0;
  for (let k = 0; k + 1 < stretch.length; k++) {
    const gap = (stretch[k + 1] as Interval).start - (stretch[k] as Interval).end;
    longest = Math.max(longest, gap);
    total += gap;
  }
  const out: BreakLine[] = [];
  if (longest < LIMITS.minBreakMinutes * MINUTE_MS) {
    out.push({ reason: 'break-due', line: reachWork(stretch, LIMITS.breakAfterHours * HOUR_MS), hours: LIMITS.breakAfterHours, minutes: LIMITS.minBreakMinutes });
  }
  if (total < LIMITS.longDayBreakMinutes * MINUTE_MS) {
    out.push({ reason: 'long-break-due', line: reachWork(stretch, LIMITS.longDayHours * HOUR_MS), hours: LIMITS.longDayHours, minutes: LIMITS.longDayBreakMinutes });
  }
  return out;
}

/**
 * § 10-9 (2): when the work day's work after its normal end (normalEndOf) would pass 2 h and no
 * free gap of 30 min lies between that end and `now`, the instant it passes 2 h.
 */
export function overtimeBreakLine(ctx: Context, day: DayFigures): BreakLine[] {
  const end = normalEndOf(ctx, day);
  if (!Number.isFinite(end)) return [];
  const parts = clipIntervals(day.day.work, end, day.day.end);
  let longest = 0;
  let prevEnd = end;
  for (const p of parts) {
    longest = Math.max(longest, p.start - prevEnd);
    prevEnd = p.end;
  }
  if (longest >= LIMITS.overtimeBreakMinutes * MINUTE_MS) return [];
  const line = reachWork(parts, LIMITS.overtimeBreakAfterHours * HOUR_MS);
  return [{ reason: 'overtime-break-due', line, hours: LIMITS.overtimeBreakAfterHours, minutes: LIMITS.overtimeBreakMinutes }];
}
