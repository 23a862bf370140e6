import { describe, expect, it } from 'vitest';
import { buildSummary, checkGroups, parsePeriod, roundTo } from '../../../src/core/anonymise/index';
import { finding, report } from './helpers';

const period = parsePeriod('2026-11')!;
const ID = '11111111-1111-4111-8111-111111111111';

describe('buildSummary', () => {
  const r = report({
    weeks: [
      { week: '2026-W45', start: 0, end: 0, hours: 41.26, overtime: 1.26, merarbeid: 2.24, },
      { week: '2026-W44', start: 0, end: 0, hours: 50, overtime: 10, merarbeid: 0 },
    ],
    days: [
      { day: '2026-11-02', start: 0, end: 0, hours: 10, overtime: 1, night: 1.4, sunday: 0, outsideAgreed: 0.8 },
      { day: '2026-11-08', start: 0, end: 0, hours: 3, overtime: 0, night: 0.2, sunday: 2.6, outsideAgreed: 1.0 },
      { day: '2026-10-31', start: 0, end: 0, hours: 3, overtime: 0, night: 5, sunday: 5, outsideAgreed: 5 },
    ],
    findings: [
      finding('aml.10-8.daily-rest', '2026-11-02', 'violation'),
      finding('aml.10-8.daily-rest', '2026-11-03', 'violation'),
      finding('aml.10-11.night', '2026-11-02', 'needs-basis'),
      finding('aml.10-6.overtime-week', '2026-W46', 'needs-basis'),
      finding('aml.10-8.daily-rest', '2026-10-30', 'violation'),
    ],
  });
  const s = buildSummary({ report: r, period, groups: { department: 'IT' }, id: ID, created: '2026-W49' });

  it('has every week of the period, in order, and nothing outside it', () => {
    expect(s.weeks.map((w) => w.week)).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    expect(s).toMatchObject({ format: 'fyrabend.summary/2', id: ID, period: '2026-11', created: '2026-W49', groups: { department: 'IT' } });
    expect(s.invite).toBeUndefined();
  });

  it('rounds hours to whole hours and overtime, merarbeid and outside-agreed to half hours', () => {
    expect(s.weeks[0]).toEqual({
      week: '2026-W45',
      hours: 41,
      overtime: 1.5,
      merarbeid: 2,
      night: 2,
      sunday: 3,
      outsideAgreed: 2,
      findings: { 'aml.10-11.night': { 'needs-basis': 1 }, 'aml.10-8.daily-rest': { violation: 2 } },
    });
    expect(s.weeks[1]).toMatchObject({ hours: 0, overtime: 0, findings: { 'aml.10-6.overtime-week': { 'needs-basis': 1 } } });
  });

  it('does not mutate the report', () => {
    const copy = JSON.parse(JSON.stringify(r));
    buildSummary({ report: r, period, groups: {}, id: ID, created: '2026-W49' });
    expect(r).toEqual(copy);
  });

  it.each([
    [1.24, 0.5, 1],
    [1.25, 0.5, 1.5],
    [0.2, 0.5, 0],
    [2.5, 1, 3],
    [-0.1, 0.5, 0],
  ])('roundTo(%d, %d) = %d', (v, step, want) => {
    expect(roundTo(v, step)).toBe(want);
    expect(Object.is(roundTo(v, step), -0)).toBe(false);
  });
});

describe('checkGroups', () => {
  const options = { department: ['IT', 'Sales'], workplace: ['Oslo'] };
  it.each([
    [{ department: 'IT' }, true],
    [{ department: 'it' }, false],
    [{ department: 'Kari Nordmann' }, false],
    [{ team: 'IT' }, false],
    [{ workplace: 'Oslo', department: 'Sales' }, true],
    [{ jobCategory: 'Nurse' }, false],
  ])('%j → ok %s', (req, ok) => {
    expect(checkGroups(req, options).ok).toBe(ok);
  });
  it('returns labels in dimension order', () => {
    const r = checkGroups({ department: 'IT', workplace: 'Oslo' }, options);
    expect(r.ok && Object.keys(r.value)).toEqual(['workplace', 'department']);
  });
});
