/** The representative's report as CSV (RFC 4180, comma, dot decimals, the same rounded numbers as the screen): one line per cell. */
import type { AggregateReport } from '../../core/anonymise/index';
import type { Lang } from '../../core/model';
import { flattenReport } from './report-rows';

function field(v: string | number): string {
  const s = String(v);
  // A leading =, +, - or @ would be a formula in a spreadsheet; labels never start with one, but quote them anyway.
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reportCsv(report: AggregateReport, lang: Lang): string {
  const head = ['period', 'k', 'p', 'dimension', 'group', 'measure', 'rule', 'week', 'value'];
  const lines = [head.join(',')];
  for (const c of flattenReport(report, lang)) {
    lines.push([report.period, report.k, report.p, c.dimension, c.group, c.measure, c.rule, c.week, c.value].map(field).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function reportJson(report: AggregateReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
