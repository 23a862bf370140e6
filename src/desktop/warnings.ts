/**
 * Wires the right-to-disconnect warnings (issue 4) into the shell: the WarningScheduler on the
 * store, the notifier, do-not-disturb, the clock and idle time; the events that re-plan (resume,
 * time-zone change, session/agreement/settings edits); notification clicks → the window page.
 * Everything platform-specific is injected (powerMonitor, notifier, timers), so it is tested with
 * fakes (test/electron/warnings.test.ts). No business rules here: they live in src/app/warnings.
 */
import type { WarningService } from '../app/api/services';
import type { AgreementRepo } from '../app/ports/agreement-repo';
import type { DndReader } from '../app/ports/dnd';
import type { IdleReader } from '../app/ports/idle';
import type { ClickPayload, Notifier } from '../app/ports/notifier';
import type { SessionRepo } from '../app/ports/session-repo';
import type { SettingsRepo } from '../app/ports/settings-repo';
import type { TimeSource, Timer } from '../app/ports/timer';
import type { DeliveredLog } from '../app/warnings/delivered-log';
import type { WarningStateStore } from '../app/warnings/warning-state';
import type { OvertimeReasonRepo } from '../app/warnings/overtime-reason';
import { WarningScheduler } from '../app/warnings/scheduler';
import type { PlanFn } from '../app/warnings/sources';
import { createWarningService, storeWarningSources } from '../app/warnings/warning-service';
import type { NavigateRequest, StateChange } from '../shared/ipc/dto';

export interface ResumeSource {
  on(event: 'resume', listener: () => void): unknown;
  removeListener(event: 'resume', listener: () => void): unknown;
}

/** The store's parts the warnings use (src/store openStore() returns them all). */
export interface WarningStore {
  readonly sessions: Pick<SessionRepo, 'open' | 'between'>;
  readonly agreements: Pick<AgreementRepo, 'inForceOn'>;
  readonly settings: Pick<SettingsRepo, 'get'>;
  readonly overtimeReasons: OvertimeReasonRepo;
  readonly deliveredWarnings: DeliveredLog;
  /** Pending warnings and snooze, kept across restarts. */
  readonly warningState: WarningStateStore;
}

export interface WarningWiringDeps {
  readonly store: WarningStore;
  /** Electron's powerMonitor (a fake in tests). */
  readonly power: ResumeSource;
  readonly plan: PlanFn;
  /** Wall, monotonic and host-zone time; `hostZone` must read the zone fresh (host-zone.ts). */
  readonly time: TimeSource;
  readonly timer: Timer;
  /** The user's zone for the app (picks the local date of the agreement in force). */
  readonly zone: () => string;
  /** Builds the notifier; a click on a notification comes back through `onClick`. */
  readonly notifier: (onClick: (payload: ClickPayload) => void) => Notifier;
  readonly dnd: DndReader;
  /** Idle time while no session is open ("Are you working? Log it"). */
  readonly idle: IdleReader;
  /** Repeats `fn` every `ms` (setInterval in the app); returns the stop function. */
  readonly every: (ms: number, fn: () => void) => () => void;
  /** Something the tray and window show changed (pending warnings: topic 'warnings'; zone: 'tracker'). */
  readonly onChange: (change: StateChange) => void;
  /** Opens the window on a page (a notification click). */
  readonly navigate: (request: NavigateRequest) => void;
  readonly log: (message: string, detail?: unknown) => void;
  /** How often the host zone is compared (default one minute). */
  readonly zonePollMs?: number;
}

export interface WarningWiring {
  readonly scheduler: WarningScheduler;
  /** For createAppServices({ warnings }). */
  readonly service: WarningService;
  start(): Promise<void>;
  /** Call with every state change the shell broadcasts: edits re-plan at once. */
  onStateChange(change: StateChange): void;
  stop(): void;
}

