/**
 * Table-driven tests of each rule (spec §3) and the edge cases of spec §5, in Europe/Oslo,
 * including the DST weeks (last Sundays of March and October), Easter, 17 May and Christmas.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type Finding, type Session, type Agreement } from '../../src/core/index';
import { agreement, work } from '../helpers/build';

const run = (sessions: Session[], a: Agreement = agreement()) => evaluate({ sessions, agreement: a });
const keys = (fs: readonly Finding[], rule: string) => fs.filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.key}`);

/** Mon–Fri from a Monday, each day [from, to) with a 30-minute lunch at 11:30. */
function weekOf(monday: string, days: number, from = '08:00', to = '16:00', offset = '+02:00'): Session[] {
  const out: Session[] = [];
  const d0 = new Date(`${monday}T00:00:00Z`).getTime();
  for (let k = 0; k < days; k++) {
    const date = new Date(d0 + k * 86_400_000).toISOString().slice(0, 10);
    out.push(work(`${date}T${from}:00${offset}`, `${date}T11:30:00${offset}`), work(`${date}T12:00:00${offset}`, `${date}T${to}:00${offset}`));
  }
  return out;
}

describe('spec §5 edge cases', () => {
  it('5.1 night shift across midnight is one 10 h work day; next compliant start 03-11 17:00 (version 1 reading)', () => {
    const r = run([work('2026-03-10T20:00:00+01:00', '2026-03-11T06:00:00+01:00')]);
    expect(r.days).toHaveLength(1);
    expect(r.days[0]).toMatchObject({ day: '2026-03-10', hours: 10, overtime: 1, night: 9 });
    expect(keys(r.findings, 'aml.10-9.break')).toEqual(['warning 2026-03-10']);
    // Work starting 11 h after 06:00 keeps daily rest: a new main work period, no daily-rest finding.
    const next = run([work('2026-03-10T20:00:00+01:00', '2026-03-11T06:00:00+01:00'), work('2026-03-11T17:00:00+01:00', '2026-03-11T18:00:00+01:00')]);
    expect(keys(next.findings, 'aml.10-8.daily-rest')).toEqual([]);
    const earlySessions = [work('2026-03-10T20:00:00+01:00', '2026-03-11T06:00:00+01:00'), work('2026-03-11T16:59:00+01:00', '2026-03-11T18:00:00+01:00')];
    expect(keys(run(earlySessions, agreement({ dailyRestReading: 'within-24h' })).findings, 'aml.10-8.daily-rest')).toEqual(['violation 2026-03-10']);
    // § 7.1: 16:59 lies inside the first work day's 24 h, so it is the same work day, not a second one too soon.
    expect(keys(run(earlySessions).findings, 'aml.10-8.daily-rest')).toEqual([]);
    // Work after 8 h off that runs past 20:00 reaches into a second work day without the rest between them.
    const nextDay = run([work('2026-03-10T20:00:00+01:00', '2026-03-11T06:00:00+01:00'), work('2026-03-11T14:00:00+01:00', '2026-03-11T22:00:00+01:00')]);
    expect(nextDay.findings.filter((f) => f.rule === 'aml.10-8.daily-rest').map((f) => [f.key, f.measured])).toEqual([['2026-03-10', 0]]);
  });

  it('5.3 DST: autumn night session lasts 10 h, spring night session 8 h', () => {
    expect(run([work('2026-10-24T22:00:00+02:00', '2026-10-25T07:00:00+01:00')]).days[0]!.hours).toBe(10);
    expect(run([work('2026-03-28T23:00:00+01:00', '2026-03-29T08:00:00+02:00')]).days[0]!.hours).toBe(8);
  });

  it('5.5 Saturday 17:30–18:30 then work the next Sunday window ⇒ sunday-following', () => {
    const r = run([work('2026-06-13T17:30:00+02:00', '2026-06-13T18:30:00+02:00'), work('2026-06-21T10:00:00+02:00', '2026-06-21T11:00:00+02:00')]);
    expect(keys(r.findings, 'aml.10-10.sunday')).toEqual(['needs-basis 2026-06-14', 'needs-basis 2026-06-21']);
    expect(keys(r.findings, 'aml.10-8.sunday-following')).toEqual(['violation 2026-06-21']);
    const averaging = run(
      [work('2026-06-13T17:30:00+02:00', '2026-06-13T18:30:00+02:00'), work('2026-06-21T10:00:00+02:00', '2026-06-21T11:00:00+02:00')],
      agreement({ sundayAveraging: true }),
    );
    expect(keys(averaging.findings, 'aml.10-8.sunday-following')).toEqual([]);
  });

  it('5.9 17 May 2027 (Whit Monday): Whit Saturday 15:00–16:00 is holiday work keyed Whit Sunday', () => {
    const r = run([work('2027-05-15T14:00:00+02:00', '2027-05-15T16:00:00+02:00')]);
    expect(keys(r.findings, 'aml.10-10.sunday')).toEqual(['needs-basis 2027-05-16']);
    expect(r.days[0]!.sunday).toBe(1);
  });

  it('5.10 a Monday–Friday 08:00–16:00 worker has compliant weekly rest', () => {
    const r = run([...weekOf('2026-09-07', 5), ...weekOf('2026-09-14', 5)]);
    expect(keys(r.findings, 'aml.10-8.weekly-rest')).toEqual([]);
  });

  it('5.12 180 h overtime in July–December and 180 h in January–June: each overtime year within 200 h', () => {
    // 18 weeks of 10 h overtime (5 × 11 h days + Saturday 5 h ⇒ 60 h: 10 h day excess... use 50 h weeks: 10 h weekly excess).
    const sessions: Session[] = [];
    const addWeeks = (firstMonday: string, n: number) => {
      const t0 = new Date(`${firstMonday}T00:00:00Z`).getTime();
      for (let w = 0; w < n; w++) {
        for (let d = 0; d < 5; d++) {
          const date = new Date(t0 + (w * 7 + d) * 86_400_000).toISOString().slice(0, 10);
          const off = date >= '2026-03-29' && date < '2026-10-25' ? '+02:00' : date >= '2027-03-28' ? '+02:00' : '+01:00';
          sessions.push(work(`${date}T07:00:00${off}`, `${date}T11:00:00${off}`), work(`${date}T11:30:00${off}`, `${date}T16:30:00${off}`));
        }
      }
    };
    addWeeks('2026-07-06', 18); // 45 h/week, 9 h days ⇒ 5 h weekly excess ... 18 × 5 = 90 h
    addWeeks('2027-01-04', 18);
    const r = run(sessions);
    expect(keys(r.findings, 'aml.10-6.overtime-year')).toEqual([]);
    const perYear = new Map<string, number>();
    for (const w of r.weeks) perYear.set(w.week.slice(0, 4), (perYear.get(w.week.slice(0, 4)) ?? 0) + w.overtime);
    expect(perYear.get('2026')).toBe(90);
    expect(perYear.get('2027')).toBe(90);
  });

  it('5.13 Monday–Thursday 9.5 h and Friday 6 h (44 h): AML overtime 4 h', () => {
    const s: Session[] = [];
    for (const d of ['07', '08', '09', '10']) s.push(work(`2026-09-${d}T07:30:00+02:00`, `2026-09-${d}T12:00:00+02:00`), work(`2026-09-${d}T12:30:00+02:00`, `2026-09-${d}T17:30:00+02:00`));
    s.push(work('2026-09-11T08:00:00+02:00', '2026-09-11T14:00:00+02:00'));
    const r = run(s);
    expect(r.weeks[0]).toMatchObject({ hours: 44, overtime: 4 });
  });
});

