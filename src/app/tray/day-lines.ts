/**
 * The instants the tray shows at a glance, computed from the agreement (pure; zone explicit):
 * - "Agreed time ends": the end of the agreed window (forskrift § 2 agreement) that contains `now`,
 *   or the last one later today.
 * - "Rest from": the latest stop that still leaves the daily rest (AML § 10-8 (1), `restDailyHours`)
 *   before the next agreed start after today.
 * - "Today": worked time inside the local day of `now` (23 or 25 hours long on DST days).
 */
import { intersectLength, unionIntervals, zoneClock, type Agreement, type Instant, type Interval, type Weekday, weekdayOf, dateString } from '../../core/index';
import { maxOf, minOf } from '../../core/extent';

const HOUR = 3_600_000;

function windowsOn(agreement: Agreement, day: number): { from: Instant; to: Instant }[] {
  const clock = zoneClock(agreement.zone);
  const wd: Weekday = weekdayOf(dateString(day));
  return (agreement.windows[wd] ?? []).map((w) => ({ from: clock.toInstant(day, w.from), to: clock.toInstant(day, w.to) }));
}

/** End of today's agreed working time still ahead of (or containing) `now`; null when none is left today. */
export function agreedEndToday(agreement: Agreement, now: Instant): Instant | null {
  const day = zoneClock(agreement.zone).localDay(now);
  const ahead = windowsOn(agreement, day).filter((w) => w.to > now);
  if (ahead.length === 0) return null;
  return maxOf(ahead.map((w) => w.to));
}

/** The latest stop leaving `restDailyHours` before the next agreed start after today (looks 8 days ahead). */
export function restFrom(agreement: Agreement, now: Instant): Instant | null {
  const day = zoneClock(agreement.zone).localDay(now);
  for (let d = day + 1; d <= day + 8; d++) {
    const starts = windowsOn(agreement, d).map((w) => w.from);
    if (starts.length > 0) return minOf(starts) - agreement.limits.restDailyHours * HOUR;
  }
  return null;
}

/** The local day [start, end) containing `now` in `zone`. */
export function localDayInterval(zone: string, now: Instant): Interval {
  const clock = zoneClock(zone);
  const day = clock.localDay(now);
  return { start: clock.startOfDay(day), end: clock.startOfDay(day + 1) };
}

/** Milliseconds worked inside the local day of `now`: intervals are merged, then clipped to the day. */
export function workedToday(zone: string, now: Instant, intervals: readonly Interval[]): number {
  const today = localDayInterval(zone, now);
  return intersectLength(unionIntervals(intervals), today.start, today.end);
}
