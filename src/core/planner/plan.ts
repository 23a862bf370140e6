/**
 * The look-ahead planner (spec §4): "what happens if I keep working?" For an open session at
 * `now` it returns the upcoming lines — agreed end (soon and reached), availability end, night and
 * Sunday/holiday windows, the latest stop that keeps the daily rest (§ 7.1), the breaks of the
 * working stretch and after the normal end (§ 7.3), the latest stop that keeps the weekly rest in
 * the seven-day period (§ 7.2), and the daily, total, weekly, weekly-overtime and 69 h limits —
 * each as an absolute instant, plus the lines already crossed. Exempt employees (§ 10-12, § 7.4)
 * get no line of an `aml.*` rule. A pure function of (sessions, agreement, now).
 */
import type { Agreement, Interval, Plan, PlanItem, PlanReason, RuleId, Session } from '../model';
import { buildContext, weekCapOf, type Context, type DayFigures } from '../engine/context';
import type { MainWorkPeriod } from '../engine/structure';
import { windowIntervals } from '../engine/windows';
import { overtimeBreakLine, stretchLines } from './break-lines';
import { firstReach, weekAt, weekOf, weeklyRestLine } from './week-lines';
import { HOUR_MS, MINUTE_MS, DAY_MS } from '../time/units';
import { planMessage } from '../i18n/plan-messages';
import { clockText } from '../i18n/numbers';
import { LIMITS } from '../rules/constants';

export interface PlanInput {
  readonly sessions: readonly Session[];
  readonly agreement: Agreement;
  readonly now: number;
  /** Warning lead time before a line, in minutes (default 15). */
  readonly leadMinutes?: number;
  /** How far ahead to look, in hours (default 24). */
  readonly horizonHours?: number;
}

/** The rule each plan reason warns about. */
export const PLAN_RULES: Readonly<Record<PlanReason, RuleId>> = {
  'agreed-end-soon': 'agreement.outside-hours',
  'agreed-end': 'agreement.outside-hours',
  'availability-end': 'agreement.outside-availability',
  'night-start': 'aml.10-11.night',
  'sunday-start': 'aml.10-10.sunday',
  'rest-latest-stop': 'aml.10-8.daily-rest',
  'daily-normal-limit': 'aml.10-6.overtime-day',
  'total-day-limit': 'aml.10-6.total-day',
  'weekly-normal-limit': 'aml.10-6.overtime-week',
  'weekly-overtime-limit': 'aml.10-6.overtime-week-limit',
  'break-due': 'aml.10-9.break',
  'long-break-due': 'aml.10-9.break',
  'overtime-break-due': 'aml.10-9.overtime-break',
  'weekly-rest-latest-stop': 'aml.10-8.weekly-rest',
  'total-week-limit': 'aml.10-6.total-week',
};

/** How far back sessions matter: the current week plus a main work period reaching into it. */
const LOOKBACK_MS = 9 * DAY_MS;

