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

function inside(list: readonly Interval[], t: number): boolean {
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
    for (const seg of redDays) {
      local.add(seg.start);
      local.add(seg.end);
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
