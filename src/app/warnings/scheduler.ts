/**
 * The right-to-disconnect warning scheduler (issue 4; spec working-time-rules §4).
 *
 * While a session is open it re-plans with the core planner on every wake-up and shows what is due:
 * a warning at each item's `at`, a follow-up ("stop, or record the overtime") once a line is crossed.
 * Reliability comes from four habits:
 * - it keeps no relative countdowns: every wake-up re-plans from absolute instants, and one timer
 *   is armed for the next `at`, capped by a heartbeat, so a missed or mistimed timer costs at most
 *   one heartbeat;
 * - every event that can move the lines wakes it: resume, agreement edit, session edit, time-zone
 *   change, and a clock jump (wall vs monotonic time, checked on each wake-up);
 * - delivered (reason, line) pairs are remembered, so a re-plan never repeats a warning;
 * - all that is due at one wake-up becomes one notification (a summary after a long sleep).
 * Respect: no session open means no warnings, only a single "Are you working?" per out-of-hours
 * stretch when the computer is in active use; snooze holds everything; do-not-disturb holds
 * warnings in the pending list and brings them back as one summary when it ends.
 */
import type { Instant, Lang } from '../../core/model';
import { err, type Result } from '../../shared/result';
import type { DndReader, DndState } from '../ports/dnd';
import type { IdleReader } from '../ports/idle';
import type { NotificationRequest, Notifier } from '../ports/notifier';
import type { TimeSource, Timer, TimerHandle } from '../ports/timer';
import { ClockWatch, DEFAULT_JUMP_TOLERANCE_MS, type ClockObservation } from './clock-watch';
import { composeDue, composeHeld, composeUnlogged } from './compose';
import { MemoryDeliveredLog, deliveryKey, type DeliveredLog } from './delivered-log';
import { isEmpty, selectDue } from './due';
import { PendingList, type PendingWarning } from './pending';
import { MemoryWarningState, type WarningStateStore } from './warning-state';
import { sessionsForPlan, type PlanFn, type WarningSnapshot, type WarningSources } from './sources';
import { isInsideAgreedTime, outOfHoursStretch } from './working-time';

/** Longest sleep between wake-ups; also how often idle time and do-not-disturb are polled. */
export const DEFAULT_HEARTBEAT_MS = 60_000;
/** Delivered keys are kept this long after their line. */
const DELIVERED_KEEP_MS = 8 * 86_400_000;
/** Pending warnings older than this leave the list (the findings page still shows what happened). */
const PENDING_KEEP_MS = 7 * 86_400_000;

export type WakeCause = 'start' | 'timer' | 'resume' | 'agreement' | 'session' | 'zone' | 'snooze' | 'dnd';

export interface WarningSchedulerDeps {
  readonly plan: PlanFn;
  readonly sources: WarningSources;
  readonly notifier: Notifier;
  readonly timer: Timer;
  readonly time: TimeSource;
  readonly dnd?: DndReader;
  readonly idle?: IdleReader;
  readonly delivered?: DeliveredLog;
  /** Pending list and snooze, kept across restarts (in memory when absent). */
  readonly state?: WarningStateStore;
  readonly heartbeatMs?: number;
  readonly jumpToleranceMs?: number;
  /** How many wake-up reports history() keeps (default 50). */
  readonly historyLimit?: number;
}

/** What one wake-up saw and did (for the log and for tests). */
export interface WakeReport {
  readonly cause: WakeCause;
  readonly now: Instant;
  readonly clock: ClockObservation;
  readonly zoneChanged: boolean;
  readonly planned: boolean;
  /** The (kind, reason, line) keys that became due at this wake-up. */
  readonly keys: readonly string[];
  readonly shown: readonly NotificationRequest[];
  readonly held: readonly NotificationRequest[];
  readonly nextWakeAt: Instant;
}

export class WarningScheduler {
  readonly pending: PendingList;
  private readonly delivered: DeliveredLog;
  private readonly state: WarningStateStore;
  private readonly watch: ClockWatch;
  private readonly heartbeatMs: number;
  private handle: TimerHandle | null = null;
  private running: Promise<void> | null = null;
  private queued: WakeCause | null = null;
  private stopped = true;
  private zone: string | null = null;
  private snoozeUntil: Instant | null;
  private readonly reports: WakeReport[] = [];

