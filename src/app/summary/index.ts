/** Use cases of issue 8: the employee's summary and the representative's aggregate report. */
export { makeSummary, sessionWindow, type MakeSummaryError, type MakeSummaryInput, type MadeSummary } from './make-summary';
export { previewSummary } from './preview';
export { importSummaries, buildRepReport, commonPeriod, type SummaryFiles, type ImportResult, type ImportedSummary, type RepReportError, type RepReportOptions } from './import-summaries';
export { reportHtml, trendSvg } from './report-html';
export { reportCsv, reportJson } from './report-csv';
export { flattenReport, type FlatCell } from './report-rows';
export { RULE_NAMES } from './rule-names';
export { GROUP_OPTIONS_KEY, groupOptionsJson, readGroupOptions } from './stored-group-options';
export { SUMMARY_TEXTS } from './texts';