describe('overtime limits (§ 10-6 (4))', () => {
  it.each([
    ['10 h in a week is within the weekly limit', 50, false, []],
    ['11 h in a week breaks it', 51, false, ['violation 2026-W37']],
    ['11 h with a tariff agreement is within 20 h', 51, true, []],
  ])('%s', (_name, weekHours, tariff, expected) => {
    const s: Session[] = [];
    const perDay = weekHours / 6; // six days, no day above 9 h ⇒ only weekly excess
    for (const d of ['07', '08', '09', '10', '11', '12']) {
      const start = new Date(`2026-09-${d}T06:00:00Z`).getTime();
      s.push({ ...work(`2026-09-${d}T08:00:00+02:00`, `2026-09-${d}T09:00:00+02:00`), start, end: start + perDay * 3_600_000 });
    }
    const r = run(s, agreement({ tariffOvertime: tariff }));
    expect(keys(r.findings, 'aml.10-6.overtime-week-limit')).toEqual(expected);
  });

  it('total-day: 13.5 h in a work day is a violation (16 h allowed with extendedTotalDay)', () => {
    const s = [work('2026-09-08T06:00:00+02:00', '2026-09-08T12:00:00+02:00'), work('2026-09-08T12:30:00+02:00', '2026-09-08T20:00:00+02:00')];
    expect(keys(run(s).findings, 'aml.10-6.total-day')).toEqual(['violation 2026-09-08']);
    expect(keys(run(s, agreement({ extendedTotalDay: true })).findings, 'aml.10-6.total-day')).toEqual([]);
  });
});

