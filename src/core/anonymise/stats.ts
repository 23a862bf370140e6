/** Small order statistics for the aggregate report. */

/**
 * The q-quantile (0 ≤ q ≤ 1) of sorted values by linear interpolation between closest ranks
 * (Hyndman–Fan type 7, the default of R and NumPy). NaN for an empty list.
 * @example quantileSorted([0, 1, 2, 10], 0.5) // 1.5
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Rounds to `decimals` places, never returning -0. */
export function roundDecimals(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}
