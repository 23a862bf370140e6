/**
 * What the window's payroll export methods need (issue 7): the stored pay settings, the data the
 * export use case reads (sessions, parsed agreements, locked periods) and the export folder. Built
 * from the store by the shell and the e2e harness.
 */
import type { Agreement, Instant } from '../../core/model';
import type { PaySettings } from '../../core/pay';
import { parseAgreementJson } from '../../shared/formats/agreement';
import type { ExportTimesheetDeps } from '../export/export-timesheet';
import { loadPaySettings, savePaySettings } from '../export/pay-settings';
import type { AbsenceRepo } from '../ports/absence-repo';
import type { AgreementRepo } from '../ports/agreement-repo';
import type { ExportDialogs } from '../ports/export-dialogs';
import type { ExportFolder } from '../ports/export-folder';
import type { FileSink } from '../ports/file-sink';
import type { LockedPeriodRepo } from '../ports/locked-period-repo';
import type { SessionRepo } from '../ports/session-repo';
import type { SettingsRepo } from '../ports/settings-repo';
import type { SubmissionRepo } from '../ports/submission-repo';
import type { OvertimeReasonRepo } from '../warnings/overtime-reason';

export interface PayrollService {
  /** The stored pay settings, or null when none are stored (or they cannot be read). */
  settings(): PaySettings | null;
  saveSettings(settings: PaySettings): void;
  /** Sessions, agreements, locks and clock as the export use case reads them. */
  readonly data: Pick<ExportTimesheetDeps, 'sessions' | 'agreements' | 'locks' | 'submissions' | 'overtimeReasons' | 'absences' | 'now'>;
  /** The export folder the files go to (when the user does not choose a place). */
  readonly files: ExportFolder;
  /** The OS save dialog and "Show in folder" (desktop only), and the atomic writer for a chosen path. */
  readonly dialogs?: ExportDialogs;
  readonly sink?: FileSink;
  /** The folder the save dialog last wrote to, or null. */
  lastFolder(): string | null;
  saveLastFolder(folder: string): void;
  /** Files written through the window in this run: only these may be shown in the file manager. */
  remember(path: string): void;
  wrote(path: string): boolean;
}

/** Settings key of the folder the save dialog last wrote to. */
export const LAST_FOLDER_KEY = 'payroll.lastFolder';

export interface PayrollServiceDeps {
  readonly settings: SettingsRepo;
  readonly sessions: Pick<SessionRepo, 'between'>;
  readonly agreements: Pick<AgreementRepo, 'list'>;
  readonly locks: Pick<LockedPeriodRepo, 'list' | 'lockPeriod' | 'correctionsSince'>;
  /** Issue 16: what was sent to payroll. */
  readonly submissions: SubmissionRepo;
  /** The overtime reasons recorded with sessions, shown per day in the timesheet. */
  readonly overtimeReasons?: Pick<OvertimeReasonRepo, 'listForSession'>;
  /** Issue 15: the absences, listed in the timesheet with their wage types. */
  readonly absences?: Pick<AbsenceRepo, 'list'>;
  readonly files: ExportFolder;
  /** Issue 16: the OS dialogs and the writer for a path chosen in the save dialog (the desktop platform gives both). */
  readonly dialogs?: ExportDialogs;
  readonly sink?: FileSink;
  readonly now: () => Instant;
}

/** The stored agreement versions, parsed; an unreadable version is left out (the CLI refuses it). */
function agreementsOf(repo: Pick<AgreementRepo, 'list'>): Agreement[] {
  const out: Agreement[] = [];
  for (const stored of repo.list()) {
    try {
      const parsed = parseAgreementJson(JSON.parse(stored.json));
      if (parsed.ok) out.push({ ...parsed.value, validFrom: stored.validFrom });
    } catch {
      // not JSON: left out, like a version that does not parse
    }
  }
  return out;
}

export function createPayrollService(d: PayrollServiceDeps): PayrollService {
  const written = new Set<string>();
  return {
    settings: () => loadPaySettings(d.settings),
    saveSettings: (s) => savePaySettings(d.settings, s),
    data: { sessions: d.sessions, agreements: () => agreementsOf(d.agreements), locks: d.locks, submissions: d.submissions, ...(d.overtimeReasons ? { overtimeReasons: d.overtimeReasons } : {}), ...(d.absences ? { absences: d.absences } : {}), now: d.now },
    files: d.files,
    ...(d.dialogs ? { dialogs: d.dialogs } : {}),
    ...(d.sink ? { sink: d.sink } : {}),
    lastFolder: () => {
      const v = d.settings.get(LAST_FOLDER_KEY);
      try {
        const folder: unknown = v === null ? null : JSON.parse(v);
        return typeof folder === 'string' && folder !== '' ? folder : null;
      } catch {
        return null;
      }
    },
    saveLastFolder: (folder) => d.settings.set(LAST_FOLDER_KEY, JSON.stringify(folder)),
    remember: (path) => void written.add(path),
    wrote: (path) => written.has(path),
  };
}
