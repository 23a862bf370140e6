/** The payroll export formats the window offers (no imports: the renderer bundles this without zod). */
export const EXPORT_FORMATS = ['csv', 'csv-excel', 'xlsx', 'json', 'visma', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
