/**
 * Absence, expected hours and the flexitime balance (issue 15): expected = agreed hours of the
 * agreement in force, 0 on red days, less absence; balance = worked − expected (+ carried over);
 * work on a sick or holiday date is `absence.work-while-absent`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balanceOf, evaluate, agreedHoursOn, zoneClock, parseDate, emptyWindows, type Absence, type Agreement, type Session } from '../../src/core/index';
import { agreement, work } from '../helpers/build';

const oslo = zoneClock('Europe/Oslo');
const bal = (sessions: Session[], absences: Absence[], from: string, to: string, agreements: Agreement[] = [agreement()], carriedOver?: number) =>
  balanceOf({ sessions, agreements, absences, zone: 'Europe/Oslo', from, to, carriedOver });

describe('agreed hours of a date: one function', () => {
  it.each([
    ['a weekday with the 08:00–15:45 window', agreement(), '2026-09-08', 7.75],
    ['a Saturday without a window', agreement(), '2026-09-12', 0],
    ['no windows: weekly hours / 5 on a weekday', agreement({}, { windows: emptyWindows(), weeklyHours: 37.5 }), '2026-09-08', 7.5],
    ['no windows: nothing on Saturday', agreement({}, { windows: emptyWindows(), weeklyHours: 37.5 }), '2026-09-12', 0],
    ['no windows and no weekly hours', agreement({}, { windows: emptyWindows(), weeklyHours: null }), '2026-09-08', 0],
    ['a night window over the spring clock change lasts what it lasts', agreement({}, { windows: { ...emptyWindows(), sun: [{ from: 0, to: 6 * 60 }] } }), '2026-03-29', 5],
  ])('%s', (_n, a, date, hours) => {
    expect(agreedHoursOn(a, parseDate(date), oslo)).toBeCloseTo(hours, 9);
  });
});

describe('expected hours and balance', () => {
  it('a week with a day of holiday is not a short week: expected drops by that day', () => {
    const sessions = ['07', '08', '09', '10'].map((d) => work(`2026-09-${d}T08:00:00+02:00`, `2026-09-${d}T15:45:00+02:00`));
    const b = bal(sessions, [{ kind: 'ferie', from: '2026-09-11', to: '2026-09-11', hours: null }], '2026-09-07', '2026-09-13');
    expect(b.expected).toBeCloseTo(4 * 7.75, 9);
    expect(b.balance).toBeCloseTo(0, 9);
    expect(b.days.find((d) => d.date === '2026-09-11')).toMatchObject({ absence: 7.75, expected: 0, kinds: ['ferie'] });
  });

  it('a part-day absence takes its hours, never more than the day holds', () => {
    const b = bal([], [{ kind: 'sykt-barn', from: '2026-09-08', to: '2026-09-08', hours: 3.5 }, { kind: 'annet', from: '2026-09-08', to: '2026-09-08', hours: 6 }], '2026-09-08', '2026-09-08');
    expect(b.days[0]).toMatchObject({ agreed: 7.75, absence: 7.75, expected: 0 });
  });

  it.each([
    ['Easter: Maundy Thursday to Easter Monday expect nothing', '2026-04-02', '2026-04-06', 0],
    ['17 May 2027 (a Monday) expects nothing', '2027-05-17', '2027-05-17', 0],
    ['16 May 2028 (the day before) is an ordinary working day', '2028-05-16', '2028-05-16', 7.75],
    ['the week of the autumn clock change', '2026-10-19', '2026-10-25', 5 * 7.75],
  ])('%s', (_n, from, to, expected) => {
    expect(bal([], [], from, to).expected).toBeCloseTo(expected, 9);
  });

  it('a part-time agreement and an agreement change in the middle of the month', () => {
    const fullTime = agreement({}, { validFrom: '2026-01-01' });
    const partTime = agreement({}, { validFrom: '2026-09-16', windows: { ...emptyWindows(), mon: [{ from: 480, to: 720 }], wed: [{ from: 480, to: 720 }] }, weeklyHours: 8 });
    const b = bal([], [], '2026-09-01', '2026-09-30', [fullTime, partTime]);
    // 1–15 Sep: 11 weekdays × 7.75 h; 16–30 Sep: Mondays 21, 28 and Wednesdays 16, 23, 30 × 4 h.
    expect(b.expected).toBeCloseTo(11 * 7.75 + 5 * 4, 9);
  });

  it('counts worked time once across overlaps and splits it at local midnight', () => {
    const sessions = [work('2026-09-08T22:00:00+02:00', '2026-09-09T02:00:00+02:00'), work('2026-09-08T23:00:00+02:00', '2026-09-09T01:00:00+02:00')];
    const b = bal(sessions, [], '2026-09-08', '2026-09-09');
    expect(b.days.map((d) => d.worked)).toEqual([2, 2]);
  });

  it('adds a balance carried over from before Fyrabend once, to the total', () => {
    const b = bal([], [], '2026-09-12', '2026-09-13', [agreement()], 3.25);
    expect(b.balance).toBe(3.25);
    expect(b.days.every((d) => d.balance === 0)).toBe(true);
  });

  it('property: balance = worked − expected + carried over, and the days add up', () => {
    const base = Date.parse('2026-03-16T00:00:00Z');
    const arb = fc.array(fc.record({ start: fc.integer({ min: 0, max: 20 * 24 * 60 }), length: fc.integer({ min: 1, max: 16 * 60 }) }), { maxLength: 30 });
    const absArb = fc.array(fc.record({ day: fc.integer({ min: 0, max: 20 }), len: fc.integer({ min: 0, max: 3 }), hours: fc.option(fc.double({ min: 0.5, max: 8, noNaN: true }), { nil: null }) }), { maxLength: 4 });
    fc.assert(
      fc.property(arb, absArb, fc.double({ min: -50, max: 50, noNaN: true }), (raw, rawAbs, carried) => {
        const sessions = raw.map((r) => ({ start: base + r.start * 60_000, end: base + (r.start + r.length) * 60_000, kind: 'work' as const, location: 'home' as const, initiative: 'employer' as const, breakWithDuties: false }));
        const day = (k: number) => new Date(base + k * 86_400_000).toISOString().slice(0, 10);
        const absences: Absence[] = rawAbs.map((a) => ({ kind: 'ferie', from: day(a.day), to: day(a.day + a.len), hours: a.hours }));
        const b = bal(sessions, absences, '2026-03-14', '2026-04-08', [agreement()], carried);
        expect(b.balance).toBeCloseTo(b.worked - b.expected + carried, 6);
        expect(b.days.reduce((s, d) => s + d.balance, 0)).toBeCloseTo(b.worked - b.expected, 6);
        const total = sessions.reduce((s, x) => s + x.end - x.start, 0);
        expect(b.worked).toBeLessThanOrEqual(total / 3_600_000 + 1e-9);
      }),
      { numRuns: 100 },
    );
  });
});

describe('absence.work-while-absent', () => {
  const sick: Absence = { kind: 'sykdom', from: '2026-09-08', to: '2026-09-09', hours: null, document: 'egenmelding' };
  it.each([
    ['sykdom', 'Du er registrert syk denne dagen, men har arbeidet 2 timer.'],
    ['sykt-barn', 'Du er registrert hjemme med sykt barn denne dagen, men har arbeidet 2 timer.'],
    ['ferie', 'Du er registrert med ferie denne dagen, men har arbeidet 2 timer.'],
  ] as const)('work on a %s date is a warning keyed by the date', (kind, nb) => {
    const r = evaluate({ sessions: [work('2026-09-09T10:00:00+02:00', '2026-09-09T12:00:00+02:00')], agreement: agreement(), absences: [{ ...sick, kind }] });
    const f = r.findings.filter((x) => x.rule === 'absence.work-while-absent');
    expect(f.map((x) => `${x.severity} ${x.key} ${x.measured}`)).toEqual(['warning 2026-09-09 2']);
    expect(f[0]!.message.nb).toBe(nb);
  });

  it('time off in lieu, leave and other absences are not flagged, and an exempt employee keeps the warning', () => {
    const s = [work('2026-09-09T10:00:00+02:00', '2026-09-09T12:00:00+02:00')];
    for (const kind of ['avspasering', 'permisjon', 'annet'] as const) {
      expect(evaluate({ sessions: s, agreement: agreement(), absences: [{ ...sick, kind }] }).findings.map((f) => f.rule)).not.toContain('absence.work-while-absent');
    }
    const exempt = evaluate({ sessions: s, agreement: agreement({}, { exempt: 'leading' }), absences: [sick] });
    expect(exempt.findings.map((f) => f.rule)).toContain('absence.work-while-absent');
  });
});
