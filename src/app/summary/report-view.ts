/**
 * The one rendering of the representative's report (issue 17): every number the window shows and
 * report.html holds is written here, from the report model's already rounded figures, with a decimal comma
 * in nb and nn. report.json and report.csv carry the same numbers as numbers (with a dot).
 */
import { isPublished, type AggregateReport, type Figure, type GroupFigures, type ReportRow, type ReportTable } from '../../core/anonymise/index';
import type { Lang } from '../../core/model';
import { translate } from '../../shared/i18n/catalog';
import type { CellText, ReportView, TableView } from '../../shared/ipc/report-view';
import { periodText, weekParts, weekText } from '../../shared/i18n/week-label';
import { RULE_NAMES } from './rule-names';
import { SUMMARY_TEXTS, type SummaryTextKey } from './texts';

/** The group figures in column order, with their heading and whether they are percentages. */
export const GROUP_COLUMNS: readonly { readonly key: Exclude<keyof GroupFigures, 'rules' | 'weeks'>; readonly text: SummaryTextKey; readonly percent?: true }[] = [
  { key: 'contributors', text: 'contributors' },
  { key: 'withViolation', text: 'withFinding' },
  { key: 'violationPercent', text: 'shareViolation', percent: true },
  { key: 'overtimeMedian', text: 'median' },
  { key: 'overtimeP90', text: 'p90' },
  { key: 'overtimeTotal', text: 'overtimeTotal' },
  { key: 'merarbeidTotal', text: 'merarbeidTotal' },
  { key: 'outsideAgreedTotal', text: 'outsideTotal' },
  { key: 'nightTotal', text: 'nightTotal' },
  { key: 'sundayTotal', text: 'sundayTotal' },
  { key: 'hoursTotal', text: 'hoursTotal' },
];

/** A rounded report number in the language: `3,5` in nb and nn, `3.5` in English; never `-0`, no grouping. */
export function numberText(n: number, lang: Lang): string {
  const s = String(n === 0 ? 0 : n);
  return lang === 'en' ? s : s.replace('.', ',').replace('-', '−');
}

export function suppressionText(f: Figure, k: number, lang: Lang): string {
  if (isPublished(f)) return '';
  const key: SummaryTextKey = f.suppressed === 'complementary' ? 'suppressedComplementary' : f.suppressed === 'dominance' ? 'suppressedDominance' : 'suppressedFewer';
  return translate(SUMMARY_TEXTS, lang, key, { k });
}

/** A figure as the report shows it: the number (a percentage with " %"), or why it is hidden. */
export function figureText(f: Figure, k: number, lang: Lang, percent = false): CellText {
  if (!isPublished(f)) return { text: suppressionText(f, k, lang), suppressed: true };
  const n = numberText(f, lang);
  return { text: percent ? translate(SUMMARY_TEXTS, lang, 'percent', { value: n }) : n, suppressed: false };
}

export function groupName(dimension: string, row: ReportRow, lang: Lang): string {
  if (dimension === 'all') return translate(SUMMARY_TEXTS, lang, 'all');
  return row.notStated ? translate(SUMMARY_TEXTS, lang, 'notStated') : (row.label as string);
}

function tableView(report: AggregateReport, table: ReportTable, lang: Lang): TableView {
  const t = (key: SummaryTextKey, p: Record<string, string | number> = {}) => translate(SUMMARY_TEXTS, lang, key, p);
  const k = report.k;
  const heading = table.dimension === 'all' ? t('all') : t(table.dimension);
  const names = table.rows.map((r) => groupName(table.dimension, r, lang));
  const short = t('suppressedShort');
  const part = (f: Figure, percent = false) => (isPublished(f) ? figureText(f, k, lang, percent).text : short);
  return {
    dimension: table.dimension,
    heading,
    columns: [t('group'), ...GROUP_COLUMNS.map((c) => t(c.text))],
    rows: table.rows.map((row, i) => ({ group: names[i] as string, cells: GROUP_COLUMNS.map((c) => figureText(row.figures[c.key], k, lang, c.percent)) })),
    rulesHeading: `${t('byRule')}: ${heading}`,
    ruleColumns: [t('rule'), ...names],
    ruleRows: report.rules.map((rule) => ({
      rule: RULE_NAMES[rule][lang],
      cells: table.rows.map((row) => {
        const r = row.figures.rules[rule];
        if (!r) return { text: short, suppressed: true };
        const figures = [r.contributors, r.contributorsPercent, r.violationPercent, r.findings];
        return { text: `${part(r.contributors)} (${part(r.contributorsPercent, true)}) · ${part(r.violationPercent, true)} · ${part(r.findings)}`, suppressed: figures.every((f) => !isPublished(f)) };
      }),
    })),
    rulesNote: t('rulesNote'),
    trendHeading: `${t('trend')}: ${heading}`,
    trendNote: t('trendNote'),
    trends: table.rows.map((row, i) => {
      const weeks = row.figures.weeks;
      const hidden = weeks.every((w) => !isPublished(w.overtimeTotal));
      const first = weeks[0]?.overtimeTotal;
      return {
        group: names[i] as string,
        caption: `${t('trend')}: ${names[i]}`,
        points: hidden
          ? null
          : weeks.map((w, j) => {
              const year = weekParts(w.week)?.year ?? null;
              const newYear = j === 0 || weekParts(weeks[j - 1]?.week ?? '')?.year !== year;
              return {
                week: w.week,
                label: weekText(w.week, lang),
                axis: weekText(w.week, lang, false),
                year: newYear ? year : null,
                value: isPublished(w.overtimeTotal) ? w.overtimeTotal : null,
                text: part(w.overtimeTotal),
              };
            }),
        suppressed: hidden ? suppressionText(first ?? { suppressed: 'fewer-than-k' }, k, lang) : null,
      };
    }),
  };
}

export function reportView(report: AggregateReport, lang: Lang): ReportView {
  const t = (key: SummaryTextKey, p: Record<string, string | number> = {}) => translate(SUMMARY_TEXTS, lang, key, p);
  const input = { ...report.input, senders: report.input.senders ?? '–' };
  return {
    lang,
    title: t('reportTitle', { period: periodText(report.period, lang) }),
    intro: t('reportIntro', { k: report.k, p: numberText(report.p, lang) }),
    input: t('inputCounts', input),
    tables: report.tables.map((table) => tableView(report, table, lang)),
  };
}
