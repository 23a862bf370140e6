/**
 * The Norwegian red-day calendar (spec §3.2; lov om helligdager og helligdagsfred, lov om 1. og 17. mai):
 * every Sunday; 1 Jan; Maundy Thursday (E−3); Good Friday (E−2); Easter Sunday (E); Easter Monday (E+1);
 * Ascension (E+39); Whit Sunday (E+49); Whit Monday (E+50); 1 and 17 May; 25 and 26 Dec.
 * Not red days: Palm Sunday is just a Sunday; New Year's Eve, Christmas Eve, Easter Saturday and
 * Whit Saturday are working days.
 */
import type { Message } from '../model';
import { civilFromDays, dayNumber, isoWeekdayIndex, parseDate } from '../time/civil';

/** Day number of Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

export type HolidayId =
  | 'new-year'
  | 'maundy-thursday'
  | 'good-friday'
  | 'easter-sunday'
  | 'easter-monday'
  | 'labour-day'
  | 'constitution-day'
  | 'ascension'
  | 'whit-sunday'
  | 'whit-monday'
  | 'christmas-day'
  | 'boxing-day';

export const HOLIDAY_NAMES: Readonly<Record<HolidayId | 'sunday', Message>> = {
  'new-year': { nb: '1. nyttårsdag', nn: '1. nyttårsdag', en: "New Year's Day" },
  'maundy-thursday': { nb: 'Skjærtorsdag', nn: 'Skjærtorsdag', en: 'Maundy Thursday' },
  'good-friday': { nb: 'Langfredag', nn: 'Langfredag', en: 'Good Friday' },
  'easter-sunday': { nb: '1. påskedag', nn: '1. påskedag', en: 'Easter Sunday' },
  'easter-monday': { nb: '2. påskedag', nn: '2. påskedag', en: 'Easter Monday' },
  'labour-day': { nb: 'Offentlig høytidsdag (1. mai)', nn: 'Offentleg høgtidsdag (1. mai)', en: 'Labour Day (1 May)' },
  'constitution-day': { nb: 'Grunnlovsdag (17. mai)', nn: 'Grunnlovsdag (17. mai)', en: 'Constitution Day (17 May)' },
  ascension: { nb: 'Kristi himmelfartsdag', nn: 'Kristi himmelfartsdag', en: 'Ascension Day' },
  'whit-sunday': { nb: '1. pinsedag', nn: '1. pinsedag', en: 'Whit Sunday' },
  'whit-monday': { nb: '2. pinsedag', nn: '2. pinsedag', en: 'Whit Monday' },
  'christmas-day': { nb: '1. juledag', nn: '1. juledag', en: 'Christmas Day' },
  'boxing-day': { nb: '2. juledag', nn: '2. juledag', en: 'Boxing Day' },
  sunday: { nb: 'Søndag', nn: 'Sundag', en: 'Sunday' },
};

const cache = new Map<number, ReadonlyMap<number, HolidayId>>();

/** The public holidays (not plain Sundays) of a year, by day number. */
export function holidaysOfYear(year: number): ReadonlyMap<number, HolidayId> {
  let map = cache.get(year);
  if (map) return map;
  const e = easterSunday(year);
  const m = new Map<number, HolidayId>([
    [dayNumber(year, 1, 1), 'new-year'],
    [e - 3, 'maundy-thursday'],
    [e - 2, 'good-friday'],
    [e, 'easter-sunday'],
    [e + 1, 'easter-monday'],
    [dayNumber(year, 5, 1), 'labour-day'],
    [dayNumber(year, 5, 17), 'constitution-day'],
    [e + 39, 'ascension'],
    [e + 49, 'whit-sunday'],
    [e + 50, 'whit-monday'],
    [dayNumber(year, 12, 25), 'christmas-day'],
    [dayNumber(year, 12, 26), 'boxing-day'],
  ]);
  // 17 May can coincide with Ascension or Whit Monday: the movable feast, inserted later, keeps its name.
  map = m;
  cache.set(year, map);
  return map;
}

/** One year's red days as flags by day of year (Sundays and holidays), built once per year (issue 21). */
interface YearTable {
  readonly start: number;
  readonly end: number;
  readonly easter: number;
  readonly red: Uint8Array;
}

const tables = new Map<number, YearTable>();
let lastTable: YearTable = { start: 0, end: 0, easter: 0, red: new Uint8Array(0) };

function buildYearTable(year: number): YearTable {
  const start = dayNumber(year, 1, 1);
  const end = dayNumber(year + 1, 1, 1);
  const red = new Uint8Array(end - start);
  for (let d = start + ((6 - isoWeekdayIndex(start) + 7) % 7); d < end; d += 7) red[d - start] = 1;
  for (const h of holidaysOfYear(year).keys()) red[h - start] = 1;
  return { start, end, easter: easterSunday(year), red };
}

/** The table of the year holding an integer day number. */
function yearTable(day: number): YearTable {
  if (day >= lastTable.start && day < lastTable.end) return lastTable;
  const year = civilFromDays(day).year;
  let t = tables.get(year);
  if (!t) {
    t = buildYearTable(year);
    tables.set(year, t);
  }
  lastTable = t;
  return t;
}

function yearOf(day: number): number {
  return civilFromDays(day).year;
}

/** easterSunday of the year, from the year's table. */
export function easterSundayCached(year: number): number {
  return yearTable(dayNumber(year, 1, 1)).easter;
}

/** True when the day (day number or `YYYY-MM-DD`) is a Sunday or a public holiday. */
export function isRedDay(day: number | string): boolean {
  const n = typeof day === 'string' ? parseDate(day) : day;
  // Not an integer day (NaN for a bad date string): never a red day.
  if (!Number.isInteger(n)) return false;
  const t = yearTable(n);
  return t.red[n - t.start] === 1;
}

/** The holiday id of a day, 'sunday' for a plain Sunday, or null for a working day. */
export function redDayName(day: number | string): HolidayId | 'sunday' | null {
  const n = typeof day === 'string' ? parseDate(day) : day;
  const h = holidaysOfYear(yearOf(n)).get(n);
  if (h) return h;
  return isoWeekdayIndex(n) === 6 ? 'sunday' : null;
}

/** Every red day of a year (Sundays and holidays) in date order, as day numbers. */
export function redDaysOfYear(year: number): number[] {
  const out: number[] = [];
  for (let d = dayNumber(year, 1, 1); d < dayNumber(year + 1, 1, 1); d++) if (isRedDay(d)) out.push(d);
  return out;
}