/** What a notification click asks the window to show. */
export function navigateRequestOf(payload: ClickPayload): NavigateRequest {
  return { page: payload.page, action: payload.action, ...(payload.sessionId !== undefined ? { sessionId: payload.sessionId } : {}) };
}

export function wireWarnings(d: WarningWiringDeps): WarningWiring {
  const notifier = d.notifier((payload) => {
    try {
      d.navigate(navigateRequestOf(payload));
    } catch (e) {
      d.log('opening the window from a notification failed', e);
    }
  });
  const scheduler = new WarningScheduler({
    plan: d.plan,
    sources: storeWarningSources({ ...d.store, zone: d.zone, now: () => d.time.now(), log: d.log }),
    notifier,
    timer: d.timer,
    time: d.time,
    dnd: d.dnd,
    idle: d.idle,
    delivered: d.store.deliveredWarnings,
    state: d.store.warningState,
  });
  const service = createWarningService({ scheduler, reasons: d.store.overtimeReasons, now: () => d.time.now() });
  const stops: (() => void)[] = [];
  const wake = (what: string, p: Promise<void>) => void p.catch((e: unknown) => d.log(`warnings: re-plan after ${what} failed`, e));

  return {
    scheduler,
    service,
    async start() {
      stops.push(scheduler.pending.subscribe(() => d.onChange({ topic: 'warnings', at: d.time.now() })));
      const onResume = () => wake('resume', scheduler.resumed());
      d.power.on('resume', onResume);
      stops.push(() => d.power.removeListener('resume', onResume));
      let zone = d.time.hostZone();
      stops.push(
        d.every(d.zonePollMs ?? 60_000, () => {
          const now = d.time.hostZone();
          if (now === zone) return;
          d.log(`time zone changed: ${zone} → ${now}`);
          zone = now;
          wake('time-zone change', scheduler.zoneChanged());
          d.onChange({ topic: 'tracker', at: d.time.now() });
        }),
      );
      stops.push(() => scheduler.stop());
      await scheduler.start();
    },
    onStateChange(change) {
      switch (change.topic) {
        case 'tracker':
        case 'sessions':
        case 'settings':
        case 'backup':
          return wake(change.topic, scheduler.sessionChanged());
        case 'agreement':
          return wake('agreement', scheduler.agreementChanged());
        case 'warnings':
          return; // its own change: re-planning here would loop
      }
    },
    stop() {
      for (const s of stops.splice(0).reverse()) s();
    },
  };
}

/**
 * Idle time for the warnings from the presence poll (presence.ts `onIdleReading`), so the OS is not
 * asked twice; a reading older than `maxAgeMs` (the poll stopped) falls back to asking directly.
 */
export class PolledIdle implements IdleReader {
  private last: { seconds: number | null; at: number } | null = null;

  constructor(
    private readonly now: () => number,
    private readonly fallback: () => Promise<number | null>,
    private readonly maxAgeMs = 90_000,
  ) {}

  record(seconds: number | null, at: number): void {
    this.last = { seconds, at };
  }

  idleSeconds(): Promise<number | null> {
    const last = this.last;
    const age = last ? this.now() - last.at : Infinity;
    // Not aged: input may have come since, and "in active use" must not be missed.
    if (last && age >= 0 && age <= this.maxAgeMs) return Promise.resolve(last.seconds);
    return this.fallback();
  }
}

/** The part of webContents `sendWhenLoaded` uses. */
export interface ContentsSender {
  isLoading(): boolean;
  once(event: 'did-finish-load', listener: () => void): unknown;
  send(channel: string, ...args: unknown[]): void;
}

/** Sends an event to the window now, or once its page has loaded (a window just opened by a click). */
export function sendWhenLoaded(contents: ContentsSender, channel: string, payload: unknown): void {
  if (contents.isLoading()) contents.once('did-finish-load', () => contents.send(channel, payload));
  else contents.send(channel, payload);
}
