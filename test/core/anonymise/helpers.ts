import type { Report, RuleId, Severity } from '../../../src/core/model';
import type { Summary, SummaryWeek } from '../../../src/core/anonymise/index';
import { parsePeriod, periodWeeks } from '../../../src/core/anonymise/index';

/** A hand-made report: week totals, day totals and findings with only the fields the summary reads meaningful. */
export function report(parts: Partial<Report>): Report {
  return { zone: 'Europe/Oslo', findings: [], days: [], weeks: [], ...parts };
}

export function finding(rule: RuleId, key: string, severity: Severity = 'violation', start = 0, end = 1) {
  return { rule, severity, key, start, end, measured: 1, limit: 1, unit: 'h' as const, ref: '', message: { nb: 'x', nn: 'x', en: 'x' } };
}

let counter = 0;
/** A summary for a period with the given weekly overtime (same for every week) and optional findings in the first week. */
export function summary(opts: { period?: string; overtime?: number; groups?: Summary['groups']; violation?: RuleId; id?: string; created?: string; invite?: string; night?: number } = {}): Summary {
  const period = opts.period ?? '2026-11';
  const weeks = periodWeeks(parsePeriod(period)!);
  counter++;
  return {
    format: 'fyrabend.summary/2',
    id: opts.id ?? `00000000-0000-8000-8000-${String(counter).padStart(12, '0')}`,
    period,
    created: opts.created ?? '2026-W49',
    ...(opts.invite ? { invite: opts.invite } : {}),
    groups: opts.groups ?? {},
    weeks: weeks.map(
      (week, i): SummaryWeek => ({
        week,
        hours: 38,
        overtime: opts.overtime ?? 0,
        merarbeid: 0,
        night: opts.night ?? 0,
        sunday: 0,
        outsideAgreed: 0,
        findings: i === 0 && opts.violation ? { [opts.violation]: { violation: 1 } } : {},
      }),
    ),
  };
}
