import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/engine/evaluate';
import { HOUR_MS } from '../../../src/core/time/units';
import { classify, DEFAULT_OVERTIME_RULES, TARIFF_50_100, type OvertimeRules } from '../../../src/core/pay';
import type { Session } from '../../../src/core/model';
import { agreement, fixtureSessions, work } from '../../app/export/fixture';

const H = HOUR_MS;
const run = (sessions: Session[], overtime: OvertimeRules = TARIFF_50_100, a = agreement) => {
  const report = evaluate({ sessions, agreement: a });
  return { report, c: classify({ sessions, agreement: a, report, overtime }) };
};

describe('pay classification', () => {
  it('spec §5.13: 4 × 9.5 h + 4 h is 2 h AML overtime (daily) and 2.5 h merarbeid placed on the latest work', () => {
    const days = ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19'];
    const s = [...days.map((d) => work(d, '08:00', '17:30')), work('2026-03-20', '08:00', '12:00')];
    const { c } = run(s, DEFAULT_OVERTIME_RULES);
    expect(c.weeks[0]).toMatchObject({ amlOvertimeMs: 2 * H, merarbeidMs: 2.5 * H });
    expect(c.days.map((d) => d.amlOvertimeMs / H)).toEqual([0.5, 0.5, 0.5, 0.5, 0]);
    expect(c.days.map((d) => d.merarbeidMs / H)).toEqual([0, 0, 0, 0, 2.5]);
    expect(c.days[4]?.classes).toEqual({ normal: 1.5 * H, merarbeid: 2.5 * H });
    expect(c.days[0]?.classes).toEqual({ normal: 9 * H, 'overtime-40': 0.5 * H });
  });

  it('spec §5.13 with Friday 6 h: the weekly excess (2 h) goes to the end of Friday', () => {
    const days = ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19'];
    const s = [...days.map((d) => work(d, '08:00', '17:30')), work('2026-03-20', '08:00', '14:00')];
    const { c } = run(s, DEFAULT_OVERTIME_RULES);
    expect(c.weeks[0]).toMatchObject({ amlOvertimeMs: 4 * H, merarbeidMs: 2.5 * H });
    expect(c.days[4]).toMatchObject({ amlOvertimeMs: 2 * H, merarbeidMs: 2.5 * H, normalMs: 1.5 * H });
  });

  it.each([
    // [label, sessions, expected tariff classes in hours]
    ['5 h daytime overtime: 4 h at 50 %, the 5th at 100 %', [work('2026-03-16', '06:00', '20:00')], { 'overtime-50': 4, 'overtime-100': 1 }],
    ['evening overtime: 50 % before 21:00, 100 % after', [work('2026-03-16', '08:00', '16:00'), work('2026-03-16', '19:30', '21:30')], { 'overtime-50': 0.5, 'overtime-100': 0.5 }],
    ['Saturday overtime is 100 %', [work('2026-03-21', '06:00', '17:00')], { 'overtime-100': 2 }],
  ] as const)('tariff 50/100: %s', (_label, s, expected) => {
    const { c } = run([...s]);
    const got = Object.fromEntries(Object.entries(c.days[0]?.overtime ?? {}).map(([k, v]) => [k, v / H]));
    expect(got).toEqual(expected);
  });

  it('DST night 2026-03-29 01:30–04:30 is 2 h of real time, night and Sunday work', () => {
    const { c } = run([work('2026-03-29', '01:30', '04:30')]);
    expect(c.days[0]).toMatchObject({ workedMs: 2 * H, nightMs: 2 * H, sundayMs: 2 * H });
  });

  it('exempt employees (§ 10-12): everything is normal time', () => {
    const { c } = run([work('2026-03-16', '06:00', '20:00')], TARIFF_50_100, { ...agreement, exempt: 'leading' });
    expect(c.days[0]?.classes).toEqual({ normal: 14 * H });
  });

  it('on-call time not covered by work is its own class, the call-out is work', () => {
    const { c } = run([work('2026-04-25', '08:00', '20:00', '2026-04-25', { kind: 'on-call' }), work('2026-04-25', '10:00', '11:00')]);
    expect(c.days).toHaveLength(1);
    expect(c.days[0]).toMatchObject({ workedMs: 1 * H, onCallMs: 11 * H });
  });

  describe.each([
    ['aml basis', TARIFF_50_100],
    ['beyond-agreed basis', { ...TARIFF_50_100, basis: 'beyond-agreed' } as OvertimeRules],
    ['default rules', DEFAULT_OVERTIME_RULES],
  ])('fixture months (%s)', (_label, rules) => {
    const sessions = fixtureSessions();
    const { report, c } = run(sessions, rules);

    it('every day: normal + merarbeid + AML overtime = worked, and the tariff classes cover the overtime basis', () => {
      for (const d of c.days) {
        expect(d.normalMs + d.merarbeidMs + d.amlOvertimeMs, d.day).toBe(d.workedMs);
        const ot = Object.values(d.overtime).reduce((s, v) => s + v, 0);
        expect(ot, d.day).toBe(rules.basis === 'aml' ? d.amlOvertimeMs : d.amlOvertimeMs + d.merarbeidMs);
        const partition = Object.entries(d.classes)
          .filter(([id]) => !['night', 'sunday', 'on-call'].includes(id))
          .reduce((s, [, v]) => s + v, 0);
        expect(partition, d.day).toBe(d.workedMs);
      }
    });

    it("AML overtime and merarbeid per week equal the engine's weekly figures", () => {
      for (const w of report.weeks) {
        const days = c.days.filter((d) => d.week === w.week);
        expect(days.reduce((s, d) => s + d.amlOvertimeMs, 0) / H, w.week).toBeCloseTo(w.overtime, 6);
        expect(days.reduce((s, d) => s + d.merarbeidMs, 0) / H, w.week).toBeCloseTo(w.merarbeid, 6);
        // The engine's hours count on-call at onCallFactor (§ 10-4 (3)); pay counts work and on-call apart.
        const f = agreement.limits.onCallFactor;
        expect(days.reduce((s, d) => s + d.workedMs + d.onCallMs * f, 0) / H, w.week).toBeCloseTo(w.hours, 6);
      }
    });

    it("worked, night and Sunday hours per day equal the engine's day totals", () => {
      for (const t of report.days) {
        const d = c.days.find((x) => x.day === t.day);
        expect(d, t.day).toBeDefined();
        // Version 2 (§ 7.5): the engine's day counts work only; the on-call share is compared per week above.
        expect((d?.workedMs ?? 0) / H, t.day).toBeCloseTo(t.hours, 6);
        expect((d?.nightMs ?? 0) / H, t.day).toBeCloseTo(t.night, 6);
        expect((d?.sundayMs ?? 0) / H, t.day).toBeCloseTo(t.sunday, 6);
      }
    });
  });
});
