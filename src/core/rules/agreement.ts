/**
 * The home-office agreement, forskrift 5. juli 2002 nr. 715 §§ 1–2: work outside the agreed working
 * time, availability outside the agreed availability, and regular home work with no agreement.
 */
import type { Finding, Interval } from '../model';
import type { Context } from '../engine/context';
import { windowIntervals } from '../engine/windows';
import { dateString, isoWeekLabel, mondayOf } from '../time/civil';
import { subtractIntervals, unionIntervals } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { LIMITS } from './constants';
import { makeFinding } from './finding';

/** `agreement.outside-hours`: work of a work day outside the agreed windows (every location, §6.4). */
export function outsideHours(ctx: Context): Finding[] {
  return ctx.days
    .filter((d) => d.outsideMs > 0)
    .map((d) => makeFinding('agreement.outside-hours', { key: d.day.label, start: d.day.start, end: d.day.end, measured: d.outsideMs / HOUR_MS, limit: 0 }));
}

/** `agreement.outside-availability`: marked available outside the agreed availability windows; keyed by work day, else local date. */
export function outsideAvailability(ctx: Context): Finding[] {
  if (ctx.availability.length === 0) return [];
  const marks = unionIntervals(ctx.availability);
  const agreed = windowIntervals(ctx.agreement.availability, ctx.fromDay - 1, ctx.toDay + 1, ctx.clock);
  const outside = subtractIntervals(marks, agreed);
  const byKey = new Map<string, { ms: number; start: number; end: number }>();
  for (const part of outside) {
    const key = keyOf(ctx, part);
    const cur = byKey.get(key);
    if (cur) {
      cur.ms += part.end - part.start;
      cur.end = Math.max(cur.end, part.end);
    } else byKey.set(key, { ms: part.end - part.start, start: part.start, end: part.end });
  }
  return [...byKey].map(([key, v]) => makeFinding('agreement.outside-availability', { key, start: v.start, end: v.end, measured: v.ms / HOUR_MS, limit: 0 }));
}

function keyOf(ctx: Context, part: Interval): string {
  for (const d of ctx.days) if (part.start >= d.day.start && part.start < d.day.start + 24 * HOUR_MS) return d.day.label;
  return dateString(ctx.clock.localDay(part.start));
}

/** `forskrift.agreement-missing`: at least one home day a week over 4 consecutive weeks and no home-office agreement stored. */
export function agreementMissing(ctx: Context): Finding[] {
  if (ctx.agreement.homeOffice !== null) return [];
  const homeWeeks = new Set<number>();
  for (const s of ctx.sessions) if (s.location === 'home' && s.end > s.start) homeWeeks.add(mondayOf(ctx.clock.localDay(s.start)));
  const mondays = [...homeWeeks].sort((a, b) => a - b);
  const out: Finding[] = [];
  let k = 0;
  while (k < mondays.length) {
    let j = k;
    while (j + 1 < mondays.length && (mondays[j + 1] as number) === (mondays[j] as number) + 7) j++;
    const weeks = j - k + 1;
    if (weeks >= LIMITS.agreementMissingWeeks) {
      const first = mondays[k] as number;
      out.push(
        makeFinding('forskrift.agreement-missing', {
          key: isoWeekLabel(first),
          start: ctx.clock.startOfDay(first),
          end: ctx.clock.startOfDay((mondays[j] as number) + 7),
          measured: weeks,
          limit: LIMITS.agreementMissingWeeks,
          unit: 'weeks',
        }),
      );
    }
    k = j + 1;
  }
  return out;
}
