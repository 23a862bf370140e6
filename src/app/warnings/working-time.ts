/**
 * Is an instant inside the agreed working time (the home-office agreement's weekly windows,
 * forskrift § 2), and where did the current out-of-hours stretch begin? Evaluated in the
 * agreement's zone with core's ZoneClock, never the host's zone. Used for "Are you working?
 * Log it" (issue 4 item 4).
 *
 * DST: window ends are turned into instants per local date (ZoneClock.toInstant), so a window end
 * on the day of a change lands on the right instant (the autumn repeat takes the first occurrence).
 */
import { MINUTE_MS, dateString, weekdayOf, zoneClock, type Agreement, type DayWindow, type Instant } from '../../core/index';

const windowsOn = (agreement: Agreement, day: number): readonly DayWindow[] => agreement.windows[weekdayOf(day)] ?? [];

/** True when `now` lies inside one of the agreed working-time windows of its local weekday. */
export function isInsideAgreedTime(agreement: Agreement, now: Instant): boolean {
  const clock = zoneClock(agreement.zone);
  const minute = Math.floor(clock.localMsOfDay(now) / MINUTE_MS);
  return windowsOn(agreement, clock.localDay(now)).some((w) => w.from <= minute && minute < w.to);
}

/**
 * A key naming the out-of-hours stretch `now` lies in: the instant the last agreed window ended
 * (looking back up to 8 days), or the local date when there is no agreed window in that time.
 */
export function outOfHoursStretchKey(agreement: Agreement, now: Instant): string {
  return outOfHoursStretch(agreement, now).key;
}

/** The stretch's key (see outOfHoursStretchKey) and the instant it began (the window end, or the local midnight). */
export function outOfHoursStretch(agreement: Agreement, now: Instant): { readonly key: string; readonly start: Instant } {
  const clock = zoneClock(agreement.zone);
  const today = clock.localDay(now);
  for (let day = today; day >= today - 8; day--) {
    const ends = windowsOn(agreement, day)
      .map((w) => clock.toInstant(day, w.to))
      .filter((end) => end <= now)
      .sort((a, b) => b - a);
    const last = ends[0];
    if (last !== undefined) return { key: `after:${last}`, start: last };
  }
  return { key: `day:${dateString(today)}`, start: clock.startOfDay(today) };
}
