/** Local-day helpers for the pages: day bounds, agreed windows as instants, agreement in force. */
import { WEEKDAYS, type Agreement, type DayWindow, type Interval, type Weekday } from '../../core/model';
import { addDays, agreementInForce, dateString, localDateRange, parseDate, weekdayOf, zoneClock } from '../../core/index';
import { mondayOf as mondayOfDay } from '../../core/time/civil';

/** The instant of a local time (core ZoneClock): DST-ambiguous times take the first occurrence, gap times are shifted forward. */
export function instantAt(date: string, minute: number, zone: string): number {
  const day = parseDate(date);
  return Number.isNaN(day) ? NaN : zoneClock(zone).toInstant(day, minute);
}

export { addDays };

export function weekdayOfDate(date: string): Weekday {
  return weekdayOf(date);
}

/** Monday of the week containing the date. */
export function mondayOf(date: string): string {
  return dateString(mondayOfDay(parseDate(date)));
}

export function dayBounds(date: string, zone: string): Interval {
  const r = localDateRange(date, date, zone);
  return { start: r.start, end: r.end };
}

export function windowIntervals(date: string, windows: readonly DayWindow[], zone: string): Interval[] {
  return windows.map((w) => ({ start: instantAt(date, w.from, zone), end: instantAt(date, w.to, zone) }));
}

/** The agreement version in force on a local date: the latest `validFrom` on or before it. */
export function agreementOn(versions: readonly Agreement[], date: string): Agreement | null {
  return agreementInForce(versions, date);
}

/** Agreed hours of one working day: the weekly hours spread over the days that have windows. */
export function agreedDayHours(a: Agreement, date: string): number {
  const days = WEEKDAYS.filter((d) => a.windows[d].length > 0).length;
  if (days === 0 || a.windows[weekdayOfDate(date)].length === 0) return 0;
  return (a.weeklyHours ?? 0) / days;
}

/** Length (ms) of the part of `intervals` inside [from, to). */
export function overlapMs(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const i of intervals) total += Math.max(0, Math.min(i.end, to) - Math.max(i.start, from));
  return total;
}
