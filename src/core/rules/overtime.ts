/**
 * Overtime, AML § 10-6 (2),(4),(5) and § 10-4 (1): per work day above the daily normal limit,
 * per week (spec §3.1), the weekly, 4-week and overtime-year ceilings; total working time per work
 * day, over 8 weeks and in a single week (§ 10-6 (8)).
 */
import type { Finding } from '../model';
import type { Context, WeekFigures } from '../engine/context';
import { dateString, civilFromDays, dayNumber } from '../time/civil';
import { LIMITS } from './constants';
import { makeFinding } from './finding';

const EPS = 1e-9;

/** `aml.10-6.overtime-day`: hours of a work day above 9 h (10 h / 12.5 h under averaging). */
export function overtimeDay(ctx: Context): Finding[] {
  return ctx.days
    .filter((d) => d.excess > EPS)
    .map((d) => makeFinding('aml.10-6.overtime-day', { key: d.day.label, start: d.day.start, end: d.day.end, measured: d.hours, limit: d.dailyLimit }));
}

/** `aml.10-6.overtime-week`: the week has AML overtime (needs a basis, § 10-6 (1)). */
export function overtimeWeek(ctx: Context): Finding[] {
  return ctx.weeks
    .filter((w) => w.overtime > EPS)
    .map((w) => makeFinding('aml.10-6.overtime-week', { key: w.label, start: w.start, end: w.end, measured: w.overtime, limit: 0 }));
}

/** `aml.10-6.overtime-week-limit`: more than 10 h (20 h by tariff agreement) in one week. */
export function overtimeWeekLimit(ctx: Context): Finding[] {
  const limit = ctx.agreement.limits.tariffOvertime ? LIMITS.overtimeWeekTariff : LIMITS.overtimeWeek;
  return ctx.weeks
    .filter((w) => w.overtime > limit + EPS)
    .map((w) => makeFinding('aml.10-6.overtime-week-limit', { key: w.label, start: w.start, end: w.end, measured: w.overtime, limit }));
}

/** Sums a figure over the window of `count` weeks starting at each week with work (spec §6.8). */
function windows(ctx: Context, count: number, figure: (w: WeekFigures) => number): { first: WeekFigures; total: number; end: number }[] {
  const byMonday = new Map(ctx.weeks.map((w) => [w.monday, w]));
  return ctx.weeks.map((first) => {
    let total = 0;
    for (let k = 0; k < count; k++) {
      const w = byMonday.get(first.monday + 7 * k);
      if (w) total += figure(w);
    }
    return { first, total, end: ctx.clock.startOfDay(first.monday + 7 * count) };
  });
}

/** `aml.10-6.overtime-4-weeks`: more than 25 h (50 h) in any 4 consecutive weeks. */
export function overtime4Weeks(ctx: Context): Finding[] {
  const limit = ctx.agreement.limits.tariffOvertime ? LIMITS.overtime4WeeksTariff : LIMITS.overtime4Weeks;
  return windows(ctx, 4, (w) => w.overtime)
    .filter((x) => x.total > limit + EPS)
    .map((x) => makeFinding('aml.10-6.overtime-4-weeks', { key: x.first.label, start: x.first.start, end: x.end, measured: x.total, limit }));
}

/** The first day (day number) of the overtime year containing a day (spec §2 "Overtime year", §6.9). */
export function overtimeYearStart(ctx: Context, day: number): number {
  const { month, day: dom } = ctx.agreement.limits.overtimeYearStart;
  const y = civilFromDays(day).year;
  const thisYear = dayNumber(y, month, dom);
  return day >= thisYear ? thisYear : dayNumber(y - 1, month, dom);
}

/** `aml.10-6.overtime-year`: more than 200 h (300 h) in the overtime year; a week belongs to the year of its Monday. */
export function overtimeYear(ctx: Context): Finding[] {
  const limit = ctx.agreement.limits.tariffOvertime ? LIMITS.overtimeYearTariff : LIMITS.overtimeYear;
  const totals = new Map<number, number>();
  for (const w of ctx.weeks) {
    const start = overtimeYearStart(ctx, w.monday);
    totals.set(start, (totals.get(start) ?? 0) + w.overtime);
  }
  const out: Finding[] = [];
  for (const [start, total] of [...totals].sort((a, b) => a[0] - b[0])) {
    if (total <= limit + EPS) continue;
    const c = civilFromDays(start);
    const next = dayNumber(c.year + 1, c.month, c.day);
    out.push(
      makeFinding('aml.10-6.overtime-year', { key: dateString(start), start: ctx.clock.startOfDay(start), end: ctx.clock.startOfDay(next), measured: total, limit }),
    );
  }
  return out;
}

/** `aml.10-6.total-day`: a work day above 13 h (16 h with a § 10-6 (9) agreement). */
export function totalDay(ctx: Context): Finding[] {
  const limit = ctx.agreement.limits.extendedTotalDay ? LIMITS.totalDayExtended : LIMITS.totalDay;
  return ctx.days
    .filter((d) => d.hours > limit + EPS)
    .map((d) => makeFinding('aml.10-6.total-day', { key: d.day.label, start: d.day.start, end: d.day.end, measured: d.hours, limit }));
}

/** `aml.10-6.total-8-weeks`: the average of total weekly hours over any 8 consecutive weeks above 48 h. */
export function total8Weeks(ctx: Context): Finding[] {
  const limit = LIMITS.totalWeekAverage8;
  return windows(ctx, 8, (w) => w.hours)
    .filter((x) => x.total / 8 > limit + EPS)
    .map((x) => makeFinding('aml.10-6.total-8-weeks', { key: x.first.label, start: x.first.start, end: x.end, measured: x.total / 8, limit }));
}

/** `aml.10-6.total-week` (§ 10-6 (8) last sentence, spec § 7.6): a week's total hours (work and the on-call share) above 69 h. */
export function totalWeek(ctx: Context): Finding[] {
  const limit = LIMITS.totalWeekSingle;
  return ctx.weeks
    .filter((w) => w.hours > limit + EPS)
    .map((w) => makeFinding('aml.10-6.total-week', { key: w.label, start: w.start, end: w.end, measured: w.hours, limit }));
}
