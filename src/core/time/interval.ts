/** Half-open interval helpers: union, clipping and overlap length. Inputs are never mutated. */
import type { Interval } from '../model';

const byStartThenEnd = (a: Interval, b: Interval): number => a.start - b.start || a.end - b.end;

/** The union of intervals as a sorted list of disjoint, non-touching intervals (touching ones are joined). */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  // Input is usually sorted already (sessions come by start): then it is read as it is, else a sorted
  // copy of the references (never of the intervals) is read.
  let sorted = true;
  for (let k = 1; k < intervals.length; k++) {
    if (byStartThenEnd(intervals[k - 1] as Interval, intervals[k] as Interval) > 0) {
      sorted = false;
      break;
    }
  }
  const list = sorted ? intervals : [...intervals].sort(byStartThenEnd);
  const out: Interval[] = [];
  let start = 0;
  let end = 0;
  let open = false;
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as Interval;
    if (!(i.end > i.start)) continue;
    if (open && i.start <= end) {
      if (i.end > end) end = i.end;
      continue;
    }
    if (open) out.push({ start, end });
    start = i.start;
    end = i.end;
    open = true;
  }
  if (open) out.push({ start, end });
  return out;
}

/**
 * unionIntervals that hands back an input object wherever a run of the union is that one interval
 * (issue 21: ten years of split home-office days are mostly separate pieces, and a new object for each
 * was most of the engine's garbage). Only for callers whose inputs may be shared: the result can hold
 * the input objects themselves (Sessions, say), with their other fields.
 */
export function unionIntervalsShared<T extends Interval>(intervals: readonly T[], keep?: (i: T) => boolean): Interval[] {
  let sorted = true;
  let prev: T | undefined;
  for (let k = 0; k < intervals.length; k++) {
    const i = intervals[k] as T;
    if (keep !== undefined && !keep(i)) continue;
    if (prev !== undefined && byStartThenEnd(prev, i) > 0) {
      sorted = false;
      break;
    }
    prev = i;
  }
  const list = sorted ? intervals : (keep === undefined ? [...intervals] : intervals.filter(keep)).sort(byStartThenEnd);
  const check = sorted ? keep : undefined;
  const out: Interval[] = [];
  let first: T | undefined;
  let start = 0;
  let end = 0;
  let alone = false;
  for (let k = 0; k < list.length; k++) {
    const i = list[k] as T;
    if (check !== undefined && !check(i)) continue;
    if (!(i.end > i.start)) continue;
    if (first !== undefined && i.start <= end) {
      if (i.end > end) end = i.end;
      alone = false;
      continue;
    }
    if (first !== undefined) out.push(alone ? first : { start, end });
    first = i;
    start = i.start;
    end = i.end;
    alone = true;
  }
  if (first !== undefined) out.push(alone ? first : { start, end });
  return out;
}

/** Index of the first interval of a sorted disjoint list that ends after `start`. */
function firstEndingAfter(sorted: readonly Interval[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Interval).end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Total length of the overlap between a sorted disjoint list and [start, end). */
export function intersectLength(sorted: readonly Interval[], start: number, end: number): number {
  let total = 0;
  if (end <= start) return total;
  for (let k = firstEndingAfter(sorted, start); k < sorted.length; k++) {
    const i = sorted[k] as Interval;
    if (i.start >= end) break;
    const s = i.start > start ? i.start : start;
    const e = i.end < end ? i.end : end;
    if (e > s) total += e - s;
  }
  return total;
}

/**
 * intersectLength against one sorted disjoint list for many queries in increasing start order (the
 * work pieces of an evaluation): each query goes on from where the last one stopped, so n queries
 * over a list of m cost O(n + m); a query that starts earlier than the last searches afresh.
 */
export function overlapReader(sorted: readonly Interval[]): (start: number, end: number) => number {
  let k = 0;
  let last = -Infinity;
  return (start, end) => {
    if (start < last) k = firstEndingAfter(sorted, start);
    else while (k < sorted.length && (sorted[k] as Interval).end <= start) k++;
    last = start;
    let total = 0;
    if (end <= start) return total;
    for (let j = k; j < sorted.length; j++) {
      const i = sorted[j] as Interval;
      if (i.start >= end) break;
      const s = i.start > start ? i.start : start;
      const e = i.end < end ? i.end : end;
      if (e > s) total += e - s;
    }
    return total;
  };
}

/** The parts of a sorted disjoint list that lie inside [start, end). Binary search for the first candidate. */
export function clipIntervals(sorted: readonly Interval[], start: number, end: number): Interval[] {
  const out: Interval[] = [];
  if (end <= start) return out;
  for (let k = firstEndingAfter(sorted, start); k < sorted.length; k++) {
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
