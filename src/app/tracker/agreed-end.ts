/**
 * The agreed end of the working day a session started on: the latest `to` of that weekday's agreed
 * windows, in the agreement's zone. Null on a day without agreed working time. Used to spot a
 * forgotten timer. DST: the wall-clock time is read in the zone on that date (core ZoneClock), so
 * 15:45 is 15:45 local on the days the clocks change too; "24:00" is the next local midnight.
 */
import type { Agreement, Instant } from '../../core/model';
import { weekdayOf, zoneClock } from '../../core/index';
import { maxOf } from '../../core/extent';

export function agreedEndOfDay(agreement: Pick<Agreement, 'zone' | 'windows'>, start: Instant): Instant | null {
  const clock = zoneClock(agreement.zone);
  const day = clock.localDay(start);
  const windows = agreement.windows[weekdayOf(day)] ?? [];
  if (windows.length === 0) return null;
  return clock.toInstant(day, maxOf(windows.map((w) => w.to)));
}
