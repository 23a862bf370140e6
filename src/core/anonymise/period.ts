/**
 * Summary periods: a month `YYYY-MM` or a quarter `YYYY-Qn`. An ISO week belongs to the period that
 * holds its Thursday (the ISO 8601 rule that also assigns weeks to years), so every week is counted in
 * exactly one month and one quarter and a summary never needs a date finer than the week.
 */
import { dayNumber, isoWeekLabel, mondayOf, mondayOfIsoWeek } from '../time/civil';

export interface Period {
  readonly label: string;
  /** First and last civil month (1–12) of the period, within `year`. */
  readonly year: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
}

/**
 * The years a period may lie in (issue 18 item 4: periods in a sensible range), the same as the
 * calendar dates the command line takes; outside them the zone arithmetic has no meaning (9999-Q4
 * would end in year 10000).
 */
export const PERIOD_YEARS = { min: 1900, max: 2199 } as const;

/** Parses `YYYY-MM` or `YYYY-Qn` with a year in PERIOD_YEARS; null when the text is neither. */
export function parsePeriod(text: string): Period | null {
  const inRange = (year: number) => year >= PERIOD_YEARS.min && year <= PERIOD_YEARS.max;
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    const year = Number(month[1]);
    return inRange(year) ? { label: text, year, firstMonth: m, lastMonth: m } : null;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
  if (quarter) {
    const q = Number(quarter[2]);
    const year = Number(quarter[1]);
    return inRange(year) ? { label: text, year, firstMonth: q * 3 - 2, lastMonth: q * 3 } : null;
  }
  return null;
}

/** The ISO week labels of a period (weeks whose Thursday lies in it), sorted. */
export function periodWeeks(period: Period): string[] {
  const first = dayNumber(period.year, period.firstMonth, 1);
  const afterLast = period.lastMonth === 12 ? dayNumber(period.year + 1, 1, 1) : dayNumber(period.year, period.lastMonth + 1, 1);
  const weeks: string[] = [];
  // The first Thursday on or after the first day of the period.
  let thursday = mondayOf(first) + 3;
  if (thursday < first) thursday += 7;
  for (; thursday < afterLast; thursday += 7) weeks.push(isoWeekLabel(thursday));
  return weeks;
}

/** Day numbers [from, to) covering every day of the period's weeks (Monday of the first week to the Monday after the last). */
export function periodDayRange(period: Period): { readonly from: number; readonly to: number } {
  const weeks = periodWeeks(period);
  return { from: mondayOfIsoWeek(weeks[0] as string), to: mondayOfIsoWeek(weeks[weeks.length - 1] as string) + 7 };
}
