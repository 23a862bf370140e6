/**
 * The one answer to "how many hours are agreed on this date?" (issues 14 and 15): the length of the
 * agreed windows of that date (real elapsed time, so a window over a clock change counts what it
 * lasts); an agreement without any window spreads its weekly hours over Monday–Friday (hours / 5);
 * none agreed gives 0. Red days are not subtracted here; expectedHours does that.
 */
import type { Agreement } from '../model';
import { hasAnyWindow } from '../engine/context';
import { windowIntervals } from '../engine/windows';
import { weekdayOf } from '../time/civil';
import { HOUR_MS } from '../time/units';
import type { ZoneClock } from '../time/zone';

const WORK_DAYS_PER_WEEK = 5;

export function agreedHoursOn(agreement: Agreement, day: number, clock: ZoneClock): number {
  if (hasAnyWindow(agreement.windows)) {
    let ms = 0;
    for (const w of windowIntervals(agreement.windows, day, day, clock)) ms += w.end - w.start;
    return ms / HOUR_MS;
  }
  if (agreement.weeklyHours === null) return 0;
  const wd = weekdayOf(day);
  return wd === 'sat' || wd === 'sun' ? 0 : agreement.weeklyHours / WORK_DAYS_PER_WEEK;
}
