/** Duration units. Every duration in the engine is real elapsed milliseconds. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Milliseconds → hours, rounded to 1e-6 h so that output is stable across platforms. */
export function hours(ms: number): number {
  return roundHours(ms / HOUR_MS);
}

/** Rounds an hour figure to 1e-6 h (well below the spec's 0.001 h resolution). */
export function roundHours(h: number): number {
  const r = Math.round(h * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}
