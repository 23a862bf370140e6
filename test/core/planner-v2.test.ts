/**
 * The planner's version 2 lines (issue 13 deliverable 2; spec working-time-rules § 4, § 7): each
 * line is planned one minute before it (upcoming, at that instant) and one minute after it (passed,
 * or gone when the line was a period boundary), with a fixed `now` — no clock is read. DST changes
 * of 2026 in Europe/Oslo are among the rows.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_RULES, emptyWindows, evaluate, formatInstant, plan, type Agreement, type PlanReason, type Session } from '../../src/core/index';
import { agreement, at, work } from '../helpers/build';

const Z = 'Europe/Oslo';
const MIN = 60_000;
const a = agreement();

interface Row {
  readonly name: string;
  readonly reason: PlanReason;
  /** The expected line, RFC 3339 with offset. */
  readonly line: string;
  /** Closed sessions before the open one. */
  readonly closed: readonly Session[];
  /** Start of the open session (it ends at `now`). */
  readonly openFrom: string;
  readonly agreement?: Agreement;
  /** What one minute after the line shows: the line passed (default), or gone (a period boundary). */
  readonly after?: 'passed' | 'gone';
  /** Daily-rest rows: the next agreed start the line keeps the rest for (the engine check works an hour from it). */
  readonly nextStart?: string;
}

/** Mon–Fri `from`–`to` (local, +01:00 in winter) of the week beginning on Monday `monday`. */
function weekdays(monday: string, from: string, to: string, offset = '+01:00'): Session[] {
  const d0 = Date.parse(`${monday}T12:00:00Z`);
  return [0, 1, 2, 3, 4].map((k) => {
    const date = new Date(d0 + k * 86_400_000).toISOString().slice(0, 10);
    return work(`${date}T${from}:00${offset}`, `${date}T${to}:00${offset}`);
  });
}

