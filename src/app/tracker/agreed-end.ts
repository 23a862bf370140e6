/**
 * The agreed end of the working day a session started on: the latest `to` of that weekday's agreed
 * windows, in the agreement's zone. Null on a day without agreed working time. Used to spot a
 * forgotten timer. DST: the wall-clock time is converted with the zone's offset on that date, so
 * 15:45 is 15:45 local on the days the clocks change too.
 */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { Agreement, Instant, Weekday } from '../../core/model';
import { WEEKDAYS } from '../../core/model';

export function agreedEndOfDay(agreement: Pick<Agreement, 'zone' | 'windows'>, start: Instant): Instant | null {
  const zone = agreement.zone;
  const date = formatInTimeZone(start, zone, 'yyyy-MM-dd');
  const isoDay = Number(formatInTimeZone(start, zone, 'i'));
  const weekday = WEEKDAYS[isoDay - 1] as Weekday;
  const windows = agreement.windows[weekday] ?? [];
  if (windows.length === 0) return null;
  const to = Math.max(...windows.map((w) => w.to));
  const midnight = fromZonedTime(`${date}T00:00:00`, zone).getTime();
  if (to >= 1440) {
    const next = new Date(midnight + 36 * 3600_000);
    return fromZonedTime(`${formatInTimeZone(next, zone, 'yyyy-MM-dd')}T00:00:00`, zone).getTime();
  }
  const hh = String(Math.floor(to / 60)).padStart(2, '0');
  const mm = String(to % 60).padStart(2, '0');
  return fromZonedTime(`${date}T${hh}:${mm}:00`, zone).getTime();
}
