/**
 * Time for schedulers: a wall clock, a monotonic clock and one-shot timers.
 *
 * The wall clock (epoch ms) says *when* a warning is due; the monotonic clock never jumps, so a
 * difference between the two over the same stretch reveals a system clock change or a suspend
 * (on Linux the monotonic clock stands still while the machine sleeps). Timers count monotonic
 * time, like setTimeout: a scheduler must therefore re-check absolute instants whenever it wakes.
 */
import type { Instant } from '../../core/model';

export interface TimeSource {
  /** Wall-clock now, epoch milliseconds. */
  now(): Instant;
  /** Monotonic milliseconds from an arbitrary origin; never jumps, may stand still in suspend. */
  monotonic(): number;
  /** The host's current IANA time zone (it changes when the user travels or edits settings). */
  hostZone(): string;
}

export type TimerHandle = unknown;

export interface Timer {
  /** Calls `fn` once after `delayMs` of monotonic time. */
  set(delayMs: number, fn: () => void): TimerHandle;
  clear(handle: TimerHandle): void;
}
