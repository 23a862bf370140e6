/** Writers of `fyrabend.findings/1` and `fyrabend.plan/1` (exchange-format.md): deterministic JSON. */
import { formatInstant, type Plan, type PlanItem, type Report } from '../../core/index';

export const FINDINGS_FORMAT = 'fyrabend.findings/1';
export const PLAN_FORMAT = 'fyrabend.plan/1';

/** The findings document as a plain object with the spec's field order. */
export function findingsDocument(report: Report): Record<string, unknown> {
  const z = report.zone;
  return {
    format: FINDINGS_FORMAT,
    zone: z,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      key: f.key,
      start: formatInstant(f.start, z),
      end: formatInstant(f.end, z),
      measured: f.measured,
      limit: f.limit,
      unit: f.unit,
      ref: f.ref,
      message: { nb: f.message.nb, nn: f.message.nn, en: f.message.en },
    })),
    days: report.days.map((d) => ({ day: d.day, hours: d.hours, overtime: d.overtime, night: d.night, sunday: d.sunday, outsideAgreed: d.outsideAgreed })),
    weeks: report.weeks.map((w) => ({ week: w.week, hours: w.hours, overtime: w.overtime, merarbeid: w.merarbeid })),
  };
}

function planItem(i: PlanItem, zone: string): Record<string, unknown> {
  return { at: formatInstant(i.at, zone), line: formatInstant(i.line, zone), reason: i.reason, rule: i.rule, message: { nb: i.message.nb, nn: i.message.nn, en: i.message.en } };
}

export function planDocument(plan: Plan, zone: string): Record<string, unknown> {
  return {
    format: PLAN_FORMAT,
    now: formatInstant(plan.now, zone),
    upcoming: plan.upcoming.map((i) => planItem(i, zone)),
    passed: plan.passed.map((i) => planItem(i, zone)),
  };
}

export const toJsonText = (doc: unknown): string => JSON.stringify(doc, null, 2) + '\n';
