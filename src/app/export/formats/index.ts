/** The timesheet format writers, by format name. */
import type { Lang } from '../../../core/model';
import type { Timesheet } from '../timesheet';
import { writeCsv } from './csv';
import { writeCsvExcel } from './csv-excel';
import { writeHtml } from './html';
import { writeJson } from './json';
import { writeVisma } from './visma';

export const TIMESHEET_FORMATS = ['csv', 'csv-excel', 'xlsx', 'json', 'visma', 'html'] as const;
export type TimesheetFormat = (typeof TIMESHEET_FORMATS)[number];

export const FORMAT_EXTENSION: Readonly<Record<TimesheetFormat, string>> = {
  csv: 'csv',
  'csv-excel': 'csv',
  xlsx: 'xlsx',
  json: 'json',
  visma: 'txt',
  html: 'html',
};

export function isTimesheetFormat(s: string): s is TimesheetFormat {
  return (TIMESHEET_FORMATS as readonly string[]).includes(s);
}

export async function renderTimesheet(ts: Timesheet, format: TimesheetFormat, lang: Lang): Promise<Uint8Array> {
  switch (format) {
    case 'csv':
      return writeCsv(ts);
    case 'csv-excel':
      return writeCsvExcel(ts, lang);
    case 'xlsx':
      // On demand, with exceljs (~150 ms to load), which no other format needs. A dynamic import of this
      // module, not of 'exceljs': the bundle turns it into its own lazy require, where an import() of an
      // external package fails in the CLI's launcher on Node 20 (vm.Script without an import callback).
      return (await import('./xlsx')).writeXlsx(ts, lang);
    case 'json':
      return writeJson(ts);
    case 'visma':
      return writeVisma(ts);
    case 'html':
      return writeHtml(ts, lang);
  }
}
