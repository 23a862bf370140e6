import type { Command } from '../command';
import { checkCommand } from './check';
import { exportTimesheetCommand } from './export-timesheet';
import { planCommand } from './plan';
import { repAggregateCommand } from './rep-aggregate';
import { repInviteCommand } from './rep-invite';
import { summaryCommand } from './summary';
import { startCommand } from './start';
import { pauseCommand } from './pause';
import { resumeCommand } from './resume';
import { stopCommand } from './stop';
import { statusCommand } from './status';
import { logCommand } from './log';
import { importCommand } from './import';
import { exportSessionsCommand } from './export-sessions';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { settingsPayCommand } from './settings-pay';
import { absenceAddCommand, absenceListCommand, absenceRemoveCommand, exportAbsenceCommand } from './absence';

/** Every `fyrabend` sub-command. Add one line per command file. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  exportTimesheetCommand,
  planCommand,
  summaryCommand,
  repAggregateCommand,
  repInviteCommand,
  startCommand,
  pauseCommand,
  resumeCommand,
  stopCommand,
  statusCommand,
  logCommand,
  importCommand,
  exportSessionsCommand,
  backupCommand,
  restoreCommand,
  settingsPayCommand,
  absenceAddCommand,
  absenceListCommand,
  absenceRemoveCommand,
  exportAbsenceCommand,
];
