/**
 * The building blocks of spec §2: merged work, main work periods (§ 10-8 (1)), work days
 * (arbeidsdøgn: the 24 h from the start of a main work period, never split at midnight) and
 * on-call attribution (§ 10-4 (3), spec §6.5 and § 7.5: towards the week only, unless
 * `onCallCountsTowardDay` asks for the version 1 reading).
 */
import type { Agreement, Interval, Session } from '../model';
import { unionIntervals, unionIntervalsShared, subtractIntervals, clipIntervals } from '../time/interval';
import { HOUR_MS, DAY_MS } from '../time/units';
import { dateString, mondayOf } from '../time/civil';
import type { ZoneClock } from '../time/zone';

export interface WorkDay {
  /** Local date label `YYYY-MM-DD` of the day's start. */
  readonly label: string;
  readonly labelDay: number;
  /** First work instant of the day (the 24 h run from here). */
  readonly start: number;
  /** Last work instant of the day. */
  end: number;
  /** Work pieces of this day (sorted, disjoint). */
  readonly work: Interval[];
  workMs: number;
  /** On-call milliseconds attributed to this day (not yet weighted). */
  onCallMs: number;
  readonly periodIndex: number;
}

export interface MainWorkPeriod {
  readonly start: number;
  readonly end: number;
  readonly work: readonly Interval[];
  readonly days: readonly WorkDay[];
}

export interface Structure {
  readonly work: readonly Interval[];
  readonly onCall: readonly Interval[];
  readonly periods: readonly MainWorkPeriod[];
  readonly days: readonly WorkDay[];
  /** On-call ms counted towards the week only (all of it by default, § 7.5), by the day number of the Monday of their local week. */
  readonly orphanOnCallByWeek: ReadonlyMap<number, number>;
}

/** Sessions that count as work: kind `work`, or any session flagged `breakWithDuties`. */
export function isWork(s: Session): boolean {
  return s.kind === 'work' || s.breakWithDuties;
}

export function buildStructure(sessions: readonly Session[], agreement: Agreement, clock: ZoneClock): Structure {
  // Work pieces may be the sessions themselves (a session that touches no other): intervals are never mutated.
  const work = unionIntervalsShared(sessions, isWork);
  const onCall = subtractIntervals(unionIntervals(sessions.filter((s) => !isWork(s))), work);
  const restMs = agreement.limits.restDailyHours * HOUR_MS;

  const periods: MainWorkPeriod[] = [];
  const days: WorkDay[] = [];
  let i = 0;
  while (i < work.length) {
    let j = i;
    while (j + 1 < work.length && (work[j + 1] as Interval).start - (work[j] as Interval).end < restMs) j++;
    const pieces = work.slice(i, j + 1);
    const periodDays = splitIntoDays(pieces, periods.length, clock);
    days.push(...periodDays);
    periods.push({ start: (pieces[0] as Interval).start, end: (pieces[pieces.length - 1] as Interval).end, work: pieces, days: periodDays });
    i = j + 1;
  }

  const orphanOnCallByWeek = attributeOnCall(onCall, agreement.limits.onCallCountsTowardDay ? days : [], clock);
  return { work, onCall, periods, days, orphanOnCallByWeek };
}

/** Splits one main work period into work days of at most 24 h each (spec §2 "Work day"). */
function splitIntoDays(pieces: readonly Interval[], periodIndex: number, clock: ZoneClock): WorkDay[] {
  const days: WorkDay[] = [];
  const first = pieces[0] as Interval;
  const last = pieces[pieces.length - 1] as Interval;
  if (last.end <= first.start + DAY_MS) {
    // The usual period: one work day holding every piece, which shares the period's list (never mutated).
    const labelDay = clock.localDay(first.start);
    let workMs = 0;
    for (let k = 0; k < pieces.length; k++) workMs += (pieces[k] as Interval).end - (pieces[k] as Interval).start;
    days.push({ label: dateString(labelDay), labelDay, start: first.start, end: last.end, work: pieces as Interval[], workMs, onCallMs: 0, periodIndex });
    return days;
  }
  let current: WorkDay | null = null;
  const open = (start: number): WorkDay => {
    const labelDay = clock.localDay(start);
    const d: WorkDay = { label: dateString(labelDay), labelDay, start, end: start, work: [], workMs: 0, onCallMs: 0, periodIndex };
    days.push(d);
    return d;
  };
  for (const p of pieces) {
    let s = p.start;
    while (s < p.end) {
      if (!current || s >= current.start + DAY_MS) current = open(s);
      const e = Math.min(p.end, current.start + DAY_MS);
      // A piece that lies wholly in the day is shared with the merged work (intervals are never mutated).
      current.work.push(s === p.start && e === p.end ? p : { start: s, end: e });
      current.workMs += e - s;
      current.end = e;
      s = e;
    }
  }
  return days;
}

/**
 * On-call minutes not covered by work count towards the latest of `days` whose 24 h contain them
 * (version 1; pass no days for § 7.5); the rest only towards the week of their local date (spec §6.5).
 */
function attributeOnCall(onCall: readonly Interval[], days: WorkDay[], clock: ZoneClock): Map<number, number> {
  const orphan = new Map<number, number>();
  if (onCall.length === 0) return orphan;
  const covered: Interval[] = [];
  for (let k = 0; k < days.length; k++) {
    const d = days[k] as WorkDay;
    const next = days[k + 1];
    const end = Math.min(d.start + DAY_MS, next ? next.start : Infinity);
    const inside = clipIntervals(onCall, d.start, end);
    for (const x of inside) {
      d.onCallMs += x.end - x.start;
      covered.push(x);
    }
  }
  for (const x of subtractIntervals(onCall, unionIntervals(covered))) {
    // Split at local Monday 00:00 so each part lands in the week of its own date.
    let s = x.start;
    while (s < x.end) {
      const monday = mondayOf(clock.localDay(s));
      const nextMonday = clock.startOfDay(monday + 7);
      const e = Math.min(x.end, nextMonday);
      orphan.set(monday, (orphan.get(monday) ?? 0) + (e - s));
      s = e;
    }
  }
  return orphan;
}
