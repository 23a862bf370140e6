/**
 * Payroll classification under specification version 2 (issue 13): hours above the averaging cap of
 * § 10-5 are AML overtime (§ 7.7, no more aml.10-5.week-cap), and on-call outside the workplace counts
 * its 1/7 share towards the week only (§ 7.5, § 10-4 (3)), so an ordinary day followed by an evening on
 * call is no AML overtime. The version 1 setting gives the version 1 figures.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/engine/evaluate';
import { HOUR_MS } from '../../../src/core/time/units';
import { classify, DEFAULT_OVERTIME_RULES } from '../../../src/core/pay';
import type { Agreement, Session } from '../../../src/core/model';
import { agreement, onCall, stdDay, work } from '../../app/export/fixture';

const H = HOUR_MS;
const run = (sessions: Session[], a: Agreement) => {
  const report = evaluate({ sessions, agreement: a });
  return { report, c: classify({ sessions, agreement: a, report, overtime: DEFAULT_OVERTIME_RULES }) };
};
const hours = (ms: number) => Math.round((ms / H) * 1000) / 1000;

describe('pay classification, version 2 readings', () => {
  // Tariff averaging over the autumn; week 2026-W37 Monday–Friday 07:00–12:00 + 12:30–19:00 (11.5 h a day, 57.5 h).
  const averaging: Agreement = { ...agreement, limits: { ...agreement.limits, averaging: { kind: 'tariff', from: '2026-09-07', to: '2026-11-01' }, tariffOvertime: true } };
  const week = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11'].flatMap((d) => [work(d, '07:00', '12:00'), work(d, '12:30', '19:00')]);

  it('§ 7.7: the 3.5 h above the 54 h tariff cap are AML overtime in payroll, on the end of the week', () => {
    const { report, c } = run(week, averaging);
    expect(report.findings.map((f) => f.rule)).not.toContain('aml.10-5.week-cap');
    expect(report.findings.map((f) => f.rule)).toContain('aml.10-6.overtime-week');
    expect(report.weeks[0]).toMatchObject({ hours: 57.5, overtime: 3.5 });
    expect(hours(c.weeks[0]!.amlOvertimeMs)).toBe(3.5);
    expect(c.days.map((d) => hours(d.amlOvertimeMs))).toEqual([0, 0, 0, 0, 3.5]);
    expect(c.days[4]?.classes).toMatchObject({ 'overtime-40': 3.5 * H });
    for (const d of c.days) expect(d.normalMs + d.merarbeidMs + d.amlOvertimeMs, d.day).toBe(d.workedMs);
  });

  // A 7.5 h Monday, then on call from 16:00 to 08:00 on Tuesday (16 h: a share of 16/7 h).
  const evening = [...stdDay('2026-03-16'), onCall('2026-03-16', '16:00', '08:00', '2026-03-17')];

  it.each([
    ['version 2 (default): on-call counts towards the week only', false, 0],
    ['version 1 (onCallCountsTowardDay: true): the share lands on the work day and passes 9 h', true, 7.5 + 16 / 7 - 9],
  ] as const)('§ 7.5 %s', (_label, toDay, overtime) => {
    const a: Agreement = { ...agreement, limits: { ...agreement.limits, onCallCountsTowardDay: toDay } };
    const { report, c } = run(evening, a);
    expect(report.findings.some((f) => f.rule === 'aml.10-6.overtime-day')).toBe(toDay);
    expect(hours(c.weeks[0]!.amlOvertimeMs)).toBeCloseTo(overtime, 3);
    const monday = c.days.find((d) => d.day === '2026-03-16');
    expect(hours(monday!.workedMs)).toBe(7.5);
    expect(hours(monday!.amlOvertimeMs)).toBeCloseTo(overtime, 3);
    // On-call is paid in full as its own class, on the row of each local date.
    expect(c.days.map((d) => [d.day, hours(d.onCallMs)])).toEqual([['2026-03-16', 8], ['2026-03-17', 8]]);
  });

  it('§ 7.5: the on-call share still counts towards the week: 40 h of work and 7 h on call make 1 h AML overtime, on the latest work', () => {
    const days = ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'];
    const s = [...days.flatMap((d) => [work(d, '08:00', '12:00'), work(d, '12:30', '16:30')]), onCall('2026-03-21', '09:00', '16:00')];
    const { report, c } = run(s, agreement);
    expect(report.weeks[0]).toMatchObject({ hours: 41, overtime: 1 });
    expect(hours(c.weeks[0]!.amlOvertimeMs)).toBe(1);
    expect(c.days.find((d) => d.day === '2026-03-20')).toMatchObject({ amlOvertimeMs: 1 * H });
    expect(c.days.find((d) => d.day === '2026-03-21')).toMatchObject({ workedMs: 0, amlOvertimeMs: 0, onCallMs: 7 * H });
  });
});
