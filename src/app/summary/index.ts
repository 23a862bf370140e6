/** Use cases of issues 8 and 17: the employee's summary and the representative's aggregate report. */
export { makeSummary, sessionWindow, type MakeSummaryError, type MakeSummaryInput, type MadeSummary } from './make-summary';
export { previewSummary } from './preview';
export { importSummaries, buildRepReport, commonPeriod, reportSelection, SUMMARY_READ_LIMITS, type FileRead, type ReadLimits, type SummaryFiles, type ImportResult, type ImportedSummary, type RepReportError, type RepReportOptions } from './import-summaries';
export { reportHtml, trendSvg, viewHtml } from './report-html';
export { reportView, figureText, numberText, GROUP_COLUMNS } from './report-view';
export { installationSecret, installationSummaryIds, oneTimeSummaryIds, summaryIdFor, SUMMARY_SECRET_KEY } from './summary-id';
export { reportCsv, reportJson } from './report-csv';
export { flattenReport, type FlatCell } from './report-rows';
export { RULE_NAMES } from './rule-names';
export { GROUP_OPTIONS_KEY, groupOptionsJson, readGroupOptions } from './stored-group-options';
export { SUMMARY_TEXTS } from './texts';
