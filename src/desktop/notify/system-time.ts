/** The real TimeSource and Timer: Date.now, performance.now (monotonic), the host zone, setTimeout. */
import { performance } from 'node:perf_hooks';
import type { TimeSource, Timer, TimerHandle } from '../../app/ports/timer';

export const systemTime: TimeSource = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  hostZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export const systemTimer: Timer = {
  set(delayMs: number, fn: () => void): TimerHandle {
    const t = setTimeout(fn, Math.max(0, Math.min(delayMs, 2 ** 31 - 1)));
    t.unref?.();
    return t;
  },
  clear(handle: TimerHandle): void {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};
