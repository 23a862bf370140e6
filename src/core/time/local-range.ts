/** Local calendar dates ↔ instants in one zone: the few conversions every layer needs. */
import { dateString, parseDate } from './civil';
import { zoneClock } from './zone';

/** The local date `YYYY-MM-DD` of an instant in the zone. */
export function localDateOf(ms: number, zone: string): string {
  return dateString(zoneClock(zone).localDay(ms));
}

/** The instant of local midnight starting the day of an instant (23 or 25 h days handled by the zone). */
export function startOfLocalDay(ms: number, zone: string): number {
  const clock = zoneClock(zone);
  return clock.startOfDay(clock.localDay(ms));
}

/**
 * The instants [start, end) covering the local dates `from` … `to` inclusive; an open side is unbounded.
 *
 * @example localDateRange('2026-10-25', '2026-10-25', 'Europe/Oslo') // 25 hours: the autumn change
 */
export function localDateRange(from: string | undefined, to: string | undefined, zone: string): { start: number; end: number } {
  const clock = zoneClock(zone);
  return {
    start: from === undefined ? -8.64e15 : clock.startOfDay(parseDate(from)),
    end: to === undefined ? 8.64e15 : clock.startOfDay(parseDate(to) + 1),
  };
}
