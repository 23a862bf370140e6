/**
 * What the handler table needs from the rest of the app. The shell (and the e2e harness) builds
 * one `Services` from the store repositories, the tracker and the warning scheduler; tests pass
 * fakes. Methods may return a Result (a refusal with a user-safe message) or throw (a fault the
 * handler table turns into a generic message; the detail goes to the log, never to the window).
 */
import type { DiagnosticsService } from './diagnostics-handlers';
import type { AbsenceService } from '../absence/service';
import type { Agreement, AvailabilityMark, Instant, Lang, Session } from '../../core/model';
import type { SessionInput } from '../../shared/ipc/contract';
import type {
  AgreementDocument,
  AgreementVersion,
  AuditEntryView,
  BackupInfo,
  OvertimeReasonView,
  PendingWarningView,
  SessionView,
  Settings,
  TrackerStatus,
} from '../../shared/ipc/dto';
import type { Result } from '../../shared/result';
import type { BasisRecordView } from '../../shared/ipc/basis-contract';
import type { DataLocationService } from '../data-location/service';
import type { PayrollService } from './payroll-service';
import type { SummaryService } from './summary-handlers';

type Awaitable<T> = T | Promise<T>;
/** A command's outcome: nothing (done), or a Result whose error is shown to the user. */
export type Outcome<T = unknown> = Awaitable<Result<T> | void>;

/** The tracker's own state; the handler table adds the day lines (today, agreed end, rest). */
export type TrackerSnapshot = Pick<TrackerStatus, 'state' | 'openSince' | 'pausedSince' | 'current' | 'idleQuestion' | 'toReview' | 'stillWorking' | 'autoClosed' | 'idleUndo'>;

export interface TrackerService {
  snapshot(): TrackerSnapshot;
  start(options: { kind?: Session['kind']; location?: Session['location']; initiative?: Session['initiative']; note?: string }): Outcome;
  pause(): Outcome;
  resume(): Outcome;
  stop(): Outcome;
  resolveIdle(choice: 'keep' | 'discard' | 'break'): Outcome;
  answerStillWorking(working: boolean, end?: Instant): Outcome;
  undoAutoClose(): Outcome;
  undoIdle(): Outcome;
  /** Issue 14 item 3: "I started at 07:45", "I stopped at 16:10", a new start for the running session (a reason only inside a locked period). */
  startAt(at: Instant, options: { kind?: Session['kind']; location?: Session['location']; initiative?: Session['initiative']; note?: string }, reason?: string): Outcome;
  stopAt(at: Instant, reason?: string): Outcome;
  changeStart(at: Instant, reason?: string): Outcome;
}

/** Read access to the work record, as the rule engine and planner need it. */
export interface WorkData {
  /** The user's IANA zone. */
  zone(): string;
  /** Sessions overlapping [from, to), the running one included as ending at `now`. */
  sessions(from: Instant, to: Instant, now: Instant): readonly Session[];
  availability(from: Instant, to: Instant): readonly AvailabilityMark[];
  /** The parsed agreement in force on a local date, or null when none is stored. */
  agreementOn(date: string): Agreement | null;
}

export interface SessionService {
  list(from: Instant, to: Instant): readonly SessionView[];
  add(input: SessionInput & { zone: string }, reason: string): Awaitable<Result<SessionView>>;
  edit(id: string, input: SessionInput & { zone: string }, reason: string): Awaitable<Result<SessionView>>;
  remove(id: string, reason: string): Outcome;
  history(sessionId?: string): readonly AuditEntryView[];
}

export interface AgreementService {
  list(): readonly AgreementVersion[];
  /** Parses (exchange-format `fyrabend.agreement/1`) and stores; a bad document is an error result. */
  save(document: AgreementDocument): Awaitable<Result<AgreementVersion>>;
}

export interface SettingsService {
  get(): Settings;
  set(patch: Partial<Settings>): Awaitable<Result<Settings>>;
}

export interface WarningService {
  pending(): readonly PendingWarningView[];
  snooze(id: string, minutes: number): Outcome;
  dismiss(id: string): Outcome;
  recordOvertimeReason(input: {
    sessionId: string;
    reasons: readonly OvertimeReasonView['reasons'][number][];
    text: string;
    ground?: NonNullable<OvertimeReasonView['ground']>;
    takenAs?: NonNullable<OvertimeReasonView['takenAs']>;
    lang: Lang;
  }): Awaitable<Result<OvertimeReasonView>>;
  /** Issue 14 item 4: the reasons of the sessions overlapping [from, to) (absent: none recorded here). */
  listOvertimeReasons?(from: Instant, to: Instant): readonly BasisRecordView[];
}

export interface BackupService {
  create(): Awaitable<BackupInfo>;
  list(): Awaitable<readonly BackupInfo[]>;
  /** Restores a backup by name (after checking it); the app reopens the database. */
  restore(name: string): Outcome;
}

export type { DataLocationService };

export interface Services {
  /** Wall clock, epoch ms (a fake clock in tests). */
  now(): Instant;
  readonly tracker: TrackerService;
  readonly work: WorkData;
  readonly sessions: SessionService;
  readonly agreements: AgreementService;
  readonly settings: SettingsService;
  readonly warnings: WarningService;
  readonly backups: BackupService;
  /** Issue 8 (summaries and the representative's report); without it those methods refuse. */
  readonly summaries?: SummaryService;
  /** Issue 7 (pay settings, preview, payroll export in the window); without it those methods refuse. */
  readonly payroll?: PayrollService;
  /** Issue 6 (pick a folder, move the data folder and restart); without it those methods refuse. */
  readonly location?: DataLocationService;
  /** Issue 19 (the log file, the diagnostics text); only the desktop host has it. */
  readonly diagnostics?: DiagnosticsService;
  /** Issue 15 (absence, the flexitime balance); without it those methods refuse. */
  readonly absences?: AbsenceService;
  /** Where faults are logged (detail stays in the main process). */
  log(message: string, detail?: unknown): void;
}
