/**
 * Night windows, AML § 10-11 (1): 21:00–06:00 local by default (a tariff agreement may set another
 * window of at least 8 h that includes 00:00–06:00). A night is labelled by the local date on which
 * its window begins. DST: the window is built from wall-clock times, so the autumn night is 10 h of
 * real time and the spring night 8 h.
 */
import type { DayWindow } from '../model';
import { dateString } from '../time/civil';
import type { ZoneClock } from '../time/zone';

export interface NightInterval {
  /** The local date `YYYY-MM-DD` on which the night begins (finding key of § 10-11). */
  readonly night: string;
  readonly nightDay: number;
  readonly start: number;
  readonly end: number;
}

/** A night window; its date text is built only when asked for (most nights never are: issue 21). */
class Night implements NightInterval {
  constructor(
    readonly nightDay: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get night(): string {
    return dateString(this.nightDay);
  }
}

/** The night windows that touch the local days [fromDay, toDay], in time order. */
export function nightIntervals(fromDay: number, toDay: number, clock: ZoneClock, window: DayWindow): NightInterval[] {
  const out: NightInterval[] = [];
  const crosses = window.from >= window.to;
  for (let d = fromDay - 1; d <= toDay; d++) {
    const start = clock.toInstant(d, window.from);
    const end = crosses ? clock.toInstant(d + 1, window.to) : clock.toInstant(d, window.to);
    out.push(new Night(d, start, end));
  }
  return out;
}
