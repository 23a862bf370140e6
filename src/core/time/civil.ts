/**
 * Civil (calendar) dates without any time zone: day numbers count days since 1970-01-01.
 * Pure integer arithmetic (Howard Hinnant's algorithms), so no host zone can leak in.
 */
import type { Weekday } from '../model';

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Year, month and day of the last civilInto call (one shared array: no object per call, issue 21). */
const civil: [number, number, number] = [0, 0, 0];

/** Writes the civil date of a day number into `civil` (Howard Hinnant's days-to-civil). */
function civilInto(days: number): void {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  civil[0] = yoe + era * 400 + (month <= 2 ? 1 : 0);
  civil[1] = month;
  civil[2] = doy - Math.floor((153 * mp + 2) / 5) + 1;
}

/** The civil date of a day number. */
export function civilFromDays(days: number): CivilDate {
  civilInto(days);
  return { year: civil[0], month: civil[1], day: civil[2] };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `-01` … `-31`: the two-digit month and day parts of a date string with their dash. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => `-${pad(n)}`);

/** `YYYY-MM-DD` of a day number. */
export function dateString(days: number): string {
  civilInto(days);
  const year = civil[0];
  const y = year >= 1000 && year <= 9999 ? String(year) : pad(year, 4);
  return y + (TWO_DIGITS[civil[1]] as string) + (TWO_DIGITS[civil[2]] as string);
}

/** Day number of a `YYYY-MM-DD` string, or NaN when it is not a real date. */
export function parseDate(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return NaN;
  const n = dayNumber(y, mo, d);
  const back = civilFromDays(n);
  return back.month === mo && back.day === d ? n : NaN;
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, n: number): string {
  return dateString(parseDate(date) + n);
}

/** ISO weekday index of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayIndex(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

const WEEKDAY_KEYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The weekday key of a day number or `YYYY-MM-DD` date. */
export function weekdayOf(day: number | string): Weekday {
  const n = typeof day === 'string' ? parseDate(day) : day;
  return WEEKDAY_KEYS[isoWeekdayIndex(n)] as Weekday;
}

/** Day number of the Monday of the ISO week containing the day. */
export function mondayOf(days: number): number {
  return days - isoWeekdayIndex(days);
}

/** ISO week-numbering year and week of a day number. */
export function isoWeekOf(days: number): { readonly year: number; readonly week: number } {
  const thursday = mondayOf(days) + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** ISO week label `YYYY-Www` of a day number or `YYYY-MM-DD` date. */
export function isoWeekLabel(day: number | string): string {
  const n = typeof day === 'string' ? parseDate(day) : day;
  const { year, week } = isoWeekOf(n);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Day number of the Monday of an ISO week label `YYYY-Www`, or NaN. */
export function mondayOfIsoWeek(label: string): number {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return NaN;
  const jan4 = dayNumber(Number(m[1]), 1, 4);
  return mondayOf(jan4) + (Number(m[2]) - 1) * 7;
}
