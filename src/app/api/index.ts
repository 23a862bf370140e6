/** The handler table behind `window.api`: importable under plain Node (e2e harness, tests). */
export { dispatch, describeIssue } from './dispatch';
export { HANDLERS, CHANGES, trackerStatus, planNow, type Handler, type HandlerTable } from './handlers';
export type * from './services';
export { createAppServices, APP_SETTINGS_KEY, type AppServiceDeps } from './app-services';
export { createPayrollService, type PayrollService, type PayrollServiceDeps } from './payroll-service';
export { EXPORT_HANDLERS, exportFileName } from './export-handlers';
export { createSummaryService, readGroupOptions, groupOptionsJson, GROUP_OPTIONS_KEY, SUMMARY_HANDLERS, type SummaryService } from './summary-handlers';
