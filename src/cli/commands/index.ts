import type { Command } from '../command';
import { checkCommand } from './check';
import { exportTimesheetCommand } from './export-timesheet';
import { planCommand } from './plan';
import { repAggregateCommand } from './rep-aggregate';
import { summaryCommand } from './summary';

/** Every `fyrabend` sub-command. Add one line per command file. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  exportTimesheetCommand,
  planCommand,
  summaryCommand,
  repAggregateCommand,
];