const ROWS: readonly Row[] = [
  // § 10-9 (1) first sentence: a stretch of 5.5 h without a gap of 15 min.
  { name: 'break: 5.5 h from 08:00 without a pause', reason: 'break-due', line: '2026-11-24T13:30:00+01:00', closed: [], openFrom: '2026-11-24T08:00:00+01:00' },
  {
    name: 'break: a 10-minute gap is no break, the stretch runs on',
    reason: 'break-due',
    line: '2026-11-24T13:40:00+01:00',
    closed: [work('2026-11-24T08:00:00+01:00', '2026-11-24T10:00:00+01:00')],
    openFrom: '2026-11-24T10:10:00+01:00',
  },
  {
    name: 'break: a gap over 2 h ends the stretch (breakStretchGapMinutes), the new one starts at 13:00',
    reason: 'break-due',
    line: '2026-11-24T18:30:00+01:00',
    closed: [work('2026-11-24T07:00:00+01:00', '2026-11-24T10:45:00+01:00')],
    openFrom: '2026-11-24T13:00:00+01:00',
  },
  {
    name: 'break across the spring DST change: 23:00 +01:00 plus 5.5 real hours is 05:30 +02:00',
    reason: 'break-due',
    line: '2026-03-29T05:30:00+02:00',
    closed: [],
    openFrom: '2026-03-28T23:00:00+01:00',
  },
  // § 10-9 (1) second sentence: 8 h with less than 30 min of gaps.
  {
    name: 'long break: a 15-minute break is not 30 minutes in all, 8 h worked at 16:15',
    reason: 'long-break-due',
    line: '2026-11-24T16:15:00+01:00',
    closed: [work('2026-11-24T08:00:00+01:00', '2026-11-24T10:00:00+01:00')],
    openFrom: '2026-11-24T10:15:00+01:00',
  },
  // § 10-9 (2): 2 h after the agreed end (15:45) without a 30-minute pause after it.
  { name: 'overtime break: 2 h past the agreed end 15:45', reason: 'overtime-break-due', line: '2026-11-24T17:45:00+01:00', closed: [work('2026-11-24T08:00:00+01:00', '2026-11-24T11:30:00+01:00')], openFrom: '2026-11-24T12:00:00+01:00' },
  {
    name: 'overtime break: a 20-minute pause after the end does not count as the 30, it moves the line 20 min',
    reason: 'overtime-break-due',
    line: '2026-11-24T18:05:00+01:00',
    closed: [work('2026-11-24T08:00:00+01:00', '2026-11-24T11:30:00+01:00'), work('2026-11-24T12:00:00+01:00', '2026-11-24T16:30:00+01:00')],
    openFrom: '2026-11-24T16:50:00+01:00',
  },
  {
    name: 'overtime break across the autumn DST change: a Saturday without agreed windows ends its normal time at 9 h (04:00 +01:00), 2 h later is 06:00 +01:00',
    reason: 'overtime-break-due',
    line: '2026-10-25T06:00:00+01:00',
    closed: [],
    openFrom: '2026-10-24T20:00:00+02:00',
  },
  // § 10-8 (2), spec § 7.2: the latest stop that leaves 35 h inside the period (Monday 00:00 by default).
  {
    name: 'weekly rest: Mon–Fri 08–16, then Saturday from 08:00: stop by Saturday 13:00 for 35 h before Monday 00:00',
    reason: 'weekly-rest-latest-stop',
    line: '2026-11-28T13:00:00+01:00',
    closed: weekdays('2026-11-23', '08:00', '16:00'),
    openFrom: '2026-11-28T08:00:00+01:00',
  },
  {
    name: 'weekly rest across the spring DST change: the period ends Monday 00:00 +02:00, 35 real hours before is Saturday 12:00 +01:00',
    reason: 'weekly-rest-latest-stop',
    line: '2026-03-28T12:00:00+01:00',
    closed: weekdays('2026-03-23', '08:00', '16:00'),
    openFrom: '2026-03-28T08:00:00+01:00',
  },
  {
    name: 'weekly rest with the period starting Saturday 17:00 (§ 7.2 form proposal): Sun–Fri work, Friday evening: stop by Friday 06:00 for 35 h before Saturday 17:00',
    reason: 'weekly-rest-latest-stop',
    line: '2026-11-27T06:00:00+01:00',
    closed: [work('2026-11-22T08:00:00+01:00', '2026-11-22T16:00:00+01:00'), ...weekdays('2026-11-23', '08:00', '16:00').slice(0, 4)],
    openFrom: '2026-11-27T05:00:00+01:00',
    agreement: agreement({ weeklyRestPeriodStart: { weekday: 'sat', minute: 17 * 60 } }),
  },
  {
    name: 'weekly rest, version 1 counting (starts-in-period): a run that starts before the period ends counts whole, so the line is the period end; after it a new period begins',
    reason: 'weekly-rest-latest-stop',
    line: '2026-11-30T00:00:00+01:00',
    closed: [...weekdays('2026-11-23', '08:00', '16:00'), work('2026-11-28T08:00:00+01:00', '2026-11-28T20:00:00+01:00')],
    openFrom: '2026-11-29T10:00:00+01:00',
    agreement: agreement({ weeklyRestCounting: 'starts-in-period' }),
    after: 'gone',
  },
  // § 10-6 (8) last sentence, spec § 7.6: 69 h in the week.
  {
    name: '69 h: Mon–Fri 12 h days (60 h), Saturday from 08:00 reaches 69 h at 17:00',
    reason: 'total-week-limit',
    line: '2026-11-28T17:00:00+01:00',
    closed: weekdays('2026-11-23', '07:00', '19:00'),
    openFrom: '2026-11-28T08:00:00+01:00',
  },
  {
    name: '69 h across the autumn DST change: 60 h Mon–Fri, Sunday from 00:00 +02:00 reaches 69 h at 08:00 +01:00',
    reason: 'total-week-limit',
    line: '2026-10-25T08:00:00+01:00',
    closed: weekdays('2026-10-19', '07:00', '19:00', '+02:00'),
    openFrom: '2026-10-25T00:00:00+02:00',
  },
  {
    name: '69 h counts the on-call share (§ 7.5): 60 h of work and 35 h on call (5 h) reach 69 h after 4 h on Saturday',
    reason: 'total-week-limit',
    line: '2026-11-28T12:00:00+01:00',
    closed: [...weekdays('2026-11-23', '07:00', '19:00'), ...weekdays('2026-11-23', '19:00', '02:00').map((s) => ({ ...s, end: s.end + 86_400_000, kind: 'on-call' as const }))],
    openFrom: '2026-11-28T08:00:00+01:00',
  },
  {
    name: '69 h applies under a tariff averaging agreement too',
    reason: 'total-week-limit',
    line: '2026-11-28T17:00:00+01:00',
    closed: weekdays('2026-11-23', '07:00', '19:00'),
    openFrom: '2026-11-28T08:00:00+01:00',
    agreement: agreement({ averaging: { kind: 'tariff', from: '2026-11-01', to: '2026-12-31' } }),
  },
  // The weekly lines of version 1, now exact to the millisecond (the 40 h at 12:00, 10 h of overtime at 22:00).
  ...(['weekly-normal-limit', 'weekly-overtime-limit'] as const).map((reason) => ({
    name: `${reason}: Mon–Thu 07–16 (36 h), Friday from 08:00`,
    reason,
    line: reason === 'weekly-normal-limit' ? '2026-09-11T12:00:00+02:00' : '2026-09-11T22:00:00+02:00',
    closed: ['07', '08', '09', '10'].map((d) => work(`2026-09-${d}T07:00:00+02:00`, `2026-09-${d}T16:00:00+02:00`)),
    openFrom: '2026-09-11T08:00:00+02:00',
  })),
  {
    name: 'weekly normal limit under tariff averaging (§ 7.7): the single-week cap of 54 h, above it overtime; Mon–Thu 12 h (48 h), Friday from 08:00 reaches it at 14:00',
    reason: 'weekly-normal-limit',
    line: '2026-11-27T14:00:00+01:00',
    closed: weekdays('2026-11-23', '07:00', '19:00').slice(0, 4),
    openFrom: '2026-11-27T08:00:00+01:00',
    agreement: agreement({ averaging: { kind: 'tariff', from: '2026-11-01', to: '2026-12-31' } }),
  },
  // § 10-8 (1), spec § 7.1: the latest stop before the next agreed start (08:00 ⇒ 21:00).
  {
    name: 'daily rest, between work days (default): a 06:00 start still has until 21:00 (11 h before 08:00)',
    reason: 'rest-latest-stop',
    line: '2026-11-24T21:00:00+01:00',
    closed: [work('2026-11-24T06:00:00+01:00', '2026-11-24T14:00:00+01:00')],
    openFrom: '2026-11-24T18:00:00+01:00',
    nextStart: '2026-11-25T08:00:00+01:00',
  },
  {
    name: 'daily rest, version 1 within-24h: the same day must stop by 19:00 (a span of 13 h from 06:00)',
    reason: 'rest-latest-stop',
    line: '2026-11-24T19:00:00+01:00',
    closed: [work('2026-11-24T06:00:00+01:00', '2026-11-24T14:00:00+01:00')],
    openFrom: '2026-11-24T18:00:00+01:00',
    agreement: agreement({ dailyRestReading: 'within-24h' }),
    nextStart: '2026-11-25T08:00:00+01:00',
  },
  ...(['between-work-days', 'within-24h'] as const).map((reading) => ({
    name:
      reading === 'between-work-days'
        ? 'daily rest, the ministry\'s example (Prop. 72 L, § 7.1): 08–16, evening work from 21:00, next agreed start 10:00: stop by 23:00'
        : 'daily rest, the same day read within-24h (version 1): the main work period from 08:00 may span 13 h, so stop by 21:00',
    reason: 'rest-latest-stop' as const,
    line: reading === 'between-work-days' ? '2026-11-24T23:00:00+01:00' : '2026-11-24T21:00:00+01:00',
    closed: [work('2026-11-24T08:00:00+01:00', '2026-11-24T16:00:00+01:00')],
    openFrom: '2026-11-24T20:30:00+01:00',
    agreement: agreement({ dailyRestReading: reading }, { windows: { ...emptyWindows(), tue: [{ from: 480, to: 960 }], wed: [{ from: 600, to: 960 }] } }),
    nextStart: '2026-11-25T10:00:00+01:00',
  })),
  {
    name: 'daily rest: a lunch gap outside agreed windows does not make 13:00 the "next start" (split windows 08–11, 13–16)',
    reason: 'rest-latest-stop',
    line: '2026-11-24T21:00:00+01:00',
    closed: [work('2026-11-24T08:00:00+01:00', '2026-11-24T11:00:00+01:00')],
    openFrom: '2026-11-24T11:30:00+01:00',
    nextStart: '2026-11-25T08:00:00+01:00',
    agreement: agreement({}, { windows: { ...emptyWindows(), mon: [{ from: 480, to: 660 }, { from: 780, to: 960 }], tue: [{ from: 480, to: 660 }, { from: 780, to: 960 }], wed: [{ from: 480, to: 660 }, { from: 780, to: 960 }] } }),
  },
];