export function plan(input: PlanInput): Plan {
  const { agreement, now } = input;
  const lead = (input.leadMinutes ?? 15) * MINUTE_MS;
  const horizon = now + (input.horizonHours ?? 24) * HOUR_MS;
  const open = input.sessions.find((s) => s.start <= now && s.end >= now && s.kind === 'work');
  const past = input.sessions.filter((s) => s.end > now - LOOKBACK_MS && s.start < now).map((s) => (s.end > now ? { ...s, end: now } : s));
  const continued: Session = {
    start: now,
    end: horizon,
    kind: 'work',
    location: open?.location ?? 'home',
    initiative: open?.initiative ?? 'employer',
    breakWithDuties: false,
  };
  const ctx = buildContext([...past, continued], agreement, []);
  const items: PlanItem[] = [];
  const add = (reason: PlanReason, line: number, withLead: boolean, hours = 0, minutes = 0) => {
    if (!Number.isFinite(line)) return;
    const local = ctx.clock.localMsOfDay(line) / MINUTE_MS;
    items.push({ at: withLead ? line - lead : line, line, reason, rule: PLAN_RULES[reason], message: planMessage(reason, clockText(Math.round(local)), hours, minutes) });
  };
  const nowDay = ctx.clock.localDay(now);

  // Agreed working time and availability: the window holding `now`, else the last one that ended today.
  const agreed = windowIntervals(agreement.windows, nowDay - 1, nowDay + 2, ctx.clock);
  const current = agreed.find((w) => w.start <= now && now < w.end);
  if (current) {
    add('agreed-end-soon', current.end, true);
    add('agreed-end', current.end, false);
  } else {
    const ended = [...agreed].reverse().find((w) => w.end <= now && ctx.clock.localDay(w.end - 1) === nowDay);
    if (ended) add('agreed-end', ended.end, false);
  }
  const avail = windowIntervals(agreement.availability, nowDay - 1, nowDay + 2, ctx.clock).find((w) => w.start <= now && now < w.end);
  if (avail) add('availability-end', avail.end, false);

  // Night and Sunday/holiday windows: the one we are in (crossed), else the next to start.
  const night = ctx.nights.find((n) => n.end > now);
  if (night) add('night-start', night.start, night.start > now);
  const runStarts = ctx.segments.filter((s, i) => i === 0 || (ctx.segments[i - 1] as Interval).end !== s.start);
  const sunday = runStarts.find((s) => segmentRunEnd(ctx, s) > now);
  if (sunday && (sunday.start <= horizon || sunday.start <= now)) add('sunday-start', sunday.start, sunday.start > now);

  const day = ctx.days.find((d) => d.day.start <= now && now < d.day.start + DAY_MS);
  const period = day ? ctx.structure.periods[day.day.periodIndex] : undefined;
  add('rest-latest-stop', ...restLine(ctx, day, period, now));

  if (day) {
    add('daily-normal-limit', reachDay(day, day.dailyLimit), true, day.dailyLimit);
    const total = agreement.limits.extendedTotalDay ? LIMITS.totalDayExtended : LIMITS.totalDay;
    add('total-day-limit', reachDay(day, total), true, total);
    for (const b of [...stretchLines(ctx, day, now), ...overtimeBreakLine(ctx, day)]) add(b.reason, b.line, true, b.hours, b.minutes);
    const week = weekOf(ctx, day);
    if (week) {
      // Under averaging (§ 10-5, spec § 6.10, § 7.7) the week's limit is the single-week cap (50 h / 54 h) and the hours above it are overtime.
      const weekly = week.averaging ? weekCapOf(agreement) : agreement.limits.weeklyNormalHours;
      add('weekly-normal-limit', firstReach(week.start, horizon, (t) => weekAt(ctx, week, t, weekly).normal >= weekly - 1e-9), true, weekly);
      const cap = agreement.limits.tariffOvertime ? LIMITS.overtimeWeekTariff : LIMITS.overtimeWeek;
      add('weekly-overtime-limit', firstReach(week.start, horizon, (t) => weekAt(ctx, week, t, weekly).overtime >= cap - 1e-9), true, cap);
      const ceiling = LIMITS.totalWeekSingle;
      add('total-week-limit', firstReach(week.start, horizon, (t) => weekAt(ctx, week, t, weekly).hours >= ceiling - 1e-9), true, ceiling);
    }
  }
  const weeklyRest = weeklyRestLine(ctx, now);
  if (weeklyRest !== null) add('weekly-rest-latest-stop', weeklyRest, weeklyRest > now, agreement.limits.restWeeklyHours);

  // § 10-12 (spec § 3.4, § 7.4): an exempt employee gets no line of an aml.* rule.
  const lines = agreement.exempt === null ? items : items.filter((i) => !i.rule.startsWith('aml.'));
  const inHorizon = lines.filter((i) => i.line <= horizon);
  const order = (a: PlanItem, b: PlanItem) => a.at - b.at || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
  return {
    now,
    upcoming: inHorizon.filter((i) => i.line > now).sort(order),
    passed: inHorizon.filter((i) => i.line <= now).sort(order),
  };
}

/**
 * The latest stop for the daily rest (§ 10-8 (1)) and whether it is warned with the lead time.
 * Spec § 7.1 `between-work-days` (default): the next work day must begin after `restDaily` of free
 * time, so stop by the next agreed start minus the rest, and before the work day reaches 24 h (work
 * beyond it begins a new work day with no rest). Version 1 `within-24h`: the same agreed-start line,
 * or the end of a main work period spanning 24 h − `restDaily` (13 h), whichever comes first.
 */
function restLine(ctx: Context, day: DayFigures | undefined, period: MainWorkPeriod | undefined, now: number): [number, boolean] {
  const limits = ctx.agreement.limits;
  const restMs = limits.restDailyHours * HOUR_MS;
  // The next agreed start on a later date than the current work day's (a window later the same day belongs to it).
  const labelDay = day ? day.day.labelDay : ctx.clock.localDay(now);
  let nextStart: Interval | undefined;
  for (let d = labelDay + 1; d <= labelDay + 8 && !nextStart; d++) nextStart = windowIntervals(ctx.agreement.windows, d, d, ctx.clock).find((w) => w.start > now);
  const beforeNext = nextStart ? nextStart.start - restMs : Infinity;
  const bound = limits.dailyRestReading === 'within-24h' ? (period ? period.start + DAY_MS - restMs : Infinity) : day ? day.day.start + DAY_MS : Infinity;
  const line = Math.min(beforeNext, bound);
  return [line, line > now];
}

function segmentRunEnd(ctx: Context, first: { start: number; end: number }): number {
  let end = first.end;
  for (const s of ctx.segments) if (s.start === end) end = s.end;
  return end;
}

/** The instant at which a work day's hours (continued work included) reach `limitH`, or Infinity. */
function reachDay(d: DayFigures, limitH: number): number {
  let need = limitH * HOUR_MS - (d.hours - d.workHours) * HOUR_MS;
  for (const w of d.day.work) {
    const len = w.end - w.start;
    if (need <= len) return w.start + Math.max(0, need);
    need -= len;
  }
  return Infinity;
}
