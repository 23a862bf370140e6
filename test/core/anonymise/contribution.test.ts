/**
 * contributionOf (issue 21 item 6: made cheap for 100 000 summaries) gives the same figures and atom as the
 * straightforward reduction it replaced (kept here as the reference): on random summaries with every rule,
 * severity and group combination, with weeks in order, shuffled, missing, doubled and of another period.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionOf, GROUP_DIMENSIONS, parsePeriod, periodWeeks, REPORT_RULES, type Summary } from '../../../src/core/anonymise/index';
import { SEVERITY_ORDER, type RuleId } from '../../../src/core/model';

const PERIOD = '2026-Q4';
const WEEKS = periodWeeks(parsePeriod(PERIOD)!);
const BASE = 8;
const RULE_INDEX = new Map(REPORT_RULES.map((r, i) => [r, i]));

/** The reduction as it was written before (Map of weeks, forEach, Object.entries). */
function reference(s: Summary): { atom: string; values: number[] } {
  const size = BASE + REPORT_RULES.length * 3 + WEEKS.length * 2;
  const v = new Float32Array(size);
  const rulePos = (r: number, part: number) => BASE + r * 3 + part;
  const weekPos = (w: number, part: number) => BASE + REPORT_RULES.length * 3 + w * 2 + part;
  v[0] = 1;
  const byWeek = new Map(s.weeks.map((w) => [w.week, w]));
  WEEKS.forEach((label, wi) => {
    const w = byWeek.get(label);
    if (!w) return;
    v[2]! += w.overtime;
    v[3]! += w.merarbeid;
    v[4]! += w.outsideAgreed;
    v[5]! += w.night;
    v[6]! += w.sunday;
    v[7]! += w.hours;
    v[weekPos(wi, 0)] = w.overtime;
    for (const [rule, counts] of Object.entries(w.findings) as [RuleId, Record<string, number>][]) {
      const r = RULE_INDEX.get(rule);
      if (r === undefined) continue;
      let n = 0;
      for (const c of Object.values(counts)) n += c;
      if (n > 0) v[rulePos(r, 0)] = 1;
      v[rulePos(r, 2)]! += n;
      if ((counts.violation ?? 0) > 0) {
        v[rulePos(r, 1)] = 1;
        v[weekPos(wi, 1)] = 1;
        v[1] = 1;
      }
    }
  });
  return { atom: GROUP_DIMENSIONS.map((d) => s.groups[d] ?? '\u0000').join('\u0001'), values: Array.from(v) };
}

const half = fc.integer({ min: 0, max: 336 }).map((n) => n / 2);
const counts = fc.dictionary(fc.constantFrom(...SEVERITY_ORDER), fc.integer({ min: 1, max: 10_000 }), { maxKeys: 3 });
const weekArb = (label: string) =>
  fc.record({ week: fc.constant(label), hours: fc.integer({ min: 0, max: 168 }), overtime: half, merarbeid: half, night: fc.integer({ min: 0, max: 168 }), sunday: fc.integer({ min: 0, max: 168 }), outsideAgreed: half, findings: fc.dictionary(fc.constantFrom(...REPORT_RULES), counts, { maxKeys: 4 }) });
const label = fc.option(fc.constantFrom('Oslo', 'Bergen', 'IT', 'Tromsø'), { nil: undefined });
const weeksArb = fc.oneof(
  fc.tuple(...WEEKS.map(weekArb)),
  fc.tuple(...WEEKS.map(weekArb)).chain((ws) => fc.shuffledSubarray(ws, { minLength: 0, maxLength: ws.length })),
  fc.tuple(...WEEKS.map(weekArb)).map((ws) => [...ws, ...ws.slice(0, 3).map((w) => ({ ...w, overtime: 1 }))]),
  fc.array(weekArb('2027-W01'), { maxLength: 2 }),
);
const summaryArb = fc.record({ workplace: label, department: label, jobCategory: label, weeks: weeksArb }).map(
  ({ workplace, department, jobCategory, weeks }): Summary => ({
    format: 'fyrabend.summary/2',
    id: '00000000-0000-8000-9000-000000000001',
    period: PERIOD,
    created: '2027-W01',
    groups: { ...(workplace ? { workplace } : {}), ...(department ? { department } : {}), ...(jobCategory ? { jobCategory } : {}) },
    weeks: weeks as Summary['weeks'],
  }),
);

describe('contributionOf', () => {
  it('equals the straightforward reduction', () => {
    fc.assert(
      fc.property(fc.array(summaryArb, { minLength: 1, maxLength: 5 }), (summaries) => {
        for (const s of summaries) {
          const c = contributionOf(s);
          const want = reference(s);
          expect(c.atom).toBe(want.atom);
          expect(Array.from(c.values)).toEqual(want.values);
          expect(c.period).toBe(PERIOD);
          expect(c.groups).toBe(s.groups);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives every contribution figures of its own', () => {
    const s = fc.sample(summaryArb, 1)[0]!;
    const a = contributionOf(s);
    const b = contributionOf(s);
    a.values[0] = 99;
    expect(b.values[0]).toBe(1);
  });
});
