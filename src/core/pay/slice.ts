/** Cutting a sorted list of disjoint intervals by elapsed time. Inputs are never mutated. */
import type { Interval } from '../model';

/** Total length of a list of intervals, in ms. */
export function totalMs(list: readonly Interval[]): number {
  let t = 0;
  for (const i of list) t += i.end - i.start;
  return t;
}

/** Splits a time-ordered list so that `tail` holds its last `ms` of elapsed time and `head` the rest. */
export function sliceFromEnd(list: readonly Interval[], ms: number): { head: Interval[]; tail: Interval[] } {
  const head: Interval[] = [];
  const tail: Interval[] = [];
  let left = Math.max(0, ms);
  for (let k = list.length - 1; k >= 0; k--) {
    const i = list[k] as Interval;
    const len = i.end - i.start;
    if (left >= len) {
      if (len > 0) tail.unshift(i);
      left -= len;
    } else if (left > 0) {
      tail.unshift({ start: i.end - left, end: i.end });
      head.unshift({ start: i.start, end: i.end - left });
      left = 0;
    } else head.unshift(i);
  }
  return { head, tail };
}

/** The instant at which `ms` of elapsed time inside the list has passed (the list's end when it is shorter). */
export function instantAfter(list: readonly Interval[], ms: number): number | null {
  let left = ms;
  for (const i of list) {
    const len = i.end - i.start;
    if (left < len) return i.start + left;
    left -= len;
  }
  return null;
}

/** The gaps between consecutive intervals of a time-ordered list. */
export function gapsBetween(list: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1] as Interval;
    const b = list[k] as Interval;
    if (b.start > a.end) out.push({ start: a.end, end: b.start });
  }
  return out;
}