describe('averaging (§ 10-5)', () => {
  const avg = agreement({ averaging: { kind: 'individual', from: '2026-09-01', to: '2026-11-30' } });
  it('10 h days are normal under an individual averaging agreement; 11 h are not', () => {
    const ten = run([work('2026-09-08T07:00:00+02:00', '2026-09-08T12:00:00+02:00'), work('2026-09-08T12:30:00+02:00', '2026-09-08T17:30:00+02:00')], avg);
    expect(keys(ten.findings, 'aml.10-6.overtime-day')).toEqual([]);
    const eleven = run([work('2026-09-08T07:00:00+02:00', '2026-09-08T12:00:00+02:00'), work('2026-09-08T12:30:00+02:00', '2026-09-08T18:30:00+02:00')], avg);
    expect(keys(eleven.findings, 'aml.10-6.overtime-day')).toEqual(['needs-basis 2026-09-08']);
  });
  it('a 52 h week: the 2 h above the 50 h cap are AML overtime (§ 7.7), not a violation of their own', () => {
    const s: Session[] = [];
    for (const d of ['07', '08', '09', '10', '11']) s.push(work(`2026-09-${d}T07:00:00+02:00`, `2026-09-${d}T12:00:00+02:00`), work(`2026-09-${d}T12:30:00+02:00`, `2026-09-${d}T17:30:00+02:00`));
    s.push(work('2026-09-12T08:00:00+02:00', '2026-09-12T10:00:00+02:00'));
    const r = run(s, avg);
    expect(r.findings.map((f) => f.rule)).not.toContain('aml.10-5.week-cap');
    expect(keys(r.findings, 'aml.10-6.overtime-week')).toEqual(['needs-basis 2026-W37']);
    expect(r.weeks[0]!.overtime).toBe(2);
  });
});

describe('breaks (§ 10-9)', () => {
  it.each([
    ['5.5 h without a break is fine', [['08:00', '13:30']], []],
    ['6 h without a break', [['08:00', '14:00']], ['warning 2026-09-08']],
    ['6 h with a 10-minute gap (below minBreak 15 min)', [['08:00', '11:00'], ['11:10', '14:10']], ['warning 2026-09-08']],
    ['8 h with one 20-minute break (below 30 min total)', [['08:00', '12:00'], ['12:20', '16:20']], ['warning 2026-09-08']],
    ['8 h with 15 + 15 minutes', [['08:00', '10:00'], ['10:15', '13:00'], ['13:15', '16:30']], []],
  ])('%s', (_n, pieces, expected) => {
    const s = (pieces as string[][]).map(([a, b]) => work(`2026-09-08T${a}:00+02:00`, `2026-09-08T${b}:00+02:00`));
    expect(keys(run(s).findings, 'aml.10-9.break')).toEqual(expected);
  });
});

describe('night work (§ 10-11)', () => {
  it('own initiative 21:00–23:00 is info; after 23:00 needs a basis', () => {
    const a = agreement({ ownInitiativeEvening: true });
    expect(keys(run([work('2026-09-15T21:00:00+02:00', '2026-09-15T23:00:00+02:00', { initiative: 'own' })], a).findings, 'aml.10-11.night')).toEqual(['info 2026-09-15']);
    expect(keys(run([work('2026-09-15T21:00:00+02:00', '2026-09-15T23:30:00+02:00', { initiative: 'own' })], a).findings, 'aml.10-11.night')).toEqual(['needs-basis 2026-09-15']);
    expect(keys(run([work('2026-09-15T21:00:00+02:00', '2026-09-15T22:00:00+02:00')], a).findings, 'aml.10-11.night')).toEqual(['needs-basis 2026-09-15']);
  });
  it('a recorded basis turns night work into info', () => {
    expect(keys(run([work('2026-09-15T22:00:00+02:00', '2026-09-16T01:00:00+02:00')], agreement({ basis: { night: true, sunday: false } })).findings, 'aml.10-11.night')).toEqual(['info 2026-09-15']);
  });
  it('the autumn DST night holds 10 h of real time', () => {
    const r = run([work('2026-10-24T21:00:00+02:00', '2026-10-25T06:00:00+01:00')]);
    expect(r.findings.find((f) => f.rule === 'aml.10-11.night')!.measured).toBe(10);
  });
});

