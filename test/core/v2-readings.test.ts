/**
 * Specification version 2 (working-time-rules.md § 7), item by item: each row gives the sessions, the
 * agreement settings and the findings of one rule expected under the version 2 default and, where the
 * reading was a choice, under the version 1 setting (the version 1 result).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, VERSION_1_READINGS, type Agreement, type Finding, type Limits, type Session } from '../../src/core/index';
import { emptyWindows } from '../../src/core/agreement/defaults';
import { agreement, work } from '../helpers/build';

const run = (sessions: readonly Session[], a: Agreement = agreement()) => evaluate({ sessions, agreement: a });
const keys = (fs: readonly Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.key}`);
const own = { initiative: 'own' as const };

/** [from, to] local times on a date in September 2026 (+02:00). */
const day = (date: string, ...pieces: [string, string][]): Session[] => pieces.map(([a, b]) => work(`${date}T${a}:00+02:00`, `${date}T${b}:00+02:00`));
/** Consecutive dates from a September 2026 date, each with the same pieces. */
function days(first: number, count: number, ...pieces: [string, string][]): Session[] {
  const out: Session[] = [];
  for (let k = 0; k < count; k++) out.push(...day(`2026-09-${String(first + k).padStart(2, '0')}`, ...pieces));
  return out;
}

interface Row {
  readonly name: string;
  readonly sessions: readonly Session[];
  readonly limits?: Partial<Limits>;
  readonly rest?: Partial<Agreement>;
  readonly rule: string;
  /** Findings of `rule` under the version 2 defaults (plus `limits`). */
  readonly v2: readonly string[];
  /** Findings of `rule` with the version 1 setting of this item added, where there is one. */
  readonly v1?: { readonly limits: Partial<Limits>; readonly findings: readonly string[] };
}

const ministry = [...day('2026-09-14', ['08:00', '16:00']), work('2026-09-14T21:00:00+02:00', '2026-09-14T23:00:00+02:00', own)];