  constructor(private readonly deps: WarningSchedulerDeps) {
    this.delivered = deps.delivered ?? new MemoryDeliveredLog();
    this.state = deps.state ?? new MemoryWarningState();
    this.pending = new PendingList(this.state);
    this.snoozeUntil = this.state.loadSnooze();
    this.watch = new ClockWatch(deps.jumpToleranceMs ?? DEFAULT_JUMP_TOLERANCE_MS);
    this.heartbeatMs = deps.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  }

  /** Starts the loop (first wake-up now). */
  start(): Promise<void> {
    this.stopped = false;
    return this.wake('start');
  }

  stop(): void {
    this.stopped = true;
    this.disarm();
  }

  /**
   * The machine woke from sleep: timers were frozen, re-plan now. (Nothing is needed on suspend:
   * if the resume event is lost, the next heartbeat sees the wall clock ahead of the monotonic one.)
   */
  resumed(): Promise<void> {
    return this.wake('resume');
  }

  agreementChanged(): Promise<void> {
    return this.wake('agreement');
  }

  /** A session was started, stopped or edited. */
  sessionChanged(): Promise<void> {
    return this.wake('session');
  }

  zoneChanged(): Promise<void> {
    return this.wake('zone');
  }

  /** Holds all notifications for `minutes`; what falls due meanwhile comes as one summary after. */
  snooze(minutes: number): Promise<void> {
    this.setSnooze(this.deps.time.now() + Math.max(0, minutes) * 60_000);
    return this.wake('snooze');
  }

  endSnooze(): Promise<void> {
    this.setSnooze(null);
    return this.wake('snooze');
  }

  private setSnooze(until: Instant | null): void {
    this.snoozeUntil = until;
    this.state.saveSnooze(until);
  }

  snoozedUntil(): Instant | null {
    const s = this.snoozeUntil;
    return s !== null && s > this.deps.time.now() ? s : null;
  }

  /** A pending warning was snoozed in the tray or window: hidden from the list until `until`. */
  hidePending(id: string, until: Instant): void {
    this.pending.hide(id, until);
  }

  /** The user saw a pending warning in the tray or window and dismissed it. */
  dismissPending(ids: readonly string[]): number {
    return this.pending.remove(ids);
  }

  /** Resolves when the current wake-up (if any) has finished. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  pendingWarnings(): readonly PendingWarning[] {
    return this.pending.list();
  }

  /** The last wake-up reports (newest last). */
  history(): readonly WakeReport[] {
    return this.reports;
  }

