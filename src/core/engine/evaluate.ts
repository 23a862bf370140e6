/**
 * The rule engine: which rules of AML chapter 10 and the home-office regulation a set of sessions
 * breaks under an agreement (spec working-time-rules.md §3, settled details §6). Pure and
 * deterministic: the same input gives the same report, whatever the host's clock or zone.
 */
import type { Agreement, AvailabilityMark, DayTotals, Finding, Report, Session, WeekTotals } from '../model';
import { parseDate } from '../time/civil';
import { HOUR_MS, roundHours } from '../time/units';
import { buildContext, type Context } from './context';
import { overtimeDay, overtimeWeek, overtimeWeekLimit, overtime4Weeks, overtimeYear, totalDay, total8Weeks, totalWeek } from '../rules/overtime';
import { dailyRest, weeklyRest, sundayFollowing } from '../rules/rest';
import { breaks, overtimeBreaks } from '../rules/break';
import { sundayWork } from '../rules/sunday';
import { nightWork } from '../rules/night';
import { outsideHours, outsideAvailability, agreementMissing } from '../rules/agreement';
import { workWhileAbsent } from '../rules/absence';
import type { Absence } from '../absence/model';

export interface EvaluateInput {
  readonly sessions: readonly Session[];
  readonly agreement: Agreement;
  readonly availability?: readonly AvailabilityMark[];
  /** Absences entered by the employee (issue 15): work on a sick or holiday date gets a warning. */
  readonly absences?: readonly Absence[];
  /** Optional reporting range of local dates `YYYY-MM-DD` (inclusive); all sessions still give context. */
  readonly from?: string;
  readonly to?: string;
}

const RULE_CHECKS: readonly ((ctx: Context) => Finding[])[] = [
  overtimeDay,
  overtimeWeek,
  overtimeWeekLimit,
  overtime4Weeks,
  overtimeYear,
  totalDay,
  total8Weeks,
  totalWeek,
  dailyRest,
  weeklyRest,
  sundayFollowing,
  breaks,
  overtimeBreaks,
  sundayWork,
  nightWork,
  outsideHours,
  outsideAvailability,
  agreementMissing,
  workWhileAbsent,
];

/** Exempt employees (§ 10-12, spec §3.4, §6.12, § 7.4): every `aml.*` finding is dropped; `agreement.*` and `forskrift.*` stay. */
function keptForExempt(f: Finding): boolean {
  return !f.rule.startsWith('aml.');
}

/** Spec §6.14: by start instant, then rule, then key (plain code-unit order, locale-independent). */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function evaluate(input: EvaluateInput): Report {
  const { agreement } = input;
  const ctx = buildContext(input.sessions, agreement, input.availability ?? [], input.absences ?? []);
  let findings = RULE_CHECKS.flatMap((check) => check(ctx));
  if (ctx.exempt) findings = findings.filter(keptForExempt);

  const h = (ms: number) => roundHours(ms / HOUR_MS);
  let days: DayTotals[] = ctx.days.map((d) => ({
    day: d.day.label,
    start: d.day.start,
    end: d.day.end,
    hours: roundHours(d.hours),
    overtime: ctx.exempt ? 0 : roundHours(d.excess),
    night: h(d.nightMs),
    sunday: h(d.sundayMs),
    outsideAgreed: h(d.outsideMs),
  }));
  let weeks: WeekTotals[] = ctx.weeks.map((w) => ({
    week: w.label,
    start: w.start,
    end: w.end,
    hours: roundHours(w.hours),
    overtime: ctx.exempt ? 0 : roundHours(w.overtime),
    merarbeid: ctx.exempt ? 0 : roundHours(w.merarbeid),
  }));

  if (input.from !== undefined || input.to !== undefined) {
    const lo = input.from !== undefined ? ctx.clock.startOfDay(parseDate(input.from)) : -Infinity;
    const hi = input.to !== undefined ? ctx.clock.startOfDay(parseDate(input.to) + 1) : Infinity;
    const overlaps = (x: { start: number; end: number }) => x.end > lo && x.start < hi;
    findings = findings.filter(overlaps);
    days = days.filter((d) => d.start >= lo && d.start < hi);
    weeks = weeks.filter(overlaps);
  }

  findings.sort(compareFindings);
  return { zone: agreement.zone, findings, days, weeks };
}
