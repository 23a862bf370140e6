/** Local-day helpers for the pages: day bounds, agreed windows as instants, agreement in force. */
import { type Agreement, type DayWindow, type Interval, type Weekday } from '../../core/model';
import { addDays, agreedHoursOn, agreementInForce, dateString, isRedDay, localDateRange, parseDate, weekdayOf, zoneClock } from '../../core/index';
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

/**
 * Agreed hours of a date: the core's one answer (agreedHoursOn: the agreed windows, else weekly hours
 * / 5 on Monday–Friday), the same the planner and the exports use (issue 14 item 5).
 */
export function agreedDayHours(a: Agreement, date: string): number {
  return agreedHoursOn(a, parseDate(date), zoneClock(a.zone));
}

/** Agreed hours of the local dates [from, to] (red days count 0), each date under the agreement in force then. */
export function agreedPeriodHours(agreements: readonly Agreement[], from: string, to: string): number {
  let total = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const a = agreementInForce(agreements, d);
    if (a && !isRedDay(d)) total += agreedDayHours(a, d);
  }
  return total;
}

/** Length (ms) of the part of `intervals` inside [from, to). */
export function overlapMs(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const i of intervals) total += Math.max(0, Math.min(i.end, to) - Math.max(i.start, from));
  return total;
}
