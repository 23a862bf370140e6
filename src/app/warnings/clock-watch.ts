/**
 * Detects that wall time and monotonic time parted ways between two observations: the system clock
 * was set (forwards or back), or the machine slept (the monotonic clock stands still in suspend on
 * Linux, so a suspend looks like a forward jump). Either way, timers armed before are wrong.
 */
import type { Instant } from '../../core/model';

/** A wall/monotonic disagreement larger than this is a jump (timers may fire a little late). */
export const DEFAULT_JUMP_TOLERANCE_MS = 5_000;

export type ClockObservation = 'first' | 'steady' | 'jump-forward' | 'jump-back';

export class ClockWatch {
  private last: { wall: Instant; mono: number } | null = null;

  constructor(private readonly toleranceMs = DEFAULT_JUMP_TOLERANCE_MS) {}

  /** Records an observation and says how wall time moved relative to monotonic time since the last one. */
  observe(wall: Instant, mono: number): ClockObservation {
    const prev = this.last;
    this.last = { wall, mono };
    if (!prev) return 'first';
    const skew = wall - prev.wall - (mono - prev.mono);
    if (skew > this.toleranceMs) return 'jump-forward';
    if (skew < -this.toleranceMs) return 'jump-back';
    return 'steady';
  }
}
