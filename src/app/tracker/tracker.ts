/**
 * The live tracker: start, pause, resume, stop, the heartbeat, presence events and crash recovery.
 * The database is the only state (two processes, e.g. the tray app and the CLI, can drive the same
 * log), every step is one transaction, and time comes from the injected clock.
 *
 * Crash safety: the open session is on disk from the moment it starts. A tracking process writes a
 * heartbeat every `heartbeatSeconds`; if the heartbeat is older than `missedHeartbeats` intervals the
 * process died, and the session needs recovery: the user is asked for the end, proposed the last
 * heartbeat. Time after the last heartbeat is never counted silently.
 *
 * Recorded time is the user's pay and legal record, so the tracker never closes or shortens a session
 * while the user is present. With an idle source, a long absence pauses at the start of the idleness
 * and asks. Without one (`presenceKnown` false), it asks "Are you still working?" long after the agreed
 * end and keeps recording; only when nobody answers and nothing shows the user for
 * `forgottenAfterMinutes` is the session closed at the last activity, with a notice and an undo.
 * The 16 h limit asks the same question instead of cutting.
 */
import type { Initiative, Instant, SessionKind, SessionLocation } from '../../core/model';
import { err, ok, type Result } from '../../shared/result';
import { auditInstant, auditReason } from '../../shared/audit-reason';
import type { Clock } from '../ports/clock';
import type { LockedPeriodRepo } from '../ports/locked-period-repo';
import type { PresenceEvent } from '../ports/presence';
import type { OpenSession, SessionRepo, StoredSession } from '../ports/session-repo';
import { EMPTY_TRACKER_STATE, type IdleAnswer, type PauseState, type StillWorkingReason, type TrackerState, type TrackerStateRepo } from '../ports/tracker-state-repo';
import type { TrackerProblem } from './problems';
import type { TrackerSettings } from './settings';

export interface StartOptions {
  readonly kind?: SessionKind;
  readonly location?: SessionLocation;
  readonly initiative?: Initiative;
  readonly note?: string;
}

export type IdleChoice = 'keep' | 'discard' | 'break';

/** How long an answer to the away question can be undone. */
export const UNDO_IDLE_MS = 60_000;

/** What the tracker tells the user about on its own (the shell shows these as notifications). */
export interface TrackerNotices {
  /** "Are you still working? You started at 08:00" (the session keeps recording). */
  askStillWorking(q: { readonly reason: StillWorkingReason; readonly start: Instant; readonly zone: string }): void;
  /** Nobody answered: the session was closed at the last activity; says how to undo it. */
  closedUnanswered(s: { readonly reason: StillWorkingReason; readonly start: Instant; readonly end: Instant; readonly zone: string }): void;
}

export type TrackerStatus =
  | { readonly state: 'stopped'; readonly idle: TrackerState['idle'] }
  | { readonly state: 'running'; readonly open: OpenSession }
  | { readonly state: 'paused'; readonly paused: PauseState; readonly idle: TrackerState['idle'] }
  | { readonly state: 'recovery-needed'; readonly open: OpenSession; readonly proposedEnd: Instant };

export interface TrackerDeps {
  readonly sessions: SessionRepo;
  readonly state: TrackerStateRepo;
  readonly clock: Clock;
  readonly settings: TrackerSettings;
  /** The user's zone now (sessions keep the zone they were recorded in). */
  readonly zone: () => string;
  /** True in a process that writes heartbeats (the tray app); false for the one-shot CLI. */
  readonly heartbeats: boolean;
  /** The agreed end of the working day that `start` falls on, or null (see agreed-end.ts). */
  readonly agreedEnd?: (start: Instant) => Instant | null;
  /** True when an idle source tells whether the user is at the computer (default true). */
  readonly presenceKnown?: () => boolean;
  /** Where the tracker's own questions and notices go (the tray app's notifications). */
  readonly notices?: TrackerNotices;
  /** Locked (exported) periods: a chosen start or stop inside one needs a reason (issue 14 item 3). */
  readonly locks?: Pick<LockedPeriodRepo, 'lockedOverlapping'>;
}

