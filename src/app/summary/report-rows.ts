/**
 * The report flattened into cells (group × measure × rule × week), for the CSV. A hidden figure carries its
 * reason, never a number; a number is the model's, rounded exactly as the screen and report.html show it.
 */
import { type AggregateReport, type Figure } from '../../core/anonymise/index';
import type { Lang, RuleId } from '../../core/model';
import { GROUP_COLUMNS, groupName, suppressionText } from './report-view';

export type Measure =
  | (typeof GROUP_COLUMNS)[number]['key']
  | 'rule.contributors' | 'rule.contributorsPercent' | 'rule.withViolation' | 'rule.violationPercent' | 'rule.findings'
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

/** Every cell of the report, in table order. */
export function flattenReport(report: AggregateReport, lang: Lang): FlatCell[] {
  const out: FlatCell[] = [];
  const value = (f: Figure): number | string => (typeof f === 'number' ? f : suppressionText(f, report.k, lang));
  for (const table of report.tables) {
    for (const row of table.rows) {
      const base = { dimension: table.dimension, group: groupName(table.dimension, row, lang) };
      const f = row.figures;
      for (const c of GROUP_COLUMNS) out.push({ ...base, measure: c.key, rule: '', week: '', value: value(f[c.key]) });
      for (const rule of report.rules) {
        const r = f.rules[rule];
        if (!r) continue;
        for (const m of ['contributors', 'contributorsPercent', 'withViolation', 'violationPercent', 'findings'] as const) out.push({ ...base, measure: `rule.${m}`, rule, week: '', value: value(r[m]) });
      }
      for (const w of f.weeks) {
        for (const m of ['overtimeTotal', 'overtimeMedian', 'withViolation'] as const) out.push({ ...base, measure: `week.${m}`, rule: '', week: w.week, value: value(w[m]) });
      }
    }
  }
  return out;
}