const ROWS: readonly Row[] = [
  // § 7.1 daily rest between work days
  {
    name: '7.1 the ministry example: until 23:00 on own initiative, next start 10:00 is lawful',
    sessions: [...ministry, ...day('2026-09-15', ['10:00', '16:00'])],
    limits: { ownInitiativeEvening: true },
    rule: 'aml.10-8.daily-rest',
    v2: [],
    v1: { limits: { dailyRestReading: 'within-24h' }, findings: ['violation 2026-09-14'] },
  },
  {
    name: '7.1 the same evening and a start at 08:00 leaves 9 h between two work days',
    sessions: [...ministry, ...day('2026-09-15', ['08:00', '16:00'])],
    limits: { ownInitiativeEvening: true },
    rule: 'aml.10-8.daily-rest',
    v2: ['violation 2026-09-14'],
    v1: { limits: { dailyRestReading: 'within-24h' }, findings: ['violation 2026-09-14'] },
  },
  {
    name: '7.1 a 14 h day followed by 11 h of rest is no daily-rest violation (the day limits judge it)',
    sessions: [...day('2026-09-14', ['07:00', '11:30'], ['12:00', '21:00']), ...day('2026-09-15', ['08:00', '15:00'])],
    rule: 'aml.10-8.daily-rest',
    v2: [],
    v1: { limits: { dailyRestReading: 'within-24h' }, findings: ['violation 2026-09-14'] },
  },
  // § 7.2 weekly rest inside fixed seven-day periods
  {
    name: '7.2 twelve working days in a row (Mon 7 – Fri 18): the first period has no 35 h of rest, the second ends free',
    sessions: days(7, 12, ['08:00', '11:30'], ['12:00', '16:00']),
    rule: 'aml.10-8.weekly-rest',
    v2: ['violation 2026-W37'],
  },
  {
    name: '7.2 Tuesday–Saturday worker with Monday periods: the free run is split by the boundary',
    sessions: [...days(8, 5, ['09:00', '17:00']), ...days(15, 5, ['09:00', '17:00']), ...days(22, 5, ['09:00', '17:00'])],
    rule: 'aml.10-8.weekly-rest',
    v2: ['violation 2026-W37', 'violation 2026-W38', 'violation 2026-W39'],
    v1: { limits: { weeklyRestCounting: 'starts-in-period' }, findings: [] },
  },
  {
    name: '7.2 the same worker with periods from Saturday 17:00 (what the form proposes)',
    sessions: [...days(8, 5, ['09:00', '17:00']), ...days(15, 5, ['09:00', '17:00']), ...days(22, 5, ['09:00', '17:00'])],
    limits: { weeklyRestPeriodStart: { weekday: 'sat', minute: 17 * 60 } },
    rule: 'aml.10-8.weekly-rest',
    v2: [],
  },
  {
    name: '7.2 a Monday–Friday office worker is compliant with the default periods',
    sessions: [...days(7, 5, ['08:00', '16:00']), ...days(14, 5, ['08:00', '16:00'])],
    rule: 'aml.10-8.weekly-rest',
    v2: [],
  },
  // § 7.3 breaks per working stretch
  {
    name: '7.3 nine hours straight and a call-out in the evening: the first stretch lacks its break',
    sessions: [...day('2026-09-08', ['08:00', '17:00'], ['21:00', '22:00'])],
    rule: 'aml.10-9.break',
    v2: ['warning 2026-09-08'],
    v1: { limits: { breakStretchGapMinutes: 720 }, findings: [] },
  },
  {
    name: '7.3 a 90-minute gap does not end the stretch, so it is the break',
    sessions: [...day('2026-09-08', ['08:00', '12:00'], ['13:30', '17:00'])],
    rule: 'aml.10-9.break',
    v2: [],
  },
  {
    name: '7.3 § 10-9 (2): 2 h 45 min after the agreed end 15:45 with no pause',
    sessions: [...day('2026-09-08', ['08:00', '11:30'], ['12:00', '18:30'])],
    rule: 'aml.10-9.overtime-break',
    v2: ['warning 2026-09-08'],
  },
  {
    name: '7.3 § 10-9 (2): a 30-minute pause after the agreed end',
    sessions: [...day('2026-09-08', ['08:00', '11:30'], ['12:00', '16:30'], ['17:00', '19:00'])],
    rule: 'aml.10-9.overtime-break',
    v2: [],
  },
  {
    name: '7.3 § 10-9 (2): only the pause after the end counts (15:30–16:00 gives 15 min)',
    sessions: [...day('2026-09-08', ['08:00', '11:30'], ['12:00', '15:30'], ['16:00', '18:30'])],
    rule: 'aml.10-9.overtime-break',
    v2: ['warning 2026-09-08'],
  },
  {
    name: '7.3 § 10-9 (2): exactly 2 h after the end needs no pause',
    sessions: [...day('2026-09-08', ['08:00', '11:30'], ['12:00', '17:45'])],
    rule: 'aml.10-9.overtime-break',
    v2: [],
  },
  {
    name: '7.3 § 10-9 (2) on a Saturday without agreed windows: the end is where the day reaches 9 h',
    sessions: [...day('2026-09-12', ['07:00', '11:30'], ['12:00', '19:00'])],
    rule: 'aml.10-9.overtime-break',
    v2: ['warning 2026-09-12'],
  },
  // § 7.4 exempt employees
  {
    name: '7.4 an exempt employee gets no § 10-9 warning (nor any aml.* finding)',
    sessions: [...day('2026-09-08', ['08:00', '17:00'])],
    rest: { exempt: 'leading' },
    rule: 'aml.10-9.break',
    v2: [],
  },
  // § 7.5 on-call towards the week only
  {
    name: '7.5 a 7.5 h day and an evening on call is no AML overtime',
    sessions: [...day('2026-09-08', ['08:00', '11:30'], ['12:00', '16:00']), { ...work('2026-09-08T16:00:00+02:00', '2026-09-09T07:00:00+02:00'), kind: 'on-call' }],
    rule: 'aml.10-6.overtime-day',
    v2: [],
    v1: { limits: { onCallCountsTowardDay: true }, findings: ['needs-basis 2026-09-08'] },
  },
  // § 7.6 69 h in a single week
  {
    name: '7.6 70 h in one week under tariff averaging',
    sessions: [...days(7, 5, ['07:00', '11:30'], ['12:00', '21:00']), ...day('2026-09-12', ['08:00', '11:30'])],
    limits: { averaging: { kind: 'tariff', from: '2026-09-01', to: '2026-10-31' }, tariffOvertime: true, extendedTotalDay: true },
    rule: 'aml.10-6.total-week',
    v2: ['violation 2026-W37'],
  },
  {
    name: '7.6 68.5 h in one week is within the single-week ceiling',
    sessions: [...days(7, 5, ['07:00', '11:30'], ['12:00', '21:00']), ...day('2026-09-12', ['08:00', '09:00'])],
    limits: { averaging: { kind: 'tariff', from: '2026-09-01', to: '2026-10-31' }, tariffOvertime: true, extendedTotalDay: true },
    rule: 'aml.10-6.total-week',
    v2: [],
  },
  // § 7.7 hours above the averaging cap are overtime
  {
    name: '7.7 52 h under individual averaging: 2 h of AML overtime',
    sessions: [...days(7, 5, ['07:00', '12:00'], ['12:30', '17:30']), ...day('2026-09-12', ['08:00', '10:00'])],
    limits: { averaging: { kind: 'individual', from: '2026-09-01', to: '2026-11-30' } },
    rule: 'aml.10-6.overtime-week',
    v2: ['needs-basis 2026-W37'],
  },
  // § 7.8 home days
  {
    name: '7.8 one hour a week at home for five weeks is sporadic',
    sessions: [0, 7, 14, 21, 28].flatMap((k) => [work(`2026-09-${String(7 + (k % 24)).padStart(2, '0')}T08:00:00+02:00`, `2026-09-${String(7 + (k % 24)).padStart(2, '0')}T09:00:00+02:00`)]),
    rest: { homeOffice: null },
    rule: 'forskrift.agreement-missing',
    v2: [],
  },
  {
    name: '7.8 four home days of 4 h in four weeks need an agreement',
    sessions: [...day('2026-09-07', ['08:00', '12:00']), ...day('2026-09-15', ['08:00', '12:00']), ...day('2026-09-23', ['08:00', '12:00']), ...day('2026-10-01', ['08:00', '12:00'])],
    rest: { homeOffice: null },
    rule: 'forskrift.agreement-missing',
    v2: ['warning 2026-W37'],
  },
  {
    name: '7.8 four days of 3 h 30 min are not home days at 37.5 h a week (3 h 45 min needed)',
    sessions: [...day('2026-09-07', ['08:00', '11:30']), ...day('2026-09-08', ['08:00', '11:30']), ...day('2026-09-09', ['08:00', '11:30']), ...day('2026-09-10', ['08:00', '11:30'])],
    rest: { homeOffice: null },
    rule: 'forskrift.agreement-missing',
    v2: [],
  },
  {
    name: '7.8 office days never count as home days',
    sessions: ['07', '08', '09', '10', '11'].flatMap((d) => [work(`2026-09-${d}T08:00:00+02:00`, `2026-09-${d}T16:00:00+02:00`, { location: 'office' })]),
    rest: { homeOffice: null },
    rule: 'forskrift.agreement-missing',
    v2: [],
  },
  // § 7.9 no agreed windows
  {
    name: '7.9 an agreement without windows has no outside-hours findings',
    sessions: [...day('2026-09-08', ['18:00', '20:00'])],
    rest: { windows: emptyWindows() },
    rule: 'agreement.outside-hours',
    v2: [],
  },
];