function planAt(row: Row, now: number) {
  const open = work(row.openFrom, row.openFrom);
  return plan({ sessions: [...row.closed, { ...open, end: now }], agreement: row.agreement ?? a, now });
}

describe('planner, version 2 lines: one minute before and one minute after each', () => {
  it.each(ROWS)('$name', (row) => {
    const line = at(row.line);
    const before = planAt(row, line - MIN);
    const ahead = before.upcoming.filter((i) => i.reason === row.reason);
    expect(ahead.map((i) => formatInstant(i.line, Z))).toEqual([row.line]);
    expect(ahead[0]!.at).toBe(line - 15 * MIN);
    expect(before.passed.filter((i) => i.reason === row.reason)).toEqual([]);

    const after = planAt(row, line + MIN);
    const crossed = after.passed.filter((i) => i.reason === row.reason).map((i) => formatInstant(i.line, Z));
    if ((row.after ?? 'passed') === 'passed') {
      expect(crossed).toEqual([row.line]);
    } else {
      expect(crossed).toEqual([]);
      expect(after.upcoming.filter((i) => i.reason === row.reason && i.line === line)).toEqual([]);
    }
  });
});

describe('planner and engine agree: stopping a minute before a line gives no finding of its rule, a minute after gives one', () => {
  // A daily-rest line assumes the next session at the next agreed start: the check works an hour from there.
  it.each(ROWS)('$name', (row) => {
    const line = at(row.line);
    const rule = PLAN_RULES[row.reason];
    const next = row.nextStart ? [work(row.nextStart, row.nextStart)].map((s) => ({ ...s, end: s.start + 60 * MIN })) : [];
    expect(row.reason === 'rest-latest-stop' ? next.length : 1).toBe(1);
    const findings = (end: number) => {
      const sessions = [...row.closed, { ...work(row.openFrom, row.openFrom), end }, ...next];
      return evaluate({ sessions, agreement: row.agreement ?? a }).findings.filter((f) => f.rule === rule);
    };
    expect(findings(line - MIN)).toEqual([]);
    expect(findings(line + MIN).length).toBeGreaterThan(0);
  });
});

