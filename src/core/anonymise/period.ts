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

/** Parses `YYYY-MM` or `YYYY-Qn`; null when the text is neither. */
export function parsePeriod(text: string): Period | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) {
    const m = Number(month[2]);
    return { label: text, year: Number(month[1]), firstMonth: m, lastMonth: m };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
  if (quarter) {
    const q = Number(quarter[2]);
    return { label: text, year: Number(quarter[1]), firstMonth: q * 3 - 2, lastMonth: q * 3 };
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