describe('specification version 2 readings (§ 7)', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const base = agreement(row.limits ?? {}, row.rest ?? {});
    expect(keys(run(row.sessions, base).findings, row.rule)).toEqual(row.v2);
    if (row.v1) {
      const v1 = { ...base, limits: { ...base.limits, ...row.v1.limits } };
      expect(keys(run(row.sessions, v1).findings, row.rule)).toEqual(row.v1.findings);
    }
  });

  it('7.1 measures the free time between the two work days against restDaily', () => {
    const f = run([...ministry, ...day('2026-09-15', ['08:00', '16:00'])], agreement({ ownInitiativeEvening: true })).findings.find((x) => x.rule === 'aml.10-8.daily-rest');
    expect(f).toMatchObject({ measured: 9, limit: 11, key: '2026-09-14' });
    expect(f?.message.nb).toContain('9 timer fri mellom to arbeidsdager');
  });

  it('7.4 keeps agreement.* findings for an exempt employee and reports no overtime', () => {
    const r = run([...day('2026-09-08', ['08:00', '19:00'])], agreement({}, { exempt: 'independent' }));
    expect(r.findings.map((f) => f.rule)).toEqual(['agreement.outside-hours']);
    expect(r.days[0]).toMatchObject({ hours: 11, overtime: 0 });
  });

  it('7.6 counts the on-call share towards the 69 h', () => {
    const sessions = [...days(7, 5, ['07:00', '11:30'], ['12:00', '20:30']), { ...work('2026-09-12T00:00:00+02:00', '2026-09-14T00:00:00+02:00'), kind: 'on-call' as const }];
    const limits = { averaging: { kind: 'tariff' as const, from: '2026-09-01', to: '2026-10-31' }, tariffOvertime: true, extendedTotalDay: true };
    const r = run(sessions, agreement(limits));
    expect(r.weeks[0]!.hours).toBeCloseTo(65 + 48 / 7, 6);
    expect(keys(r.findings, 'aml.10-6.total-week')).toEqual(['violation 2026-W37']);
  });

  it('7.7 never emits aml.10-5.week-cap', () => {
    const sessions = [...days(7, 6, ['06:00', '12:00'], ['12:30', '19:00'])];
    const r = run(sessions, agreement({ averaging: { kind: 'tariff', from: '2026-09-01', to: '2026-10-31' }, tariffOvertime: true }));
    expect(r.findings.map((f) => f.rule as string)).not.toContain('aml.10-5.week-cap');
    expect(r.weeks[0]!.overtime).toBeGreaterThan(0);
  });

  it('7.8 without agreed weekly hours a home day needs 4 h', () => {
    const four = [...day('2026-09-07', ['08:00', '12:00']), ...day('2026-09-08', ['08:00', '12:00']), ...day('2026-09-09', ['08:00', '12:00']), ...day('2026-09-10', ['08:00', '12:00'])];
    const shorter = four.map((s) => ({ ...s, end: s.end - 60_000 }));
    const a = agreement({}, { homeOffice: null, weeklyHours: null });
    expect(keys(run(four, a).findings, 'forskrift.agreement-missing')).toEqual(['warning 2026-W37']);
    expect(keys(run(shorter, a).findings, 'forskrift.agreement-missing')).toEqual([]);
  });

  it('version 1 readings are exactly the named settings', () => {
    expect(VERSION_1_READINGS).toEqual({ dailyRestReading: 'within-24h', weeklyRestCounting: 'starts-in-period', onCallCountsTowardDay: true });
  });
});
