/**
 * The least and greatest of many numbers without spreading them into a call (issue 18: `Math.min(...xs)`
 * passes every element as an argument and throws "Maximum call stack size exceeded" above some
 * 60 000 of them). Exactly `Math.min(...xs)` / `Math.max(...xs)` otherwise: Infinity / -Infinity for
 * none, NaN when one is NaN, -0 below 0. The lint rule on `Math.min(...)` / `Math.max(...)` points here.
 */

/** The least of `values` (Infinity when there are none), as `Math.min(...values)` without the spread. */
export function minOf(values: Iterable<number>): number {
  let m = Infinity;
  for (const v of values) m = Math.min(m, v);
  return m;
}

/** The greatest of `values` (-Infinity when there are none), as `Math.max(...values)` without the spread. */
export function maxOf(values: Iterable<number>): number {
  let m = -Infinity;
  for (const v of values) m = Math.max(m, v);
  return m;
}