/** The tracker state after a session ends or starts: nothing pending but what `keep` names. */
function fresh(keep: Partial<TrackerState> = {}): TrackerState {
  return { ...EMPTY_TRACKER_STATE, ...keep };
}

export class Tracker {
  /** In-process only: the user has been idle since this instant (below the threshold). */
  private idleSince: Instant | null = null;

  constructor(private readonly d: TrackerDeps) {}

  private get heartbeatMs(): number {
    return this.d.settings.heartbeatSeconds * 1000;
  }

  private proposedEnd(open: OpenSession, state: TrackerState): Instant {
    const seen = Math.min(open.heartbeat ?? open.lastActivity, state.absentSince ?? Infinity);
    return Math.max(open.start, seen);
  }

  private stale(open: OpenSession, now: Instant): boolean {
    return open.heartbeat !== null && now - open.heartbeat > this.d.settings.missedHeartbeats * this.heartbeatMs;
  }

  status(): TrackerStatus {
    const now = this.d.clock.now();
    const open = this.d.sessions.open();
    const state = this.d.state.get();
    if (open) {
      if (this.stale(open, now)) return { state: 'recovery-needed', open, proposedEnd: this.proposedEnd(open, state) };
      return { state: 'running', open };
    }
    if (state.paused) return { state: 'paused', paused: state.paused, idle: state.idle };
    return { state: 'stopped', idle: state.idle };
  }

