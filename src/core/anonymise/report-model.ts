/** The representative's aggregate report (`fyrabend.report/1`): figures per group, suppressed below k. */
import type { RuleId } from '../model';
import type { GroupDimension } from './model';

export const REPORT_FORMAT = 'fyrabend.report/1';
export const DEFAULT_K = 6;
/** k may never be set below this (Datatilsynet: ≤ 5 in the same job category cannot be anonymised). */
export const MIN_K = 5;

export interface RuleFigures {
  /** Contributors with at least one finding of the rule. */
  readonly contributors: number;
  /** Contributors with at least one finding of severity `violation` of the rule. */
  readonly withViolation: number;
  /** withViolation / group contributors, 0–1, three decimals. */
  readonly shareWithViolation: number;
  /** Number of findings of the rule. */
  readonly findings: number;
}

export interface WeekFigures {
  readonly week: string;
  readonly overtimeTotal: number;
  readonly overtimeMedian: number;
  /** Contributors with a violation in this week. */
  readonly withViolation: number;
}

/** Every figure of one group; published only as a whole. */
export interface GroupFigures {
  readonly contributors: number;
  readonly withViolation: number;
  readonly shareWithViolation: number;
  readonly overtimeMedian: number;
  readonly overtimeP90: number;
  readonly overtimeTotal: number;
  readonly merarbeidTotal: number;
  readonly outsideAgreedTotal: number;
  readonly nightTotal: number;
  readonly sundayTotal: number;
  readonly hoursTotal: number;
  readonly rules: Readonly<Partial<Record<RuleId, RuleFigures>>>;
  readonly weeks: readonly WeekFigures[];
}

export type Cell =
  | { readonly status: 'published'; readonly figures: GroupFigures }
  | { readonly status: 'fewer-than-k' | 'complementary' };

export interface ReportRow {
  /** The group's label; null for "all contributors" and for "not stated" (see `notStated`). */
  readonly label: string | null;
  readonly notStated: boolean;
  readonly cell: Cell;
}

export interface ReportTable {
  readonly dimension: 'all' | GroupDimension;
  readonly rows: readonly ReportRow[];
}

export interface ReportInput {
  /** Files offered to the import. */
  readonly files: number;
  /** Distinct summaries aggregated. */
  readonly accepted: number;
  readonly duplicates: number;
  /** Unreadable or invalid files (listed to the representative, never in the report). */
  readonly rejected: number;
  /** Valid summaries of another period. */
  readonly otherPeriod: number;
}

export interface AggregateReport {
  readonly format: typeof REPORT_FORMAT;
  readonly period: string;
  readonly k: number;
  readonly weeks: readonly string[];
  /** Rule ids that occur in any accepted summary, sorted. */
  readonly rules: readonly RuleId[];
  readonly input: ReportInput;
  readonly tables: readonly ReportTable[];
}
