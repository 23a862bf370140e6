/**
 * The anonymised overtime summary (`fyrabend.summary/1`) an employee may choose to share with a union
 * representative, and the aggregate report the representative builds from many of them.
 *
 * A summary holds only figures per ISO week, rounded (hours to whole hours, overtime, hours beyond agreed
 * and hours outside agreed time to half hours), counts of findings per rule id and severity, and optional
 * group labels picked from a configured list. Never a name, number, note, session, date or time finer
 * than the ISO week (see docs/privacy.md).
 */
import type { RuleId, Severity } from '../model';

/** The summary this Fyrabend writes: a per-person, per-period id (./summary-id.ts), the week it was made, and the invitation it answers. */
export const SUMMARY_FORMAT = 'fyrabend.summary/2';
/** The summary of an older Fyrabend (a fresh random id per file, no `created`, no invitation); still read. */
export const SUMMARY_FORMAT_V1 = 'fyrabend.summary/1';

/** The group dimensions a summary may carry, in display order. */
export type GroupDimension = 'workplace' | 'department' | 'jobCategory';
export const GROUP_DIMENSIONS: readonly GroupDimension[] = ['workplace', 'department', 'jobCategory'];

/** Group labels of one summary: at most one value per dimension, each from the configured list. */
export type GroupLabels = Readonly<Partial<Record<GroupDimension, string>>>;

/** The configured lists the user picks group labels from. */
export type GroupOptions = Readonly<Partial<Record<GroupDimension, readonly string[]>>>;

/** Counts of findings of one rule in one week, by severity (only severities with a count > 0). */
export type SeverityCounts = Readonly<Partial<Record<Severity, number>>>;

/** One ISO week of a summary. All hour figures are rounded (see ROUNDING). */
export interface SummaryWeek {
  /** ISO week label `YYYY-Www`. */
  readonly week: string;
  /** Hours worked, whole hours. */
  readonly hours: number;
  /** AML overtime (§ 10-6), half hours. */
  readonly overtime: number;
  /** Hours beyond the agreed hours that are not AML overtime (merarbeid), half hours. */
  readonly merarbeid: number;
  /** Hours in the night window (§ 10-11), whole hours. */
  readonly night: number;
  /** Hours on Sundays and public holidays (§ 10-10), whole hours. */
  readonly sunday: number;
  /** Hours outside the agreed working time, half hours. */
  readonly outsideAgreed: number;
  /** Findings per rule id (keys sorted), by severity. */
  readonly findings: Readonly<Partial<Record<RuleId, SeverityCounts>>>;
}

/** A whole `fyrabend.summary/1` file. */
export interface Summary {
  readonly format: typeof SUMMARY_FORMAT | typeof SUMMARY_FORMAT_V1;
  /**
   * UUID-shaped. Version 2: the same for every export of the same period by the same installation and
   * unlinkable across periods (an HMAC of the period under a secret of the installation, ./summary-id.ts).
   * Version 1: fresh random per file.
   */
  readonly id: string;
  /** `YYYY-MM` (month) or `YYYY-Qn` (quarter). */
  readonly period: string;
  /** The ISO week (`YYYY-Www`) the summary was made in; absent in version 1. The representative keeps the newest per id. */
  readonly created?: string;
  /** The id of the representative's invitation (`fyrabend.invite/1`) the summary answers, if any. */
  readonly invite?: string;
  readonly groups: GroupLabels;
  /** Every ISO week of the period, sorted. */
  readonly weeks: readonly SummaryWeek[];
}

/** How each figure is rounded: the step in hours. */
export const ROUNDING = {
  hours: 1,
  overtime: 0.5,
  merarbeid: 0.5,
  night: 1,
  sunday: 1,
  outsideAgreed: 0.5,
} as const;

/** Rounds to the nearest multiple of `step` (halves away from zero), never returning -0. */
export function roundTo(value: number, step: number): number {
  const r = Math.round(Math.abs(value) / step + 1e-9) * step * Math.sign(value);
  return r === 0 ? 0 : r;
}