describe('planner, version 2: no line where the law is already met', () => {
  const none: readonly [string, PlanReason, readonly Session[], string, string, Agreement?][] = [
    ['a 15-minute break before 5.5 h: no break-due', 'break-due', [work('2026-11-24T08:00:00+01:00', '2026-11-24T11:00:00+01:00')], '2026-11-24T11:15:00+01:00', '2026-11-24T15:00:00+01:00'],
    ['30 min of breaks in all (15 + 15): no long-break-due', 'long-break-due', [work('2026-11-24T08:00:00+01:00', '2026-11-24T10:00:00+01:00'), work('2026-11-24T10:15:00+01:00', '2026-11-24T12:00:00+01:00')], '2026-11-24T12:15:00+01:00', '2026-11-24T16:00:00+01:00'],
    ['a 30-minute pause after the agreed end: no overtime-break-due', 'overtime-break-due', [work('2026-11-24T08:00:00+01:00', '2026-11-24T11:30:00+01:00'), work('2026-11-24T12:00:00+01:00', '2026-11-24T16:00:00+01:00')], '2026-11-24T16:30:00+01:00', '2026-11-24T18:00:00+01:00'],
    ['Saturday off, Sunday from 10:00 (42 h of rest in the period): no weekly-rest line', 'weekly-rest-latest-stop', weekdays('2026-11-23', '08:00', '16:00'), '2026-11-29T10:00:00+01:00', '2026-11-29T12:00:00+01:00'],
  ];
  it.each(none)('%s', (_name, reason, closed, from, now) => {
    const p = plan({ sessions: [...closed, work(from, now)], agreement: a, now: at(now) });
    expect([...p.upcoming, ...p.passed].filter((i) => i.reason === reason)).toEqual([]);
  });

  it('only the free time after the agreed end counts (§ 7.9): a 15:30–16:00 pause with the end at 15:45 counts 15 min, the line moves 15 min', () => {
    const closed = [work('2026-11-24T08:00:00+01:00', '2026-11-24T11:30:00+01:00'), work('2026-11-24T12:00:00+01:00', '2026-11-24T15:30:00+01:00')];
    const p = plan({ sessions: [...closed, work('2026-11-24T16:00:00+01:00', '2026-11-24T17:00:00+01:00')], agreement: a, now: at('2026-11-24T17:00:00+01:00') });
    expect(p.upcoming.filter((i) => i.reason === 'overtime-break-due').map((i) => formatInstant(i.line, Z))).toEqual(['2026-11-24T18:00:00+01:00']);
  });
});

