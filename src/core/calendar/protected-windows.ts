/**
 * Protected Sunday/holiday windows, AML § 10-10 (1) and lov om 1. og 17. mai § 2 (spec §3.2).
 *
 * For each run of consecutive red days the window ends 22:00 on the last red day; it starts
 * 15:00 the day before if that day is Christmas Eve, Easter Saturday or Whit Saturday; else 22:00
 * the day before if the run starts on 1 or 17 May and the day before is Monday–Friday and is not
 * the day before Ascension; else 18:00 the day before. The window is split per red day (for
 * § 10-8 (4)): the first red day owns the window's start to 22:00 on that day, every further red
 * day owns 22:00 the day before to 22:00 that day.
 */
import { civilFromDays, dateString, isoWeekdayIndex } from '../time/civil';
import type { ZoneClock } from '../time/zone';
import { easterSundayCached as easterSunday, isRedDay } from './red-days';

/** One red day's share of a protected window. */
export interface ProtectedSegment {
  /** The red day `YYYY-MM-DD` (the finding key of § 10-10). */
  readonly redDay: string;
  readonly redDayNumber: number;
  readonly start: number;
  readonly end: number;
}

/** Local minute-of-day constants of §3.2 (named so a lawyer's other reading is one edit). */
export const WINDOW_END_MINUTE = 22 * 60;
export const EVE_START_MINUTE = 15 * 60;
export const MAY_START_MINUTE = 22 * 60;
export const DEFAULT_START_MINUTE = 18 * 60;

function startMinute(dayBefore: number, firstRedDay: number): number {
  const c = civilFromDays(dayBefore);
  const e = easterSunday(c.year);
  const christmasEve = c.month === 12 && c.day === 24;
  if (christmasEve || dayBefore === e - 1 || dayBefore === e + 48) return EVE_START_MINUTE;
  const r = civilFromDays(firstRedDay);
  const mayDay = r.month === 5 && (r.day === 1 || r.day === 17);
  const weekday = isoWeekdayIndex(dayBefore) <= 4;
  const dayBeforeAscension = firstRedDay === easterSunday(r.year) + 39;
  if (mayDay && weekday && !dayBeforeAscension) return MAY_START_MINUTE;
  return DEFAULT_START_MINUTE;
}

/**
 * The per-red-day segments of every protected window that touches the local days [fromDay, toDay]
 * (day numbers), in time order.
 */
export function protectedSegments(fromDay: number, toDay: number, clock: ZoneClock): ProtectedSegment[] {
  const out: ProtectedSegment[] = [];
  let d = fromDay - 1;
  // Step back to the start of a run that may already be under way.
  while (isRedDay(d)) d--;
  for (d = d + 1; d <= toDay + 1; d++) {
    if (!isRedDay(d)) continue;
    const first = d;
    let last = d;
    while (isRedDay(last + 1)) last++;
    for (let r = first; r <= last; r++) {
      const start = r === first ? clock.toInstant(first - 1, startMinute(first - 1, first)) : clock.toInstant(r - 1, WINDOW_END_MINUTE);
      out.push({ redDay: dateString(r), redDayNumber: r, start, end: clock.toInstant(r, WINDOW_END_MINUTE) });
    }
    d = last;
  }
  return out;
}