  start(options: StartOptions = {}): Result<OpenSession, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const now = this.d.clock.now();
      const status = this.status();
      if (status.state === 'recovery-needed') return err(this.recoveryProblem(status));
      if (status.state === 'running') return err({ code: 'already-running', since: status.open.start } as const);
      return ok(this.beginOpen(now, now, options));
    });
  }

  /** Opens a session that starts at `start` (the last activity and heartbeat are `now`). */
  private beginOpen(start: Instant, now: Instant, options: StartOptions): OpenSession {
    const open: OpenSession = {
      start,
      zone: this.d.zone(),
      kind: options.kind ?? 'work',
      location: options.location ?? 'home',
      initiative: options.initiative ?? 'employer',
      ...(options.note !== undefined ? { note: options.note } : {}),
      heartbeat: this.d.heartbeats ? now : null,
      lastActivity: now,
    };
    this.d.sessions.beginOpen(open);
    this.d.state.set(fresh());
    return open;
  }

  pause(): Result<StoredSession | null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const status = this.status();
      if (status.state === 'recovery-needed') return err(this.recoveryProblem(status));
      if (status.state !== 'running') return err({ code: 'not-running' } as const);
      const now = this.d.clock.now();
      const closed = this.d.sessions.closeOpen(now, null, now, auditReason('pause'));
      this.d.state.set(fresh({ paused: pauseOf(status.open, now, 'user') }));
      return ok(closed);
    });
  }

  resume(): Result<OpenSession, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const status = this.status();
      if (status.state === 'recovery-needed') return err(this.recoveryProblem(status));
      if (status.state !== 'paused') return err({ code: 'not-paused' } as const);
      if (status.idle) return err({ code: 'idle-question', from: status.idle.from, to: status.idle.to ?? this.d.clock.now() } as const);
      return this.start(status.paused);
    });
  }

  stop(): Result<StoredSession | null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const status = this.status();
      if (status.state === 'recovery-needed') return err(this.recoveryProblem(status));
      if (status.state === 'paused') {
        if (status.idle) return err({ code: 'idle-question', from: status.idle.from, to: status.idle.to ?? this.d.clock.now() } as const);
        this.d.state.set(fresh());
        return ok(null);
      }
      if (status.state !== 'running') return err({ code: 'not-running' } as const);
      const now = this.d.clock.now();
      const closed = this.d.sessions.closeOpen(now, null, now, auditReason('stop'));
      this.d.state.set(fresh());
      return ok(closed);
    });
  }

  /**
   * The checks for a start or stop the user chose (issue 14 item 3): `at` not in the future, the span
   * the change adds or removes ([from, to)) overlapping no finished session, and not inside a locked
   * (exported) period unless a reason is given. One problem, the first that applies.
   */
  private chosenProblem(at: Instant, from: Instant, to: Instant, reason: string | undefined, future: 'start-in-future' | 'stop-in-future'): TrackerProblem | null {
    const now = this.d.clock.now();
    if (at > now) return { code: future, at, now };
    if (to > from) {
      const other = this.d.sessions.overlapping(from, to)[0];
      if (other) return { code: 'chosen-overlap', at, otherStart: other.start, otherEnd: other.end };
      const lock = this.d.locks?.lockedOverlapping(from, to) ?? null;
      if (lock && !(reason ?? '').trim()) return { code: 'locked-needs-reason', at, label: lock.label };
    }
    return null;
  }


  /** "I started at 07:45": starts a session at `at` (not in the future, after every finished session). */
  startAt(at: Instant, options: StartOptions = {}, reason?: string): Result<OpenSession, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const now = this.d.clock.now();
      const status = this.status();
      if (status.state === 'recovery-needed') return err(this.recoveryProblem(status));
      if (status.state === 'running') return err({ code: 'already-running', since: status.open.start } as const);
      if (status.state === 'paused' && status.idle) return err({ code: 'idle-question', from: status.idle.from, to: status.idle.to ?? now } as const);
      const problem = this.chosenProblem(at, at, now, reason, 'start-in-future');
      if (problem) return err(problem);
      return ok(this.beginOpen(at, now, options));
    });
  }

  /** "I stopped at 16:10": ends the running session at `at` (after its start, not in the future). After a crash it is the recovery's end. */
  stopAt(at: Instant, reason?: string): Result<StoredSession | null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const status = this.status();
      if (status.state === 'recovery-needed') return this.recover(at);
      if (status.state !== 'running') return err({ code: 'not-running' } as const);
      const now = this.d.clock.now();
      const problem = this.chosenProblem(at, status.open.start, at, reason, 'stop-in-future');
      if (problem) return err(problem);
      if (at <= status.open.start) return err({ code: 'stop-before-start', at, start: status.open.start } as const);
      const closed = this.d.sessions.closeOpen(at, null, now, auditReason('stop-at', { at: auditInstant(at), ...(reason ? { note: reason } : {}) }));
      this.recordCorrection(closed, reason, now);
      this.d.state.set(fresh());
      return ok(closed);
    });
  }

  /** Changes the start of the running session to `at` (earlier or later, before now); kept in the audit log. */
  changeStart(at: Instant, reason?: string): Result<OpenSession, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const status = this.status();
      if (status.state === 'recovery-needed') return err(this.recoveryProblem(status));
      if (status.state !== 'running') return err({ code: 'not-running' } as const);
      const open = status.open;
      if (at === open.start) return ok(open);
      const problem = this.chosenProblem(at, Math.min(at, open.start), Math.max(at, open.start), reason, 'start-in-future');
      if (problem) return err(problem);
      const now = this.d.clock.now();
      const state = this.d.state.get();
      // Its own audit entry (`change-start`, the open session before and after), in the reader's language later.
      const moved = this.d.sessions.changeOpenStart(at, now, auditReason('change-start', { from: auditInstant(open.start), to: auditInstant(at), ...(reason ? { note: reason } : {}) }));
      if (!moved) return err({ code: 'not-running' } as const);
      this.d.state.set({ ...state, question: state.question ? { ...state.question, sessionStart: at } : null });
      return ok(moved);
    });
  }

  /** A chosen stop inside a locked period is kept as a correction the next export lists (the reason is in it). */
  private recordCorrection(closed: StoredSession | null, reason: string | undefined, now: Instant): void {
    const lock = closed ? (this.d.locks?.lockedOverlapping(closed.start, closed.end) ?? null) : null;
    if (!closed || !lock) return;
    const { id: _id, review: _r, source: _s, ...input } = closed;
    this.d.sessions.change({ action: 'edit', id: closed.id, after: { ...input, review: closed.review }, at: now, reason: auditReason('locked-stop', reason ? { note: reason } : {}), lockedPeriodId: lock.id });
  }

  private recoveryProblem(s: { open: OpenSession; proposedEnd: Instant }): TrackerProblem {
    return { code: 'recovery-needed', start: s.open.start, proposedEnd: s.proposedEnd };
  }

  /**
   * Ends an interrupted session (recovery needed) at `end`, default the last heartbeat, after the
   * user confirmed it. The session is flagged 'recovered' and the choice is in the audit log.
   */
  recover(end?: Instant): Result<StoredSession | null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const status = this.status();
      if (status.state !== 'recovery-needed') return err({ code: 'no-recovery' } as const);
      const now = this.d.clock.now();
      const at = end ?? status.proposedEnd;
      if (at > now) return err({ code: 'in-future', end: at, now } as const);
      if (at <= status.open.start) return err({ code: 'before-start', start: status.open.start, end: at } as const);
      const closed = this.d.sessions.closeOpen(at, 'recovered', now, auditReason('recovered', { proposed: auditInstant(status.proposedEnd) }));
      this.d.state.set(fresh());
      return ok(closed);
    });
  }

  /** Starts the heartbeat (tray app). Returns the function that stops it. */
  run(): () => void {
    return this.d.clock.every(this.heartbeatMs, () => this.tick());
  }

  /**
   * One heartbeat: records that the process is alive (and the user present, when an idle source says
   * so), and asks "Are you still working?" long after the agreed end (no idle source) or at the 16 h
   * limit. A session is closed on its own only with no idle source, no answer and no sign of the user
   * for `forgottenAfterMinutes` after the question: at the last activity, flagged, with a notice.
   * A gap in the heartbeat (the machine slept without telling us) pauses at the last heartbeat and asks.
   */
  tick(): void {
    this.d.sessions.atomically(() => {
      const now = this.d.clock.now();
      const open = this.d.sessions.open();
      if (!open) return;
      const state = this.d.state.get();
      if (open.heartbeat !== null && this.stale(open, now)) {
        this.pauseForIdle(open, Math.max(open.start, Math.min(open.heartbeat, state.absentSince ?? Infinity)), now);
        return;
      }
      const known = this.d.presenceKnown?.() ?? true;
      const present = known && state.absentSince === null && this.idleSince === null;
      this.d.sessions.heartbeat(now, present ? now : undefined);
      const lastActivity = present ? now : open.lastActivity;
      if (state.question) {
        const forgottenMs = (this.d.settings.forgottenAfterMinutes ?? Infinity) * 60_000;
        if (!known && now - Math.max(state.question.askedAt, lastActivity) >= forgottenMs) this.closeUnanswered(open, state, lastActivity, now);
        return;
      }
      const reason = this.questionDue(open, state, now, known);
      if (!reason) return;
      this.d.state.set({ ...state, question: { reason, askedAt: now, sessionStart: open.start } });
      this.d.notices?.askStillWorking({ reason, start: open.start, zone: open.zone });
    });
  }

  /** Whether "Are you still working?" is due now, and why (never twice without an answer in between). */
  private questionDue(open: OpenSession, state: TrackerState, now: Instant, known: boolean): StillWorkingReason | null {
    const s = this.d.settings;
    const forgottenMs = s.forgottenAfterMinutes === null ? null : s.forgottenAfterMinutes * 60_000;
    const sinceConfirmed = state.confirmedAt === null || (forgottenMs !== null && now - state.confirmedAt >= forgottenMs);
    if (!sinceConfirmed) return null;
    if (now - open.start >= s.maxSessionHours * 3600_000) return 'max-length';
    if (known || forgottenMs === null) return null;
    const agreedEnd = this.d.agreedEnd?.(open.start) ?? null;
    return agreedEnd !== null && now >= agreedEnd + forgottenMs ? 'forgotten' : null;
  }

  private closeUnanswered(open: OpenSession, state: TrackerState, lastActivity: Instant, now: Instant): void {
    const reason = (state.question as NonNullable<TrackerState['question']>).reason;
    const text = auditReason(reason === 'max-length' ? 'max-length' : 'forgotten');
    const closed = this.d.sessions.closeOpen(lastActivity, reason, now, text);
    this.d.state.set(fresh({ autoClosed: { sessionId: closed?.id ?? null, start: open.start, end: closed?.end ?? open.start, at: now, reason, open } }));
    this.d.notices?.closedUnanswered({ reason, start: open.start, end: lastActivity, zone: open.zone });
  }

  /**
   * Answers "Are you still working?": yes keeps recording (and counts as activity now); no stops the
   * session at `end` (default: the last activity), which must lie between its start and now.
   */
  answerStillWorking(working: boolean, end?: Instant): Result<StoredSession | null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const status = this.status();
      const state = this.d.state.get();
      if (status.state !== 'running' || !state.question) return err({ code: 'no-question' } as const);
      const now = this.d.clock.now();
      if (working) {
        this.d.sessions.heartbeat(this.d.heartbeats ? now : status.open.heartbeat, now);
        this.d.state.set({ ...state, question: null, confirmedAt: now });
        return ok(null);
      }
      const at = end ?? status.open.lastActivity;
      if (at > now) return err({ code: 'in-future', end: at, now } as const);
      if (at <= status.open.start) return err({ code: 'before-start', start: status.open.start, end: at } as const);
      const closed = this.d.sessions.closeOpen(at, null, now, auditReason('still-working-stop'));
      this.d.state.set(fresh());
      return ok(closed);
    });
  }

  /** Undoes the closing of an unanswered session: it becomes the open session again, from its start. */
  undoAutoClose(): Result<OpenSession, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const state = this.d.state.get();
      const closed = state.autoClosed;
      const status = this.status();
      if (!closed || status.state !== 'stopped') return err({ code: 'nothing-to-undo' } as const);
      const stored = closed.sessionId === null ? null : this.d.sessions.get(closed.sessionId);
      if (closed.sessionId !== null && (!stored || stored.start !== closed.start || stored.end !== closed.end)) return err({ code: 'nothing-to-undo' } as const);
      const now = this.d.clock.now();
      if (stored) this.d.sessions.change({ action: 'delete', id: stored.id, at: now, reason: auditReason('undo-running') });
      const open: OpenSession = { ...closed.open, heartbeat: this.d.heartbeats ? now : null, lastActivity: now };
      this.d.sessions.beginOpen(open);
      this.d.state.set(fresh({ confirmedAt: now }));
      return ok(open);
    });
  }

  private pauseForIdle(open: OpenSession, from: Instant, to: Instant | null): void {
    const now = this.d.clock.now();
    this.d.sessions.closeOpen(from, null, now, auditReason('idle'));
    this.d.state.set(fresh({ paused: pauseOf(open, from, 'idle'), idle: { from, to }, autoClosed: this.d.state.get().autoClosed }));
    this.idleSince = null;
  }

  /** Consumes one presence event (see ports/presence.ts). */
  onPresence(e: PresenceEvent): void {
    this.d.sessions.atomically(() => {
      const thresholdMs = this.d.settings.idleThresholdMinutes * 60_000;
      const open = this.d.sessions.open();
      const state = this.d.state.get();
      switch (e.type) {
        case 'idle': {
          const from = e.at - e.minutes * 60_000;
          if (!open) return;
          if (e.minutes * 60_000 >= thresholdMs) this.pauseForIdle(open, Math.max(open.start, from), null);
          else {
            this.idleSince = from;
            this.d.sessions.heartbeat(open.heartbeat, Math.max(open.start, Math.min(open.lastActivity, from)));
          }
          return;
        }
        case 'locked':
        case 'suspend':
          if (open && state.absentSince === null) this.d.state.set({ ...state, absentSince: e.at });
          return;
        case 'active':
        case 'unlocked':
        case 'resume': {
          this.idleSince = null;
          if (open && state.absentSince !== null) {
            if (e.at - state.absentSince >= thresholdMs) this.pauseForIdle(open, Math.max(open.start, state.absentSince), e.at);
            else {
              this.d.state.set({ ...state, absentSince: null });
              this.d.sessions.heartbeat(this.d.heartbeats ? Math.max(open.heartbeat ?? 0, e.at) : open.heartbeat, e.at);
            }
            return;
          }
          if (open) {
            // Any sign of the user counts as activity (the only one there is without an idle source).
            this.d.sessions.heartbeat(open.heartbeat, Math.max(open.lastActivity, e.at));
            return;
          }
          if (state.idle && state.idle.to === null) this.d.state.set({ ...state, idle: { from: state.idle.from, to: e.at } });
          return;
        }
      }
    });
  }

  /**
   * Answers the idle question for [from, to) (to: when the user came back, else now):
   * keep → the time counts as work (tracking continues from `from`); break → the time is a break
   * and tracking continues now; discard → the time is not counted and the tracker stops.
   */
  answerIdle(choice: IdleChoice): Result<OpenSession | null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const state = this.d.state.get();
      if (!state.idle || !state.paused) return err({ code: 'no-idle-question' } as const);
      const now = this.d.clock.now();
      const p = state.paused;
      const answer = (opened: Instant | null): IdleAnswer => ({ choice, at: now, paused: p, idle: state.idle as NonNullable<TrackerState['idle']>, opened });
      if (choice === 'discard') {
        this.d.state.set(fresh({ idleAnswer: answer(null) }));
        return ok(null);
      }
      const start = choice === 'keep' ? state.idle.from : now;
      const open: OpenSession = {
        start,
        zone: p.zone,
        kind: p.kind,
        location: p.location,
        initiative: p.initiative,
        ...(p.note !== undefined ? { note: p.note } : {}),
        heartbeat: this.d.heartbeats ? now : null,
        lastActivity: now,
      };
      this.d.sessions.beginOpen(open);
      this.d.state.set(fresh({ idleAnswer: answer(start) }));
      return ok(open);
    });
  }

  /** Undoes the last answer to the away question within UNDO_IDLE_MS: the question is asked again. */
  undoIdleAnswer(): Result<null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const state = this.d.state.get();
      const a = state.idleAnswer;
      const now = this.d.clock.now();
      if (!a || now - a.at > UNDO_IDLE_MS) return err({ code: 'nothing-to-undo' } as const);
      const open = this.d.sessions.open();
      if (a.opened === null ? open !== null : open?.start !== a.opened) return err({ code: 'nothing-to-undo' } as const);
      if (open) this.d.sessions.closeOpen(open.start, null, now, auditReason('undo-away'));
      this.d.state.set(fresh({ paused: a.paused, idle: a.idle }));
      return ok(null);
    });
  }
}

function pauseOf(open: OpenSession, since: Instant, reason: PauseState['reason']): PauseState {
  return {
    since,
    reason,
    zone: open.zone,
    kind: open.kind,
    location: open.location,
    initiative: open.initiative,
    ...(open.note !== undefined ? { note: open.note } : {}),
  };
}
