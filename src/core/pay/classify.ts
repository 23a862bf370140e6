/**
 * Pay classification of work days for payroll (issue 7), built on the rule engine's day and week
 * totals so that AML overtime (§ 10-6) and merarbeid equal the engine's weekly figures.
 *
 * Placement in time (choice, documented in docs and the timesheet): the classes of a week are
 * laid on its work in time order. Each work day's own excess over the daily limit is its latest
 * work; the week's remaining AML overtime (weekly excess) goes to the latest other work of the
 * week, walking back from its last work day; merarbeid goes to the latest work before that. So a
 * day reads normal | merarbeid | AML overtime, and normal + merarbeid + overtime = worked.
 *
 * Night (§ 10-11, the agreement's night window) and Sunday/holiday hours (§ 10-10, protected
 * windows of spec §3.2) are supplement classes on top. On-call (§ 10-4 (3)) is on-call time not
 * covered by work, counted in full (the 1/7 factor is for working-time limits, not pay), on the
 * row of the local date it lies on.
 */
import type { Agreement, DayTotals, Interval, Report, Session, WeekTotals } from '../model';
import { protectedSegments } from '../calendar/protected-windows';
import { isRedDay } from '../calendar/red-days';
import { nightIntervals } from '../calendar/night';
import { dateString, isoWeekLabel, parseDate, weekdayOf } from '../time/civil';
import { clipIntervals, intersectLength, subtractIntervals, unionIntervals } from '../time/interval';
import { HOUR_MS, MINUTE_MS } from '../time/units';
import { stretchesOf } from '../rules/break';
import { zoneClock, type ZoneClock } from '../time/zone';
import { gapsBetween, sliceFromEnd, totalMs } from './slice';
import { splitOvertime } from './tariff';
import type { OvertimeRules, PayDay, PayPeriod, PayWeek } from './types';

export interface ClassifyInput {
  readonly sessions: readonly Session[];
  /** The agreement the engine was run with (zone, windows, night window). */
  readonly agreement: Agreement;
  /** The engine's result for exactly these sessions and this agreement. */
  readonly report: Pick<Report, 'days' | 'weeks'>;
  readonly overtime: OvertimeRules;
  /** Keep only rows whose day label lies in the period (classification still uses whole weeks). */
  readonly period?: PayPeriod;
}

export interface Classification {
  readonly days: readonly PayDay[];
  readonly weeks: readonly PayWeek[];
}

const toMs = (h: number): number => Math.round(h * HOUR_MS);

/** Agreed ms for a date: the agreement's windows on that weekday, 0 on a red day. */
export function agreedMsOn(day: string, agreement: Agreement, clock: ZoneClock): number {
  const n = parseDate(day);
  if (isRedDay(n)) return 0;
  let ms = 0;
  for (const w of agreement.windows[weekdayOf(n)]) ms += clock.toInstant(n, w.to) - clock.toInstant(n, w.from);
  return ms;
}

interface Draft {
  readonly totals: DayTotals | null;
  readonly day: string;
  readonly work: Interval[];
  onCall: Interval[];
  dailyExcess: number;
  weekShare: number;
  merarbeid: number;
}