  /** Runs one wake-up; concurrent calls coalesce into one more run after the current one. */
  wake(cause: WakeCause): Promise<void> {
    if (this.running) {
      this.queued = cause;
      return this.running;
    }
    const run = async (): Promise<void> => {
      let next: WakeCause | null = cause;
      while (next !== null) {
        this.queued = null;
        await this.runOnce(next);
        next = this.queued;
      }
    };
    this.running = run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(cause: WakeCause): Promise<void> {
    if (this.stopped) return;
    const { time } = this.deps;
    const now = time.now();
    const clock = this.watch.observe(now, time.monotonic());
    const hostZone = time.hostZone();
    const zoneChanged = this.zone !== null && this.zone !== hostZone;
    this.zone = hostZone;

    const snap = this.deps.sources.load();
    const lang = snap.settings.lang;
    const shown: NotificationRequest[] = [];
    const heldNow: NotificationRequest[] = [];
    const snoozed = this.snoozeUntil !== null && now < this.snoozeUntil;
    if (!snoozed && this.snoozeUntil !== null) this.setSnooze(null);
    this.pending.prune(now - PENDING_KEEP_MS);
    const dnd = await this.readDnd();
    // The app may have quit while the desktop answered: show nothing, store nothing, arm nothing.
    if (this.stopped) return;

    let nextAt: Instant | null = null;
    let planned = false;
    const keys: string[] = [];
    if (snap.open && snap.agreement) {
      planned = true;
      const plan = this.deps.plan({ sessions: sessionsForPlan(snap, now), agreement: snap.agreement, now, leadMinutes: snap.settings.leadMinutes });
      const openId = snap.open.id;
      // Held for another session (e.g. before a restart): listed, but that work is over.
      this.pending.stopResending((i) => i.click.sessionId === openId);
      if (!snoozed) {
        if (dnd !== 'on' && this.pending.toResend().length > 0) await this.flushHeld(lang, openId, shown);
        if (this.stopped) return;
        const due = selectDue(plan, this.delivered, now);
        const request = isEmpty(due) ? null : composeDue(due, lang, snap.open.id);
        for (const k of due.keys) {
          this.delivered.add([k.key], k.line);
          keys.push(k.key);
        }
        if (request) await this.deliver(request, dnd, now, shown, heldNow);
      }
      if (this.stopped) return;
      for (const i of plan.upcoming) {
        if (i.at > now && !this.delivered.has(deliveryKey('warn', i)) && (nextAt === null || i.at < nextAt)) nextAt = i.at;
      }
    } else {
      // No work is happening: held warnings stay visible in the pending list but are not re-sent.
      this.pending.stopResending();
      if (!snoozed) await this.askAboutUnloggedWork(snap, now, dnd, shown, heldNow);
    }
    // Stopped while a notification or the idle reading was awaited (quit, a data-folder move): the
    // store may be closed by now, so write nothing more and arm nothing.
    if (this.stopped) return;
    if (snoozed && this.snoozeUntil !== null && (nextAt === null || this.snoozeUntil < nextAt)) nextAt = this.snoozeUntil;
    this.delivered.prune(now - DELIVERED_KEEP_MS);

    const wakeAt = this.arm(now, nextAt);
    this.reports.push({ cause, now, clock, zoneChanged, planned, keys, shown, held: heldNow, nextWakeAt: wakeAt });
    if (this.reports.length > (this.deps.historyLimit ?? 50)) this.reports.shift();
  }

  private async readDnd(): Promise<DndState> {
    if (!this.deps.dnd) return 'unknown';
    try {
      return await this.deps.dnd.read();
    } catch {
      return 'unknown';
    }
  }

  private async show(request: NotificationRequest): Promise<Result<void>> {
    try {
      return await this.deps.notifier.show(request);
    } catch (e) {
      return err({ code: 'notify.failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private async deliver(request: NotificationRequest, dnd: DndState, now: Instant, shown: NotificationRequest[], held: NotificationRequest[]): Promise<void> {
    if (dnd === 'on') {
      held.push(request);
      this.pending.add(request, now, 'do-not-disturb');
      return;
    }
    const result = await this.show(request);
    if (result.ok) shown.push(request);
    else if (!this.stopped) this.pending.add(request, now, 'not-shown');
  }

  /** Do-not-disturb ended: what it held goes out as one summary; if that fails they stay listed. */
  private async flushHeld(lang: Lang, sessionId: string, shown: NotificationRequest[]): Promise<void> {
    const held = this.pending.toResend();
    const request = composeHeld(held, lang, sessionId);
    const result = await this.show(request);
    if (this.stopped) return; // the store may be closed: they stay listed as they were
    if (result.ok) {
      shown.push(request);
      this.pending.remove(held.map((h) => h.id));
    } else {
      this.pending.stopResending();
    }
  }

  /** Issue 4 item 4: active use outside agreed time with no session open → ask once per stretch. */
  private async askAboutUnloggedWork(snap: WarningSnapshot, now: Instant, dnd: DndState, shown: NotificationRequest[], held: NotificationRequest[]): Promise<void> {
    const { agreement } = snap;
    if (!agreement || !this.deps.idle) return;
    if (isInsideAgreedTime(agreement, now)) return;
    const { key, start } = outOfHoursStretch(agreement, now);
    // Asked keys live in the delivered log: a restart in the same evening does not ask again.
    const askedKey = `ask:${key}`;
    if (this.delivered.has(askedKey)) return;
    // Work was logged in this stretch (e.g. a session just stopped): the user logs; do not ask.
    if (snap.sessions.some((s) => s.end > start)) return;
    let idle: number | null;
    try {
      idle = await this.deps.idle.idleSeconds();
    } catch {
      idle = null;
    }
    if (this.stopped || idle === null || idle > snap.settings.activeIdleSeconds) return;
    this.delivered.add([askedKey], now);
    await this.deliver(composeUnlogged(snap.settings.lang, key), dnd, now, shown, held);
  }

  private disarm(): void {
    if (this.handle !== null) this.deps.timer.clear(this.handle);
    this.handle = null;
  }

  /** Arms the single timer for the next due instant, at most one heartbeat away. */
  private arm(now: Instant, nextAt: Instant | null): Instant {
    this.disarm();
    const delay = Math.max(0, Math.min(this.heartbeatMs, nextAt === null ? this.heartbeatMs : nextAt - now));
    if (!this.stopped) this.handle = this.deps.timer.set(delay, () => void this.wake('timer'));
    return now + delay;
  }
}
