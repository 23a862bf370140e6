/**
 * What the tracker must remember between processes besides the open session: a pause (and what to
 * resume), an absence in progress (screen locked, suspended) and an idle question waiting for the user.
 */
import type { Initiative, Instant, SessionKind, SessionLocation } from '../../core/model';
import type { OpenSession } from './session-repo';

export interface PauseState {
  readonly since: Instant;
  readonly reason: 'user' | 'idle';
  readonly zone: string;
  readonly kind: SessionKind;
  readonly location: SessionLocation;
  readonly initiative: Initiative;
  readonly note?: string;
}

/** Why the tracker asks "Are you still working?": long after the agreed end with no sign of the user, or a very long session. */
export type StillWorkingReason = 'forgotten' | 'max-length';

/** The question "Are you still working? You started at 08:00", asked while the session keeps recording. */
export interface StillWorkingQuestion {
  readonly reason: StillWorkingReason;
  readonly askedAt: Instant;
  readonly sessionStart: Instant;
}

/** A session the tracker closed because nobody answered the question; the user can undo it. */
export interface AutoClosed {
  /** The stored session, or null when nothing was left to store (no sign of the user since the start). */
  readonly sessionId: string | null;
  readonly start: Instant;
  readonly end: Instant;
  readonly at: Instant;
  readonly reason: StillWorkingReason;
  /** The open session as it was, to run again on undo. */
  readonly open: OpenSession;
}

export type IdleAnswerChoice = 'keep' | 'discard' | 'break';

/** The last answer to the away question, kept for a minute so it can be undone. */
export interface IdleAnswer {
  readonly choice: IdleAnswerChoice;
  readonly at: Instant;
  readonly paused: PauseState;
  readonly idle: { readonly from: Instant; readonly to: Instant | null };
  /** Start of the session the answer opened (keep, break), else null (discard). */
  readonly opened: Instant | null;
}

export interface TrackerState {
  readonly paused: PauseState | null;
  /** Screen locked or machine suspended since this instant, while a session was open. */
  readonly absentSince: Instant | null;
  /** Idle time waiting for "keep, discard, or mark as break": [from, to), `to` null while still away. */
  readonly idle: { readonly from: Instant; readonly to: Instant | null } | null;
  /** "Are you still working?" waiting for an answer, while the session keeps recording. */
  readonly question: StillWorkingQuestion | null;
  /** When the user last answered "yes, still working" for the open session. */
  readonly confirmedAt: Instant | null;
  /** The last session closed for want of an answer (undoable until another session starts). */
  readonly autoClosed: AutoClosed | null;
  /** The last away-question answer (undoable for UNDO_IDLE_MS). */
  readonly idleAnswer: IdleAnswer | null;
}

export const EMPTY_TRACKER_STATE: TrackerState = { paused: null, absentSince: null, idle: null, question: null, confirmedAt: null, autoClosed: null, idleAnswer: null };

export interface TrackerStateRepo {
  get(): TrackerState;
  set(state: TrackerState): void;
}