export function classify(input: ClassifyInput): Classification {
  const { agreement, report, overtime } = input;
  const clock = zoneClock(agreement.zone);
  const work = unionIntervals(input.sessions.filter((s) => s.kind === 'work'));
  const onCall = subtractIntervals(unionIntervals(input.sessions.filter((s) => s.kind === 'on-call')), work);

  const totals = [...report.days].sort((a, b) => a.start - b.start);
  const drafts: Draft[] = totals.map((t, i) => {
    const next = totals[i + 1];
    const dayWork = clipIntervals(work, t.start, next ? next.start : Number.MAX_SAFE_INTEGER);
    const worked = totalMs(dayWork);
    return { totals: t, day: t.day, work: dayWork, onCall: [], dailyExcess: Math.min(worked, toMs(t.overtime)), weekShare: 0, merarbeid: 0 };
  });

  // On-call: split at local midnight, put on the row of its local date.
  const byLabel = new Map<string, Draft>();
  for (const d of drafts) if (!byLabel.has(d.day)) byLabel.set(d.day, d);
  for (const piece of onCall) {
    for (let t = piece.start; t < piece.end; ) {
      const localDay = clock.localDay(t);
      const end = Math.min(piece.end, clock.startOfDay(localDay + 1));
      const label = dateString(localDay);
      let row = byLabel.get(label);
      if (!row) {
        row = { totals: null, day: label, work: [], onCall: [], dailyExcess: 0, weekShare: 0, merarbeid: 0 };
        byLabel.set(label, row);
        drafts.push(row);
      }
      row.onCall.push({ start: t, end });
      t = end;
    }
  }
  drafts.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : (a.totals?.start ?? 0) - (b.totals?.start ?? 0)));

  // Weekly figures laid on the latest work of the week.
  const weekOf = new Map<string, WeekTotals>(report.weeks.map((w) => [w.week, w]));
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const w = isoWeekLabel(d.day);
    groups.set(w, [...(groups.get(w) ?? []), d]);
  }
  for (const [label, days] of groups) {
    const w = weekOf.get(label);
    if (!w) continue;
    const daily = days.reduce((s, d) => s + d.dailyExcess, 0);
    let weekExcess = Math.max(0, toMs(w.overtime) - daily);
    let merarbeid = toMs(w.merarbeid);
    for (let k = days.length - 1; k >= 0; k--) {
      const d = days[k] as Draft;
      const free = totalMs(d.work) - d.dailyExcess;
      d.weekShare = Math.min(free, weekExcess);
      weekExcess -= d.weekShare;
    }
    for (let k = days.length - 1; k >= 0; k--) {
      const d = days[k] as Draft;
      const free = totalMs(d.work) - d.dailyExcess - d.weekShare;
      d.merarbeid = Math.min(free, merarbeid);
      merarbeid -= d.merarbeid;
    }
  }

  const first = drafts[0];
  const last = drafts[drafts.length - 1];
  const fromDay = first ? parseDate(first.day) - 1 : 0;
  const toDay = last ? parseDate(last.day) + 2 : 0;
  const nights = drafts.length ? unionIntervals(nightIntervals(fromDay, toDay, clock, agreement.limits.nightWindow)) : [];
  const redDays = drafts.length ? unionIntervals(protectedSegments(fromDay, toDay, clock)) : [];

  const days: PayDay[] = [];
  for (const d of drafts) {
    if (input.period && (d.day < input.period.from || d.day > input.period.to)) continue;
    const workedMs = totalMs(d.work);
    const amlOvertimeMs = d.dailyExcess + d.weekShare;
    const split1 = sliceFromEnd(d.work, amlOvertimeMs);
    const split2 = sliceFromEnd(split1.head, d.merarbeid);
    const basis = overtime.basis === 'aml' ? split1.tail : [...split2.tail, ...split1.tail];
    const ot = splitOvertime(basis, overtime, clock, redDays);
    const nightMs = d.work.reduce((s, i) => s + intersectLength(nights, i.start, i.end), 0);
    const sundayMs = d.work.reduce((s, i) => s + intersectLength(redDays, i.start, i.end), 0);
    const onCallMs = totalMs(d.onCall);
    const normalMs = workedMs - amlOvertimeMs - d.merarbeid;
    const classes: Record<string, number> = {};
    const put = (id: string, ms: number): void => {
      if (ms > 0) classes[id] = (classes[id] ?? 0) + ms;
    };
    put('normal', normalMs);
    if (overtime.basis === 'aml') put('merarbeid', d.merarbeid);
    for (const [id, ms] of Object.entries(ot)) put(id, ms);
    put('night', nightMs);
    put('sunday', sundayMs);
    put('on-call', onCallMs);
    // Breaks are the gaps inside working stretches (spec § 7.3): a longer gap ends the stretch, it is not a break.
    const breaks = stretchesOf(d.work, agreement.limits.breakStretchGapMinutes * MINUTE_MS).flatMap((s) => gapsBetween(s));
    days.push({
      day: d.day,
      weekday: weekdayOf(d.day),
      week: isoWeekLabel(d.day),
      work: d.work,
      breaks,
      onCall: d.onCall,
      workedMs,
      breakMs: totalMs(breaks),
      agreedMs: agreedMsOn(d.day, agreement, clock),
      normalMs,
      merarbeidMs: d.merarbeid,
      amlOvertimeMs,
      nightMs,
      sundayMs,
      onCallMs,
      overtime: ot,
      classes,
    });
  }

  const kept = new Set(days.map((d) => d.week));
  const weeks: PayWeek[] = report.weeks
    .filter((w) => !input.period || kept.has(w.week))
    .map((w) => ({ week: w.week, workedMs: toMs(w.hours), amlOvertimeMs: toMs(w.overtime), merarbeidMs: toMs(w.merarbeid) }));
  return { days, weeks };
}
