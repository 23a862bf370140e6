/** Field checks of `fyrabend.agreement/1` shared by the zod schema and the fast reader (agreement-fast.ts). */
import { WEEKDAYS, type Weekday, type WeeklyRestPeriodStart } from '../../core/index';
import { parseClock } from './time-fields';

export const AGREEMENT_FORMAT = 'fyrabend.agreement/1';

/** `HH:MM` of minutes after midnight. */
export const clock = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Zone ids already asked about: building a DateTimeFormat per read cost the tray a good part of each refresh. */
const knownZones = new Map<string, boolean>();

/** An IANA zone id that Intl knows (issue 18 item 4: zones are checked for meaning on every path). */
export function isZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = zone.includes('/') || zone === 'UTC';
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

const PERIOD_START = new RegExp(`^(${WEEKDAYS.join('|')}) (\\d{2}:\\d{2})$`);

/** `"mon 00:00"` … `"sun 23:59"` (spec § 7.2) as a weekday and a minute of the day, or null when it is not one. */
export function parsePeriodStart(t: string): WeeklyRestPeriodStart | null {
  const m = PERIOD_START.exec(t);
  if (!m) return null;
  const minute = parseClock(m[2] as string, false);
  return minute === null ? null : { weekday: m[1] as Weekday, minute };
}

export function periodStartText(p: WeeklyRestPeriodStart): string {
  return `${p.weekday} ${clock(p.minute)}`;
}

/** What the format accepts as `limits.nightWindow`: at least 8 hours, covering 00:00–06:00. */
export function nightCovers(from: string, to: string): boolean {
  const f = parseClock(from, false) ?? 0;
  const t = parseClock(to, false) ?? 0;
  const length = f >= t ? 1440 - f + t : t - f;
  const coversCore = f >= t ? t >= 360 : f === 0 && t >= 360;
  return length >= 480 && coversCore;
}

/** `MM-DD` with a day that exists in every year (1–28), where the overtime year starts. */
export function isOvertimeYearStart(t: string): boolean {
  return /^(\d{2})-(\d{2})$/.test(t) && !Number.isNaN(Date.UTC(2001, Number(t.slice(0, 2)) - 1, Number(t.slice(3)))) && Number(t.slice(0, 2)) >= 1 && Number(t.slice(0, 2)) <= 12 && Number(t.slice(3)) >= 1 && Number(t.slice(3)) <= 28;
}
