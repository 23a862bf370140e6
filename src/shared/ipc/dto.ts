/**
 * The data the window receives over IPC (outputs of the contract). Instants are epoch milliseconds;
 * the window formats them in `zone`. No paths, no stack traces: only what the window shows.
 */
import type { Initiative, Instant, Interval, Lang, PlanItem, PlanReason, RuleId, SessionKind, SessionLocation } from '../../core/model';
import type { OvertimeGround, OvertimeTakenAs } from '../../core/overtime-basis';

export type TrackerState = 'idle' | 'working' | 'paused';

/** Review flags a session can carry (recovered after a crash, forgotten timer, unusually long). */
export type SessionReview = 'recovered' | 'forgotten' | 'max-length';
export type SessionSource = 'tracker' | 'manual' | 'import';

/** Everything the tray and the window header need to show at a glance. */
export interface TrackerStatus {
  readonly state: TrackerState;
  /** The user's IANA zone, used for every local time below. */
  readonly zone: string;
  readonly now: Instant;
  /** Start of the running session (state 'working'), else null. */
  readonly openSince: Instant | null;
  /** When the pause began (state 'paused'), else null. */
  readonly pausedSince: Instant | null;
  /** The running (or paused) session's kind, location and initiative. */
  readonly current: { readonly kind: SessionKind; readonly location: SessionLocation; readonly initiative: Initiative } | null;
  /**
   * Work intervals overlapping the local day of `now` (not clipped; the open one ends at `now`).
   * The tray clips them to the local day itself, so a session over midnight counts only its part.
   */
  readonly today: readonly Interval[];
  /** When today's agreed working time ends (the next `agreed-end` line), null when none is ahead. */
  readonly agreedEnd: Instant | null;
  /** Latest stop that still leaves the daily rest (§ 10-8 (1)) before the next agreed start; null when unknown. */
  readonly restFrom: Instant | null;
  /**
   * The next line the planner sees ahead of the running session (spec § 4): a break, the night, a
   * limit, the weekly rest…, leaving out the agreed end and the daily rest (rows of their own); null
   * when no session runs or nothing is ahead within 24 hours.
   */
  readonly nextLine: PlanItem | null;
  /** True when `now` lies outside the agreed working time while a session runs (or a line was crossed). */
  readonly outsideAgreed: boolean;
  /** Idle time waiting for "keep, discard, or mark as break" ([from, to), `to` null while still away). */
  readonly idleQuestion: { readonly from: Instant; readonly to: Instant | null } | null;
  /** "Are you still working?" waiting for an answer while the session keeps recording (started `since`, last seen `lastActivity`). */
  readonly stillWorking?: { readonly reason: 'forgotten' | 'max-length'; readonly since: Instant; readonly lastActivity: Instant } | null;
  /** A session the tracker closed because nobody answered; the window offers to undo it. */
  readonly autoClosed?: { readonly reason: 'forgotten' | 'max-length'; readonly start: Instant; readonly end: Instant } | null;
  /** Today is marked as sick, a sick child's day or holiday: the window asks before starting (issue 15). */
  readonly absentToday?: 'ferie' | 'sykdom' | 'sykt-barn' | 'avspasering' | 'permisjon' | 'annet' | null;
  /** The last answer to the away question can be undone until `until`. */
  readonly idleUndo?: { readonly choice: 'keep' | 'discard' | 'break'; readonly until: Instant } | null;
  /** Number of sessions flagged for review. */
  readonly toReview: number;
  /** Number of warnings that could not be shown (do-not-disturb) and wait in the tray. */
  readonly pendingWarnings: number;
}

export interface SessionView {
  readonly id: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly zone: string;
  readonly kind: SessionKind;
  readonly location: SessionLocation;
  readonly initiative: Initiative;
  readonly breakWithDuties: boolean;
  readonly note?: string;
  readonly review: SessionReview | null;
  readonly source: SessionSource;
}

/** One entry of the append-only audit log; `before`/`after` are the session as it was and became. */
export interface AuditEntryView {
  readonly id: string;
  readonly at: Instant;
  readonly action: string;
  readonly sessionId: string | null;
  readonly reason: string;
  readonly before: SessionView | null;
  readonly after: SessionView | null;
  /** An `overtime-reason` entry's § 10-6 (1) ground (null: saved before grounds) and how the overtime is taken. */
  readonly basis?: { readonly ground: OvertimeGround | null; readonly takenAs: OvertimeTakenAs };
}

/** A stored agreement version: the `fyrabend.agreement/1` document exactly as saved. */
export interface AgreementVersion {
  readonly validFrom: string;
  readonly savedAt: Instant;
  readonly document: AgreementDocument;
}

/** A `fyrabend.agreement/1` JSON object (exchange-format.md); parsed and checked by the main process on save. */
export interface AgreementDocument {
  readonly format: 'fyrabend.agreement/1';
  readonly [field: string]: unknown;
}

export interface Settings {
  readonly lang: Lang;
  /** Minutes before a line to warn (agreed end soon, night, rest). */
  readonly warningLeadMinutes: number;
  /** Minutes without input before the tracker asks about idle time. */
  readonly idleMinutes: number;
  /** Start Fyrabend at login. Off until the user enables it (first-run dialog or settings). */
  readonly autostart: boolean;
  /** Folder holding the database and backups (shown so the user can find and back it up). */
  readonly dataFolder: string;
  readonly firstRunDone: boolean;
  /**
   * True while the once-only notice about the version 2 readings (spec § 7) is due: a stored
   * agreement was written before the update and the user has not dismissed the notice. Set it to
   * false with `settingsSet` to dismiss it for good. Absent means false.
   */
  readonly rulesUpdateNotice?: boolean;
  /** Show the representative's page ("Tillitsvalgt") in the menu (issue 14 item 8). Absent means false. */
  readonly repPage?: boolean;
}

export interface PendingWarningView {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly since: Instant;
  readonly cause: 'do-not-disturb' | 'not-shown';
  readonly sessionId?: string;
}

export interface BackupInfo {
  /** File name inside the data folder's backup directory (never a full path). */
  readonly name: string;
  readonly createdAt: Instant;
  readonly bytes: number;
}

export interface OvertimeReasonView {
  readonly sessionId: string;
  readonly recordedAt: Instant;
  readonly reasons: readonly PlanReason[];
  readonly text: string;
  /** The § 10-6 (1) ground (a code); null or absent for a reason saved before grounds existed. */
  readonly ground?: OvertimeGround | null;
  /** How the overtime is taken: paid (the default, also when absent) or as time off in lieu (avspasering). */
  readonly takenAs?: OvertimeTakenAs;
}

export type WindowPage = 'today' | 'week' | 'findings' | 'agreement' | 'settings' | 'export';

/** Pushed to the window when something it shows changed; the window re-fetches what it displays. */
export interface StateChange {
  readonly topic: 'tracker' | 'sessions' | 'agreement' | 'settings' | 'warnings' | 'backup';
  readonly at: Instant;
}

/** Pushed when a notification click or the tray asks the window to show a page. */
export interface NavigateRequest {
  readonly page: WindowPage;
  /** `start-at`, `stop-at`, `change-start`: the tray's chosen-time entries open Today's chosen-time control (issue 14 item 3). */
  readonly action: 'open' | 'stop-or-record-overtime' | 'log-work' | 'start-at' | 'stop-at' | 'change-start';
  readonly sessionId?: string;
  readonly rule?: RuleId;
}
