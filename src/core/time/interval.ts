/** Half-open interval helpers: union, clipping and overlap length. Inputs are never mutated. */
import type { Interval } from '../model';

/** The union of intervals as a sorted list of disjoint, non-touching intervals (touching ones are joined). */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).map((i) => ({ start: i.start, end: i.end }));
  sorted.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/** Total length of the overlap between a sorted disjoint list and [start, end). */
export function intersectLength(sorted: readonly Interval[], start: number, end: number): number {
  let total = 0;
  for (const i of clipIntervals(sorted, start, end)) total += i.end - i.start;
  return total;
}

/** The parts of a sorted disjoint list that lie inside [start, end). Binary search for the first candidate. */
export function clipIntervals(sorted: readonly Interval[], start: number, end: number): Interval[] {
  const out: Interval[] = [];
  if (end <= start) return out;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Interval).end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length; k++) {
    const i = sorted[k] as Interval;
    if (i.start >= end) break;
    const s = Math.max(i.start, start);
    const e = Math.min(i.end, end);
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

/** `a` minus the union `b`, both sorted and disjoint. */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const i of a) {
    let cur = i.start;
    while (j < b.length && (b[j] as Interval).end <= cur) j++;
    let k = j;
    while (k < b.length && (b[k] as Interval).start < i.end) {
      const x = b[k] as Interval;
      if (x.start > cur) out.push({ start: cur, end: x.start });
      cur = Math.max(cur, x.end);
      k++;
    }
    if (cur < i.end) out.push({ start: cur, end: i.end });
  }
  return out;
}
