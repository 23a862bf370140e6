/**
 * The representative's report as text, made once by src/app/summary/report-view.ts and shown as is by the
 * window and written as is into report.html (issue 17: one rendering of numbers, so the screen and the saved
 * report never disagree). Numbers are already rounded and written for the language (decimal comma in nb/nn).
 */
export interface CellText {
  readonly text: string;
  readonly suppressed: boolean;
}

export interface TrendPointView {
  /** The ISO week id ("2026-W10"): a key, never shown. */
  readonly week: string;
  /** The week as people read it, with the year: "uke 10, 2026" (nb), "veke 10, 2026" (nn), "week 10, 2026". */
  readonly label: string;
  /** Below the bar: "uke 10". */
  readonly axis: string;
  /** Under the axis text when the year is needed (the first bar and where a new year starts), else null. */
  readonly year: string | null;
  /** The bar's height; null when the week is hidden for this group. */
  readonly value: number | null;
  /** The label above (or instead of) the bar. */
  readonly text: string;
}

export interface TrendView {
  readonly group: string;
  readonly caption: string;
  /** Null when the whole trend is hidden; then `suppressed` says why. */
  readonly points: readonly TrendPointView[] | null;
  readonly suppressed: string | null;
}

export interface TableView {
  readonly dimension: string;
  readonly heading: string;
  /** Column headings: the group column, then one per figure. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly group: string; readonly cells: readonly CellText[] }[];
  readonly rulesHeading: string;
  /** The rule column, then one per group. */
  readonly ruleColumns: readonly string[];
  readonly ruleRows: readonly { readonly rule: string; readonly cells: readonly CellText[] }[];
  readonly rulesNote: string;
  readonly trendHeading: string;
  readonly trendNote: string;
  readonly trends: readonly TrendView[];
}

export interface ReportView {
  readonly lang: string;
  readonly title: string;
  readonly intro: string;
  readonly input: string;
  readonly tables: readonly TableView[];
}
