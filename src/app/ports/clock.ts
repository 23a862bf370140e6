/**
 * The tracker's clock: wall-clock now (epoch ms) and a repeating tick (the heartbeat). The shell and
 * the CLI pass the real clock; tests pass a fake one and advance it by hand, never waiting.
 */
import type { Instant } from '../../core/model';

export interface Clock {
  /** Wall-clock now, epoch milliseconds. */
  now(): Instant;
  /** Calls `tick` every `intervalMs` until the returned function is called. */
  every(intervalMs: number, tick: () => void): () => void;
}