describe('weekly rest (§ 10-8 (2))', () => {
  it('28 h is enough with an agreement of 28 h', () => {
    // Work every day 08:00–16:00 except a gap Saturday 16:00 → Sunday 20:00 (28 h).
    const s = [...weekOf('2026-09-07', 6), work('2026-09-13T20:00:00+02:00', '2026-09-13T22:00:00+02:00'), ...weekOf('2026-09-14', 1)];
    expect(keys(run(s).findings, 'aml.10-8.weekly-rest')).toEqual(['violation 2026-W37']);
    expect(keys(run(s, agreement({ restWeeklyHours: 28 })).findings, 'aml.10-8.weekly-rest')).toEqual([]);
  });
});

describe('on-call (§ 10-4 (3))', () => {
  it('counts 1/7 towards the week only (§ 7.5), towards the work day too with the version 1 setting, and does not interrupt rest', () => {
    const s = [work('2026-09-08T08:00:00+02:00', '2026-09-08T15:00:00+02:00'), { ...work('2026-09-08T15:00:00+02:00', '2026-09-09T05:00:00+02:00'), kind: 'on-call' as const }];
    const r = run(s);
    expect(r.days[0]!.hours).toBeCloseTo(7, 6);
    expect(r.weeks[0]!.hours).toBeCloseTo(9, 6);
    expect(keys(r.findings, 'aml.10-8.daily-rest')).toEqual([]);
    const v1 = run(s, agreement({ onCallCountsTowardDay: true }));
    expect(v1.days[0]!.hours).toBeCloseTo(9, 6);
    expect(v1.weeks[0]!.hours).toBeCloseTo(9, 6);
  });
});

describe('agreement rules (forskrift § 2)', () => {
  it('availability marked outside the agreed availability is a warning', () => {
    const r = evaluate({ sessions: [], agreement: agreement(), availability: [{ start: Date.parse('2026-09-08T19:00:00Z'), end: Date.parse('2026-09-08T20:00:00Z') }] });
    expect(keys(r.findings, 'agreement.outside-availability')).toEqual(['warning 2026-09-08']);
  });
  it('four weeks with home days and no home-office agreement', () => {
    const s = [...weekOf('2026-09-07', 1), ...weekOf('2026-09-14', 1), ...weekOf('2026-09-21', 1), ...weekOf('2026-09-28', 1)];
    expect(keys(run(s, agreement({}, { homeOffice: null })).findings, 'forskrift.agreement-missing')).toEqual(['warning 2026-W37']);
    expect(keys(run(s.slice(2), agreement({}, { homeOffice: null })).findings, 'forskrift.agreement-missing')).toEqual([]);
  });
});

describe('exempt employees (§ 10-12)', () => {
  it('drop chapter-10 violations and needs-basis; keep agreement warnings; overtime 0', () => {
    const r = run([work('2026-03-10T20:00:00+01:00', '2026-03-11T06:00:00+01:00')], agreement({}, { exempt: 'leading' }));
    expect(r.findings.every((f) => !f.rule.startsWith('aml.') || f.severity === 'warning' || f.severity === 'info')).toBe(true);
    expect(keys(r.findings, 'agreement.outside-hours')).toEqual(['warning 2026-03-10']);
    expect(r.weeks[0]!.overtime).toBe(0);
  });
});

describe('Christmas and Easter work', () => {
  it('Christmas Eve 16:00–17:00 is holiday work keyed 25 December', () => {
    expect(keys(run([work('2026-12-24T16:00:00+01:00', '2026-12-24T17:00:00+01:00')]).findings, 'aml.10-10.sunday')).toEqual(['needs-basis 2026-12-25']);
  });
  it('Easter Monday 22:00–23:00 before an ordinary Tuesday is not holiday work', () => {
    expect(keys(run([work('2026-04-06T22:00:00+02:00', '2026-04-06T23:00:00+02:00')]).findings, 'aml.10-10.sunday')).toEqual([]);
  });
});
