/**
 * The representative's aggregate report (`fyrabend.report/2`): every figure of every group is published or
 * suppressed on its own (statistical disclosure control, ./disclosure.ts and ./suppression.ts).
 */
import type { RuleId } from '../model';
import type { GroupDimension } from './model';

export const REPORT_FORMAT = 'fyrabend.report/2';
export const DEFAULT_K = 6;
/** k may never be set below this (Datatilsynet: ≤ 5 in the same job category cannot be anonymised). */
export const MIN_K = 5;
/** Dominance rule: no single contributor may hold more than p % of a published count or total. */
export const DEFAULT_P = 85;
/** p may be made stricter (lower) down to MIN_P, never looser than MAX_P (docs/privacy.md). */
export const MIN_P = 50;
export const MAX_P = 85;

/** Why a figure is not shown. */
export type SuppressionReason =
  /** Fewer than k contributors with a non-zero value, or a group of fewer than k people. */
  | 'fewer-than-k'
  /** One contributor holds more than p % of the figure. */
  | 'dominance'
  /** Hidden so that another hidden figure cannot be worked out from the published ones. */
  | 'complementary';

export interface Suppressed {
  readonly suppressed: SuppressionReason;
}

/** A published number (already rounded as the report shows it), or why it is hidden. */
export type Figure = number | Suppressed;

export const isPublished = (f: Figure): f is number => typeof f === 'number';

export interface RuleFigures {
  /** Contributors with at least one finding of the rule. */
  readonly contributors: Figure;
  /**
   * contributors as a percentage of the group's contributors, one decimal, hidden like every other
   * figure (issue 15: e.g. the share who worked at least one day while sick or on holiday).
   */
  readonly contributorsPercent: Figure;
  /** Contributors with at least one finding of severity `violation` of the rule. */
  readonly withViolation: Figure;
  /** withViolation as a percentage of the group's contributors, one decimal. */
  readonly violationPercent: Figure;
  /** Number of findings of the rule. */
  readonly findings: Figure;
}

export interface WeekFigures {
  readonly week: string;
  readonly overtimeTotal: Figure;
  /** Median weekly overtime of the group's contributors, half hours. */
  readonly overtimeMedian: Figure;
  /** Contributors with a violation in this week. */
  readonly withViolation: Figure;
}

/** Every figure of one group. */
export interface GroupFigures {
  readonly contributors: Figure;
  readonly withViolation: Figure;
  readonly violationPercent: Figure;
  /** Median and 90th percentile of the contributors' weekly overtime, half hours; only for groups of at least k. */
  readonly overtimeMedian: Figure;
  readonly overtimeP90: Figure;
  readonly overtimeTotal: Figure;
  readonly merarbeidTotal: Figure;
  readonly outsideAgreedTotal: Figure;
  readonly nightTotal: Figure;
  readonly sundayTotal: Figure;
  readonly hoursTotal: Figure;
  readonly rules: Readonly<Partial<Record<RuleId, RuleFigures>>>;
  readonly weeks: readonly WeekFigures[];
}

export interface ReportRow {
  /** The group's label; null for "all contributors" and for "not stated" (see `notStated`). */
  readonly label: string | null;
  readonly notStated: boolean;
  readonly figures: GroupFigures;
}

export interface ReportTable {
  readonly dimension: 'all' | GroupDimension;
  readonly rows: readonly ReportRow[];
}

export interface ReportInput {
  /** Files offered to the import. */
  readonly files: number;
  /** Distinct summary ids aggregated (one per person). */
  readonly accepted: number;
  /** Files left out because a newer file of the same id was given. */
  readonly replaced: number;
  /** Files left out because another file of the same id and week was given. */
  readonly duplicates: number;
  /** Unreadable or invalid files (listed to the representative, never in the report). */
  readonly rejected: number;
  /** Valid summaries of another period. */
  readonly otherPeriod: number;
  /** Valid summaries made for another invitation (or none) when the report is for one. */
  readonly otherInvite: number;
  /** The number of people who handed in files, as the representative stated it. */
  readonly senders: number | null;
}

export interface AggregateReport {
  readonly format: typeof REPORT_FORMAT;
  readonly period: string;
  readonly k: number;
  /** The dominance percentage. */
  readonly p: number;
  readonly weeks: readonly string[];
  /** Every rule of the catalog, in catalog order. */
  readonly rules: readonly RuleId[];
  readonly input: ReportInput;
  readonly tables: readonly ReportTable[];
}
