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
import type { AgreementRepo } from '../ports/agreement-repo';
import type { ExportFolder } from '../ports/export-folder';
import type { LockedPeriodRepo } from '../ports/locked-period-repo';
import type { SessionRepo } from '../ports/session-repo';
import type { SettingsRepo } from '../ports/settings-repo';

export interface PayrollService {
  /** The stored pay settings, or null when none are stored (or they cannot be read). */
  settings(): PaySettings | null;
  saveSettings(settings: PaySettings): void;
  /** Sessions, agreements, locks and clock as the export use case reads them. */
  readonly data: Pick<ExportTimesheetDeps, 'sessions' | 'agreements' | 'locks' | 'now'>;
  /** The export folder the files go to. */
  readonly files: ExportFolder;
}

export interface PayrollServiceDeps {
  readonly settings: SettingsRepo;
  readonly sessions: Pick<SessionRepo, 'between'>;
  readonly agreements: Pick<AgreementRepo, 'list'>;
  readonly locks: Pick<LockedPeriodRepo, 'list' | 'lockPeriod' | 'correctionsSince'>;
  readonly files: ExportFolder;
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
  return {
    settings: () => loadPaySettings(d.settings),
    saveSettings: (s) => savePaySettings(d.settings, s),
    data: { sessions: d.sessions, agreements: () => agreementsOf(d.agreements), locks: d.locks, now: d.now },
    files: d.files,
  };
}
