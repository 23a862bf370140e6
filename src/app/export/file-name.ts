/** File names of timesheet exports, the same in the window and the CLI (issue 16). */
import { FORMAT_EXTENSION, type TimesheetFormat } from './formats';

/** Letters, digits, dot, dash and underscore of an employee number, for a file name. */
const fileSafe = (s: string): string => s.trim().replace(/[^A-Za-z0-9._-]+/g, '');

/**
 * `fyrabend-1042-2026-03.xlsx`: the employee number tells the clerk whose file it is (without one,
 * `fyrabend-2026-03.xlsx`); `-excel` and `-visma` keep the CSV for Excel and the Visma file apart.
 */
export function exportFileName(period: string, format: TimesheetFormat, employeeNumber = ''): string {
  const who = fileSafe(employeeNumber);
  const kind = format === 'csv-excel' ? '-excel' : format === 'visma' ? '-visma' : '';
  return `fyrabend-${who ? `${who}-` : ''}${period}${kind}.${FORMAT_EXTENSION[format]}`;
}
