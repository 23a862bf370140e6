/**
 * Splits a work day's overtime into tariff overtime classes (configurable rules, e.g. "50 % for the
 * first 4 h a day, 100 % after that and between 21:00 and 07:00 and on Saturdays and Sundays").
 * A minute goes to the class with the highest percent among the matching rules, else the default
 * (first) class. Every condition boundary is a cut, so each piece is judged at its start.
 * "First 4 h a day" counts the day's overtime in time order, whichever class earlier minutes got.
 */
import type { Interval } from '../model';
import { weekdayOf } from '../time/civil';
import { HOUR_MS, MINUTE_MS } from '../time/units';
import type { ZoneClock } from '../time/zone';
import { instantAfter } from './slice';
import type { OvertimeCondition, OvertimeRules } from './types';

function inWindow(minute: number, from: number, to: number): boolean {
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/**
 * Whether a list is sorted and disjoint (each interval starts at or after the previous one's end), as the
 * red days from unionIntervals are; found once per list. Such a list is searched by halving: the red days of
 * a long history are thousands of intervals, and every overtime piece asks them (`fyrabend status` with a
 * balance over decades).
 */
const sortedDisjoint = new WeakMap<readonly Interval[], boolean>();
function isSortedDisjoint(list: readonly Interval[]): boolean {
  let v = sortedDisjoint.get(list);
  if (v === undefined) {
    v = true;
    for (let k = 0; k < list.length && v; k++) {
      const i = list[k] as Interval;
      v = i.end >= i.start && (k === 0 || i.start >= (list[k - 1] as Interval).end);
    }
    sortedDisjoint.set(list, v);
  }
  return v;
}

/** In a sorted disjoint list (ends never decrease): the index of the first interval whose end is ≥ t (or > t when `strict`). */
function firstEnding(list: readonly Interval[], t: number, strict: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = (list[mid] as Interval).end;
    if (strict ? end > t : end >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function inside(list: readonly Interval[], t: number): boolean {
  if (isSortedDisjoint(list)) {
    const i = list[firstEnding(list, t, true)];
    return i !== undefined && t >= i.start;
  }
  for (const i of list) if (t >= i.start && t < i.end) return true;
  return false;
}

/**
 * Tariff class id → ms for the time-ordered overtime pieces of one work day.
 * `redDays` are the protected Sunday/holiday windows around the day.
 */
export function splitOvertime(pieces: readonly Interval[], rules: OvertimeRules, clock: ZoneClock, redDays: readonly Interval[]): Record<string, number> {
  const out: Record<string, number> = {};
  const fallback = rules.classes[0];
  if (!fallback) return out;
  const percent = new Map(rules.classes.map((c) => [c.id, c.percent]));

  // Cut instants that are the same for every piece: thresholds of "after N hours of overtime".
  const cuts = new Set<number>();
  for (const r of rules.rules) {
    if (r.when.kind !== 'after-daily-hours') continue;
    const at = instantAfter(pieces, r.when.hours * HOUR_MS);
    if (at !== null) cuts.add(at);
  }

  let elapsed = 0;
  for (const p of pieces) {
    const local = new Set<number>([p.start, p.end]);
    for (const c of cuts) if (c > p.start && c < p.end) local.add(c);
    const firstDay = clock.localDay(p.start) - 1;
    const lastDay = clock.localDay(p.end) + 1;
    for (let d = firstDay; d <= lastDay; d++) {
      local.add(clock.startOfDay(d));
      for (const r of rules.rules) {
        if (r.when.kind === 'window') {
          local.add(clock.toInstant(d, r.when.from));
          local.add(clock.toInstant(d, r.when.to));
        }
      }
    }
    if (isSortedDisjoint(redDays)) {
      // Only segments reaching into the piece have bounds inside it (the others are filtered out below).
      for (let k = firstEnding(redDays, p.start, false); k < redDays.length && (redDays[k] as Interval).start <= p.end; k++) {
        local.add((redDays[k] as Interval).start);
        local.add((redDays[k] as Interval).end);
      }
    } else {
      for (const seg of redDays) {
        local.add(seg.start);
        local.add(seg.end);
      }
    }
    const points = [...local].filter((t) => t >= p.start && t <= p.end).sort((a, b) => a - b);
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1] as number;
      const b = points[k] as number;
      if (b <= a) continue;
      const matches = (w: OvertimeCondition): boolean => {
        switch (w.kind) {
          case 'after-daily-hours':
            return elapsed >= w.hours * HOUR_MS;
          case 'window':
            return inWindow(Math.floor(clock.localMsOfDay(a) / MINUTE_MS), w.from, w.to);
          case 'weekdays':
            return w.days.includes(weekdayOf(clock.localDay(a)));
          case 'red-day':
            return inside(redDays, a);
        }
      };
      let best = fallback.id;
      let bestPercent = -Infinity;
      for (const r of rules.rules) {
        const pc = percent.get(r.class);
        if (pc === undefined || !matches(r.when)) continue;
        if (pc > bestPercent) {
          best = r.class;
          bestPercent = pc;
        }
      }
      out[best] = (out[best] ?? 0) + (b - a);
      elapsed += b - a;
    }
  }
  return out;
}
