/**
 * The session log as the app services see it. Every change to a finished session goes through
 * `change`, which writes the session and its audit entry (and, inside a locked period, the
 * correction record) in one transaction: there is no way to edit a session without a trace.
 */
import type { AvailabilityMark, Initiative, Instant, Session, SessionKind, SessionLocation } from '../../core/model';

/** Why a session needs the user's review: recovered after a crash, forgotten timer, or too long. */
export type ReviewFlag = 'recovered' | 'forgotten' | 'max-length';
export type SessionSource = 'tracker' | 'manual' | 'import';

export interface StoredSession extends Session {
  readonly id: string;
  readonly zone: string;
  readonly review: ReviewFlag | null;
  readonly source: SessionSource;
}

/** The fields a user gives for a session (no id, no review flag). */
export interface SessionInput {
  readonly start: Instant;
  readonly end: Instant;
  readonly zone: string;
  readonly kind: SessionKind;
  readonly location: SessionLocation;
  readonly initiative: Initiative;
  readonly breakWithDuties: boolean;
  readonly note?: string;
}

/** One audited change: add (no `id`), edit (`id` + `after`) or delete (`id`, no `after`). */
export interface SessionChange {
  readonly action: 'add' | 'edit' | 'delete';
  readonly id?: string;
  readonly after?: SessionInput & { readonly review?: ReviewFlag | null; readonly source?: SessionSource };
  readonly at: Instant;
  readonly reason: string;
  /** Set when the change touches a locked (exported) period: a correction record is kept. */
  readonly lockedPeriodId?: string;
}

/** The session being tracked right now: on disk from the moment it starts. */
export interface OpenSession {
  readonly start: Instant;
  readonly zone: string;
  readonly kind: SessionKind;
  readonly location: SessionLocation;
  readonly initiative: Initiative;
  readonly note?: string;
  /** Last heartbeat of the process tracking it; null when started by the CLI (no heartbeat expected). */
  readonly heartbeat: Instant | null;
  /** Last moment the user was seen present (start, heartbeat while present, presence events). */
  readonly lastActivity: Instant;
}

export type OpenSessionInput = Omit<OpenSession, 'lastActivity'> & { readonly lastActivity?: Instant };

export interface ImportOutcome {
  readonly added: number;
  readonly skipped: number;
}

export interface SessionRepo {
  /** Runs `fn` in one write transaction (taken at once, so two processes never interleave a read-modify-write). */
  atomically<T>(fn: () => T): T;
  /** Finished sessions overlapping [from, to), by start. */
  between(from: Instant, to: Instant): StoredSession[];
  get(id: string): StoredSession | null;
  /** Finished sessions overlapping [start, end), except `exceptId`. */
  overlapping(start: Instant, end: Instant, exceptId?: string): StoredSession[];
  /** Applies one audited change; returns the session after it (null for delete). */
  change(c: SessionChange): StoredSession | null;
  /** Adds the sessions and availability marks that are not stored yet (same start, end and kind), in one transaction. */
  importMany(sessions: readonly SessionInput[], availability: readonly AvailabilityMark[], zone: string, at: Instant, reason: string): ImportOutcome;
  availabilityBetween(from: Instant, to: Instant): AvailabilityMark[];
  count(): number;
  /**
   * How many of the finished sessions overlapping [from, to) need review: the same number as
   * `between(from, to).filter((s) => s.review !== null).length`, counted by the store without loading
   * the sessions (the tray asks at every refresh). Optional: repositories without it are filtered.
   */
  countToReview?(from: Instant, to: Instant): number;

  open(): OpenSession | null;
  /** Writes the open session; fails if one is already open. */
  beginOpen(open: OpenSessionInput): void;
  /** Records the heartbeat (null: none expected, CLI) and, when given, the last activity of the open session. */
  heartbeat(at: Instant | null, lastActivity?: Instant): void;
  /** Moves the open session into the log as [start, end), flagged when `review` is set. Returns null if it was empty (end <= start). */
  closeOpen(end: Instant, review: ReviewFlag | null, at: Instant, reason: string): StoredSession | null;
  /**
   * Moves the start of the open session to `start` (its last activity is never before the start), with a
   * `change-start` audit entry holding the open session before and after. Returns null if none is open.
   */
  changeOpenStart(start: Instant, at: Instant, reason: string): OpenSession | null;
}