describe('planner, version 2: exempt employees (§ 10-12, spec § 7.4)', () => {
  it('get only agreement.* lines', () => {
    const exempt = agreement({}, { exempt: 'leading' });
    const sessions = [...weekdays('2026-11-23', '07:00', '19:00'), work('2026-11-28T08:00:00+01:00', '2026-11-28T16:00:00+01:00')];
    const p = plan({ sessions, agreement: exempt, now: at('2026-11-28T16:00:00+01:00') });
    const rules = [...p.upcoming, ...p.passed].map((i) => i.rule);
    expect(rules.filter((r) => r.startsWith('aml.'))).toEqual([]);
    // The same day without the exemption has the aml.* lines (the filter is what removes them).
    const q = plan({ sessions, agreement: a, now: at('2026-11-28T16:00:00+01:00') });
    expect([...q.upcoming, ...q.passed].map((i) => i.reason)).toEqual(expect.arrayContaining(['break-due', 'total-week-limit', 'weekly-rest-latest-stop', 'sunday-start']));
    const tue = plan({ sessions: [work('2026-11-24T08:00:00+01:00', '2026-11-24T15:20:00+01:00')], agreement: exempt, now: at('2026-11-24T15:20:00+01:00') });
    expect(tue.upcoming.map((i) => i.reason)).toEqual(['agreed-end-soon', 'agreed-end']);
  });
});

describe('planner, version 2 messages', () => {
  it.each([
    ['break-due', '2026-11-24T13:20:00+01:00', 'Kl. 13:30 har du arbeidet 5,5 timer i strekk uten pause. Ta en pause på minst 15 minutter før det (arbeidsmiljøloven § 10-9).', 'At 13:30 you will have worked 5.5 hours in a row without a break. Take a break of at least 15 minutes before then (AML § 10-9).'],
    ['total-week-limit', '2026-11-28T16:50:00+01:00', 'Kl. 17:00 når du 69 timer denne uken, det meste loven tillater i én enkelt uke (arbeidsmiljøloven § 10-6 (8)).', 'At 17:00 you reach 69 hours this week, the most the law allows in any single week (AML § 10-6 (8)).'],
  ] as const)('%s in nb, nn and en', (reason, now, nb, en) => {
    const sessions = reason === 'break-due' ? [work('2026-11-24T08:00:00+01:00', now)] : [...weekdays('2026-11-23', '07:00', '19:00'), work('2026-11-28T08:00:00+01:00', now)];
    const item = plan({ sessions, agreement: a, now: at(now) }).upcoming.find((i) => i.reason === reason)!;
    expect(item.message.nb).toBe(nb);
    expect(item.message.en).toBe(en);
    expect(item.message.nn).not.toBe(item.message.nb);
    expect(item.message.nn).toMatch(/arbeidsmiljølova/);
  });
});
