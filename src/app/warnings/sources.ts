/**
 * What the warning scheduler reads from the rest of the app: the open session, the recent closed
 * sessions, the agreement in force and the user's settings, plus the planner it calls.
 */
import type { Agreement, Instant, Lang, Plan, Session } from '../../core/model';

/** The session that is running now: a Session without an end yet. */
export type OpenSession = Omit<Session, 'end'> & { readonly id: string };

/** The planner's signature (core `plan()`); injected so the scheduler can be tested with hand-made plans. */
export type PlanFn = (input: {
  readonly sessions: readonly Session[];
  readonly agreement: Agreement;
  readonly now: Instant;
  readonly leadMinutes: number;
}) => Plan;

export interface WarningSettings {
  /** Minutes before a line to warn (the "agreed end soon" lead time). Default 15. */
  readonly leadMinutes: number;
  readonly lang: Lang;
  /** Input within this many seconds counts as "the computer is in active use". Default 120. */
  readonly activeIdleSeconds: number;
}

export const DEFAULT_WARNING_SETTINGS: WarningSettings = { leadMinutes: 15, lang: 'nb', activeIdleSeconds: 120 };

export interface WarningSnapshot {
  readonly open: OpenSession | null;
  /**
   * Closed sessions the planner needs (the weeks around now are enough: the current and previous
   * ISO week plus the last day), without the open one.
   */
  readonly sessions: readonly Session[];
  /** The agreement in force now; null when none is stored (then nothing is planned). */
  readonly agreement: Agreement | null;
  readonly settings: WarningSettings;
}

export interface WarningSources {
  load(): WarningSnapshot;
}

/** The sessions handed to the planner: the closed ones plus the open one ending at `now`. */
export function sessionsForPlan(snapshot: WarningSnapshot, now: Instant): readonly Session[] {
  if (!snapshot.open) return snapshot.sessions;
  const open: Session = { ...snapshot.open, end: Math.max(now, snapshot.open.start) };
  return [...snapshot.sessions.filter((s) => s.id === undefined || s.id !== snapshot.open?.id), open];
}
