/**
 * The live tracker: start, pause, resume, stop, the heartbeat, presence events and crash recovery.
 * The database is the only state (two processes, e.g. the tray app and the CLI, can drive the same
 * log), every step is one transaction, and time comes from the injected clock.
 *
 * Crash safety: the open session is on disk from the moment it starts. A tracking process writes a
 * heartbeat every `heartbeatSeconds`; if the heartbeat is older than `missedHeartbeats` intervals the
 * process died, and the session needs recovery: the user is asked for the end, proposed the last
 * heartbeat. Time after the last heartbeat is never counted silently.
 */
import type { Initiative, Instant, SessionKind, SessionLocation } from '../../core/model';
import { err, ok, type Result } from '../../shared/result';
import type { Clock } from '../ports/clock';
import type { PresenceEvent } from '../ports/presence';
import type { OpenSession, ReviewFlag, SessionRepo, StoredSession } from '../ports/session-repo';
import type { PauseState, TrackerState, TrackerStateRepo } from '../ports/tracker-state-repo';
import type { TrackerProblem } from './problems';
import type { TrackerSettings } from './settings';

export interface StartOptions {
  readonly kind?: SessionKind;
  readonly location?: SessionLocation;
  readonly initiative?: Initiative;
  readonly note?: string;
}

export type IdleChoice = 'keep' | 'discard' | 'break';

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
      const open: OpenSession = {
        start: now,
        zone: this.d.zone(),
        kind: options.kind ?? 'work',
        location: options.location ?? 'home',
        initiative: options.initiative ?? 'employer',
        ...(options.note !== undefined ? { note: options.note } : {}),
        heartbeat: this.d.heartbeats ? now : null,
        lastActivity: now,
      };
      this.d.sessions.beginOpen(open);
      this.d.state.set({ paused: null, absentSince: null, idle: null });
      return ok(open);
    });
  }

  pause(): Result<StoredSession | null, TrackerProblem> {
    return this.d.sessions.atomically(() => {
      const status = this.status();
      if (status.state === 'recovery-needed') return err(this.recoveryProblem(status));
      if (status.state !== 'running') return err({ code: 'not-running' } as const);
      const now = this.d.clock.now();
      const closed = this.d.sessions.closeOpen(now, null, now, 'pause');
      this.d.state.set({ paused: pauseOf(status.open, now, 'user'), absentSince: null, idle: null });
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
        this.d.state.set({ paused: null, absentSince: null, idle: null });
        return ok(null);
      }
      if (status.state !== 'running') return err({ code: 'not-running' } as const);
      const now = this.d.clock.now();
      const closed = this.d.sessions.closeOpen(now, null, now, 'stop');
      this.d.state.set({ paused: null, absentSince: null, idle: null });
      return ok(closed);
    });
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
      const closed = this.d.sessions.closeOpen(at, 'recovered', now, `recovered after an unexpected stop; end confirmed by the user (proposed ${new Date(status.proposedEnd).toISOString()})`);
      this.d.state.set({ paused: null, absentSince: null, idle: null });
      return ok(closed);
    });
  }

  /** Starts the heartbeat (tray app). Returns the function that stops it. */
  run(): () => void {
    return this.d.clock.every(this.heartbeatMs, () => this.tick());
  }

  /**
   * One heartbeat: records that the process is alive (and the user present, unless idle or away),
   * and stops a forgotten or over-long session at the last activity, flagged for review. A gap in
   * the heartbeat (the machine slept without telling us) pauses at the last heartbeat and asks.
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
      const present = state.absentSince === null && this.idleSince === null;
      this.d.sessions.heartbeat(now, present ? now : undefined);
      const lastActivity = present ? now : open.lastActivity;
      const s = this.d.settings;
      let flag: ReviewFlag | null = null;
      if (now - open.start > s.maxSessionHours * 3600_000) flag = 'max-length';
      else if (s.forgottenAfterMinutes !== null) {
        const agreedEnd = this.d.agreedEnd?.(open.start) ?? null;
        if (agreedEnd !== null && now >= agreedEnd + s.forgottenAfterMinutes * 60_000) flag = 'forgotten';
      }
      if (flag) {
        const end = flag === 'max-length' ? Math.min(lastActivity, open.start + s.maxSessionHours * 3600_000) : lastActivity;
        this.d.sessions.closeOpen(end, flag, now, flag === 'max-length' ? `open longer than ${s.maxSessionHours} h: stopped at the last activity` : 'forgotten timer: stopped at the last activity');
        this.d.state.set({ paused: null, absentSince: null, idle: null });
      }
    });
  }

  private pauseForIdle(open: OpenSession, from: Instant, to: Instant | null): void {
    const now = this.d.clock.now();
    this.d.sessions.closeOpen(from, null, now, 'idle: paused at the start of the idle time');
    this.d.state.set({ paused: pauseOf(open, from, 'idle'), absentSince: null, idle: { from, to } });
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
          if (!open && state.idle && state.idle.to === null) this.d.state.set({ ...state, idle: { from: state.idle.from, to: e.at } });
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
      if (choice === 'discard') {
        this.d.state.set({ paused: null, absentSince: null, idle: null });
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
      this.d.state.set({ paused: null, absentSince: null, idle: null });
      return ok(open);
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
