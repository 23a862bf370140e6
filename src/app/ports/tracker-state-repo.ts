/**
 * What the tracker must remember between processes besides the open session: a pause (and what to
 * resume), an absence in progress (screen locked, suspended) and an idle question waiting for the user.
 */
import type { Initiative, Instant, SessionKind, SessionLocation } from '../../core/model';

export interface PauseState {
  readonly since: Instant;
  readonly reason: 'user' | 'idle';
  readonly zone: string;
  readonly kind: SessionKind;
  readonly location: SessionLocation;
  readonly initiative: Initiative;
  readonly note?: string;
}

export interface TrackerState {
  readonly paused: PauseState | null;
  /** Screen locked or machine suspended since this instant, while a session was open. */
  readonly absentSince: Instant | null;
  /** Idle time waiting for "keep, discard, or mark as break": [from, to), `to` null while still away. */
  readonly idle: { readonly from: Instant; readonly to: Instant | null } | null;
}

export const EMPTY_TRACKER_STATE: TrackerState = { paused: null, absentSince: null, idle: null };

export interface TrackerStateRepo {
  get(): TrackerState;
  set(state: TrackerState): void;
}
