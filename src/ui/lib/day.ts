/** Local-day helpers for the pages: day bounds, agreed windows as instants, agreement in force. */
import { WEEKDAYS, type Agreement, type DayWindow, type Interval, type Weekday } from '../../core/model';
import { resolveLocalTime } from './local-time';
import { minutesToText } from './windows';

/** First instant of a local time; DST-ambiguous times take the first occurrence, gap times the later reading. */
export function instantAt(date: string, minute: number, zone: string): number {
  if (minute >= 1440) return instantAt(addDays(date, 1), minute - 1440, zone);
  const r = resolveLocalTime(date, minutesToText(minute), zone);
  if (r.kind === 'ok') return r.instant;
  if (r.kind === 'ambiguous') return r.options[0].instant;
  if (r.kind === 'gap') return r.options[1].instant - 3_600_000;
  return NaN;
}

export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function weekdayOfDate(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return WEEKDAYS[(js + 6) % 7] as Weekday;
}

/** Monday of the week containing the date. */
export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOfDate(date)));
}

export function dayBounds(date: string, zone: string): Interval {
  return { start: instantAt(date, 0, zone), end: instantAt(addDays(date, 1), 0, zone) };
}

export function windowIntervals(date: string, windows: readonly DayWindow[], zone: string): Interval[] {
  return windows.map((w) => ({ start: instantAt(date, w.from, zone), end: instantAt(date, w.to, zone) }));
}

/** The agreement version in force on a local date: the latest `validFrom` on or before it. */
export function agreementOn(versions: readonly Agreement[], date: string): Agreement | null {
  let best: Agreement | null = null;
  for (const a of versions) if (a.validFrom <= date && (!best || a.validFrom > best.validFrom)) best = a;
  return best;
}

/** Agreed hours of one working day: the weekly hours spread over the days that have windows. */
export function agreedDayHours(a: Agreement, date: string): number {
  const days = WEEKDAYS.filter((d) => a.windows[d].length > 0).length;
  if (days === 0 || a.windows[weekdayOfDate(date)].length === 0) return 0;
  return a.weeklyHours / days;
}

/** Length (ms) of the part of `intervals` inside [from, to). */
export function overlapMs(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const i of intervals) total += Math.max(0, Math.min(i.end, to) - Math.max(i.start, from));
  return total;
}
