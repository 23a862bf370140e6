/**
 * Builds the anonymised `fyrabend.summary/1` of one period from an engine report (spec: issue 8).
 * Pure: the id (./summary-id.ts) and the week of making come from the caller.
 *
 * Only the report's week and day totals and its findings' rule, severity and week are read; notes,
 * session ids, instants, measured values and messages never reach the summary.
 */
import type { Finding, Report, RuleId, Severity } from '../model';
import { SEVERITY_ORDER } from '../model';
import { RULES } from '../rules/catalog';
import { isoWeekLabel } from '../time/civil';
import { zoneClock } from '../time/zone';
import { GROUP_DIMENSIONS, ROUNDING, roundTo, SUMMARY_FORMAT, type GroupLabels, type Summary, type SummaryWeek } from './model';
import { periodWeeks, type Period } from './period';

export interface BuildSummaryInput {
  readonly report: Report;
  readonly period: Period;
  /** Group labels already checked against the configured lists (see checkGroups). */
  readonly groups: GroupLabels;
  /** The summary id of this installation and period (summaryIdFromDigest). */
  readonly id: string;
  /** The ISO week the summary is made in (`YYYY-Www`). */
  readonly created: string;
  /** The invitation's id, when the summary answers one. */
  readonly invite?: string;
}

interface WeekSums {
  hours: number;
  overtime: number;
  merarbeid: number;
  night: number;
  sunday: number;
  outsideAgreed: number;
  findings: Map<RuleId, Map<Severity, number>>;
}

const emptySums = (): WeekSums => ({ hours: 0, overtime: 0, merarbeid: 0, night: 0, sunday: 0, outsideAgreed: 0, findings: new Map() });

/** The ISO week a finding belongs to: its key's week, or for the overtime year (keyed by the year's first date) the week it was exceeded. */
export function findingWeek(finding: Finding, zone: string): string | null {
  if (/^\d{4}-W\d{2}$/.test(finding.key)) return finding.key;
  if (RULES[finding.rule]?.key === 'year') return isoWeekLabel(zoneClock(zone).localDay(Math.max(finding.start, finding.end - 1)));
  if (/^\d{4}-\d{2}-\d{2}$/.test(finding.key)) return isoWeekLabel(finding.key);
  return null;
}

export function buildSummary(input: BuildSummaryInput): Summary {
  const weekLabels = periodWeeks(input.period);
  const sums = new Map<string, WeekSums>(weekLabels.map((w) => [w, emptySums()]));
  for (const w of input.report.weeks) {
    const s = sums.get(w.week);
    if (!s) continue;
    s.hours += w.hours;
    s.overtime += w.overtime;
    s.merarbeid += w.merarbeid;
  }
  for (const d of input.report.days) {
    const s = sums.get(isoWeekLabel(d.day));
    if (!s) continue;
    s.night += d.night;
    s.sunday += d.sunday;
    s.outsideAgreed += d.outsideAgreed;
  }
  for (const f of input.report.findings) {
    const week = findingWeek(f, input.report.zone);
    const s = week === null ? undefined : sums.get(week);
    if (!s) continue;
    const bySeverity = s.findings.get(f.rule) ?? new Map<Severity, number>();
    bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    s.findings.set(f.rule, bySeverity);
  }
  const weeks: SummaryWeek[] = weekLabels.map((week) => {
    const s = sums.get(week) as WeekSums;
    const findings: Partial<Record<RuleId, Partial<Record<Severity, number>>>> = {};
    for (const rule of [...s.findings.keys()].sort()) {
      const counts: Partial<Record<Severity, number>> = {};
      for (const sev of SEVERITY_ORDER) {
        const n = s.findings.get(rule)?.get(sev);
        if (n) counts[sev] = n;
      }
      findings[rule] = counts;
    }
    return {
      week,
      hours: roundTo(s.hours, ROUNDING.hours),
      overtime: roundTo(s.overtime, ROUNDING.overtime),
      merarbeid: roundTo(s.merarbeid, ROUNDING.merarbeid),
      night: roundTo(s.night, ROUNDING.night),
      sunday: roundTo(s.sunday, ROUNDING.sunday),
      outsideAgreed: roundTo(s.outsideAgreed, ROUNDING.outsideAgreed),
      findings,
    };
  });
  const groups: Record<string, string> = {};
  for (const dim of GROUP_DIMENSIONS) {
    const value = input.groups[dim];
    if (value !== undefined) groups[dim] = value;
  }
  return { format: SUMMARY_FORMAT, id: input.id, period: input.period.label, created: input.created, ...(input.invite ? { invite: input.invite } : {}), groups, weeks };
}
