/**
 * Presence from the operating system → the tracker's presence port (src/app/ports/presence.ts).
 * Sources: Electron's powerMonitor (suspend, resume, lock-screen, unlock-screen; idle polling),
 * and on Linux, where Electron emits no lock events, logind / screensaver D-Bus signals
 * (linux-lock.ts). Only presence is read: never window titles, apps or content.
 *
 * Policy kept here (pure, clock injected): an idle reading at or above the threshold emits one
 * `idle` event, input seen again emits `active`; resume and unlock ask the warning scheduler to
 * re-plan. Lock past the threshold → pause is the tracker's own rule (Tracker.onPresence).
 */
import type { PresenceEvent, PresenceSource } from '../app/ports/presence';

export type RawSignal = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

export interface PowerMonitorLike {
  on(event: RawSignal, listener: () => void): unknown;
  removeListener(event: RawSignal, listener: () => void): unknown;
}

/** Maps one raw OS signal to the port's event. */
export function translateSignal(signal: RawSignal, at: number): PresenceEvent {
  switch (signal) {
    case 'suspend':
      return { type: 'suspend', at };
    case 'resume':
      return { type: 'resume', at };
    case 'lock-screen':
      return { type: 'locked', at };
    case 'unlock-screen':
      return { type: 'unlocked', at };
  }
}

/** Turns successive idle readings into `idle` / `active` edges (one event per edge). */
export class IdleEdges {
  private idle = false;
  constructor(private readonly thresholdMinutes: () => number) {}

  /** `seconds` since the last input, or null when unknown (nothing is emitted then). */
  reading(seconds: number | null, at: number): PresenceEvent | null {
    if (seconds === null) return null;
    const minutes = seconds / 60;
    if (!this.idle && minutes >= this.thresholdMinutes()) {
      this.idle = true;
      return { type: 'idle', at, minutes: Math.floor(minutes) };
    }
    if (this.idle && minutes < 1) {
      this.idle = false;
      return { type: 'active', at };
    }
    return null;
  }
}

export interface PresenceDeps {
  readonly power: PowerMonitorLike;
  readonly now: () => number;
  /** Seconds since the last input (the chosen idle source, see idle-source.ts). */
  readonly idleSeconds: () => Promise<number | null>;
  readonly idleThresholdMinutes: () => number;
  /** Repeats `fn` every `ms`; returns a stop function (a fake timer in tests). */
  readonly every: (ms: number, fn: () => void) => () => void;
  /** Extra lock/unlock sources (Linux D-Bus); each calls back with a raw signal. */
  readonly extraLockSources?: readonly ((emit: (signal: RawSignal) => void) => () => void)[];
  /** Called on resume and unlock: the warning scheduler re-plans. */
  readonly replan: () => void;
  /** Every idle reading of the poll (the warnings' "Are you working?" reuses it, issue 4 item 4). */
  readonly onIdleReading?: (seconds: number | null, at: number) => void;
  readonly pollMs?: number;
}

/** A PresenceSource for the tracker, plus the re-plan hook. */
export function createPresence(d: PresenceDeps): PresenceSource {
  return {
    subscribe(listener) {
      let locked = false;
      const onSignal = (signal: RawSignal) => {
        // Two sources may report the same lock (powerMonitor and D-Bus): pass each edge once.
        if (signal === 'lock-screen') {
          if (locked) return;
          locked = true;
        }
        if (signal === 'unlock-screen') {
          if (!locked) return;
          locked = false;
        }
        listener(translateSignal(signal, d.now()));
        if (signal === 'resume' || signal === 'unlock-screen') d.replan();
      };
      const signals: RawSignal[] = ['suspend', 'resume', 'lock-screen', 'unlock-screen'];
      const handlers = signals.map((s) => [s, () => onSignal(s)] as const);
      for (const [s, h] of handlers) d.power.on(s, h);
      const stops = (d.extraLockSources ?? []).map((source) => source(onSignal));
      const edges = new IdleEdges(d.idleThresholdMinutes);
      const stopPoll = d.every(d.pollMs ?? 30_000, () => {
        void d.idleSeconds().then((s) => {
          d.onIdleReading?.(s, d.now());
          const e = edges.reading(s, d.now());
          if (e) listener(e);
        });
      });
      return () => {
        for (const [s, h] of handlers) d.power.removeListener(s, h);
        for (const stop of stops) stop();
        stopPoll();
      };
    },
  };
}
