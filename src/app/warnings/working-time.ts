/**
 * Is an instant inside the agreed working time (the home-office agreement's weekly windows,
 * forskrift § 2), and where did the current out-of-hours stretch begin? Evaluated in the
 * agreement's zone, never the host's. Used for "Are you working? Log it" (issue 4 item 4).
 *
 * DST: local dates and window ends are converted with date-fns-tz, so a window end on the day
 * of a change lands on the right instant (the autumn repeat takes the first occurrence).
 */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { WEEKDAYS, type Agreement, type DayWindow, type Instant, type Weekday } from '../../core/model';

const DAY_MS = 86_400_000;

interface LocalParts {
  readonly date: string;
  readonly minute: number;
  readonly weekday: Weekday;
}

function localParts(now: Instant, zone: string): LocalParts {
  const [date = '', hh = '0', mm = '0', iso = '1'] = formatInTimeZone(now, zone, 'yyyy-MM-dd HH mm i').split(' ');
  return { date, minute: Number(hh) * 60 + Number(mm), weekday: WEEKDAYS[Number(iso) - 1] as Weekday };
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function weekdayOfDate(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

function instantOf(date: string, minute: number, zone: string): Instant {
  const d = minute >= 1440 ? shiftDate(date, 1) : date;
  const m = minute % 1440;
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return fromZonedTime(`${d}T${hh}:${mm}:00`, zone).getTime();
}

const windowsOf = (agreement: Agreement, day: Weekday): readonly DayWindow[] => agreement.windows[day] ?? [];

/** True when `now` lies inside one of the agreed working-time windows of its local weekday. */
export function isInsideAgreedTime(agreement: Agreement, now: Instant): boolean {
  const p = localParts(now, agreement.zone);
  return windowsOf(agreement, p.weekday).some((w) => w.from <= p.minute && p.minute < w.to);
}

/**
 * A key naming the out-of-hours stretch `now` lies in: the instant the last agreed window ended
 * (looking back up to 8 days), or the local date when there is no agreed window in that week.
 */
export function outOfHoursStretchKey(agreement: Agreement, now: Instant): string {
  const p = localParts(now, agreement.zone);
  for (let back = 0; back <= 8; back++) {
    const date = shiftDate(p.date, -back);
    const ends = windowsOf(agreement, weekdayOfDate(date))
      .map((w) => instantOf(date, w.to, agreement.zone))
      .filter((end) => end <= now)
      .sort((a, b) => b - a);
    const last = ends[0];
    if (last !== undefined) return `after:${last}`;
  }
  return `day:${p.date}`;
}
