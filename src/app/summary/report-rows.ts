/**
 * The report flattened into cells (group × measure × rule × week), shared by the CSV and the HTML
 * renderers. A suppressed cell carries its reason, never a number.
 */
import type { AggregateReport, GroupFigures, ReportRow } from '../../core/anonymise/index';
import type { Lang, RuleId } from '../../core/model';
import { translate } from '../../shared/i18n/catalog';
import { SUMMARY_TEXTS, type SummaryTextKey } from './texts';

export type Measure =
  | 'contributors' | 'withViolation' | 'shareWithViolation' | 'overtimeMedian' | 'overtimeP90' | 'overtimeTotal'
  | 'merarbeidTotal' | 'outsideAgreedTotal' | 'nightTotal' | 'sundayTotal'
  | 'rule.contributors' | 'rule.withViolation' | 'rule.shareWithViolation' | 'rule.findings'
  | 'week.overtimeTotal' | 'week.overtimeMedian' | 'week.withViolation';

export interface FlatCell {
  readonly dimension: string;
  readonly group: string;
  readonly measure: Measure;
  readonly rule: RuleId | '';
  readonly week: string;
  /** A number, or the suppression text. */
  readonly value: number | string;
}

export const GROUP_MEASURES: readonly (keyof GroupFigures & Measure)[] = [
  'contributors', 'withViolation', 'shareWithViolation', 'overtimeMedian', 'overtimeP90', 'overtimeTotal', 'merarbeidTotal', 'outsideAgreedTotal', 'nightTotal', 'sundayTotal',
];

export function groupName(dimension: string, row: ReportRow, lang: Lang): string {
  if (dimension === 'all') return translate(SUMMARY_TEXTS, lang, 'all');
  return row.notStated ? translate(SUMMARY_TEXTS, lang, 'notStated') : (row.label as string);
}

export function suppressionText(row: ReportRow, k: number, lang: Lang): string {
  const key: SummaryTextKey = row.cell.status === 'complementary' ? 'suppressedComplementary' : 'suppressedFewer';
  return translate(SUMMARY_TEXTS, lang, key, { k });
}

/** Every cell of the report, in table order. */
export function flattenReport(report: AggregateReport, lang: Lang): FlatCell[] {
  const out: FlatCell[] = [];
  for (const table of report.tables) {
    for (const row of table.rows) {
      const group = groupName(table.dimension, row, lang);
      const base = { dimension: table.dimension, group };
      const cell = row.cell;
      const value = (get: (f: GroupFigures) => number): number | string => (cell.status === 'published' ? get(cell.figures) : suppressionText(row, report.k, lang));
      for (const m of GROUP_MEASURES) out.push({ ...base, measure: m, rule: '', week: '', value: value((f) => f[m] as number) });
      for (const rule of report.rules) {
        for (const m of ['contributors', 'withViolation', 'shareWithViolation', 'findings'] as const) {
          out.push({ ...base, measure: `rule.${m}`, rule, week: '', value: value((f) => f.rules[rule]?.[m] ?? 0) });
        }
      }
      report.weeks.forEach((week, i) => {
        for (const m of ['overtimeTotal', 'overtimeMedian', 'withViolation'] as const) {
          out.push({ ...base, measure: `week.${m}`, rule: '', week, value: value((f) => f.weeks[i]?.[m] ?? 0) });
        }
      });
    }
  }
  return out;
}
