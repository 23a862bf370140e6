/** Random populations for the privacy property tests: two dimensions, weekly overtime, night hours and a daily-rest rule. */
import fc from 'fast-check';
import { parsePeriod, periodWeeks, type GroupDimension, type Summary } from '../../../src/core/anonymise/index';

const PERIOD = '2026-11';
const WEEKS = periodWeeks(parsePeriod(PERIOD)!);

const LABELS = { workplace: ['Oslo', 'Bergen'], department: ['A', 'B', 'C'] } as const;

export const personArb = fc.record({
  workplace: fc.option(fc.constantFrom(...LABELS.workplace), { nil: undefined }),
  department: fc.option(fc.constantFrom(...LABELS.department), { nil: undefined }),
  overtime: fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 12 }).map((n) => n / 2)), { minLength: WEEKS.length, maxLength: WEEKS.length }),
  night: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 30 })),
  rest: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 })),
});
export type Person = typeof personArb extends fc.Arbitrary<infer T> ? T : never;

let serial = 0;
export function toSummary(p: Person): Summary {
  const groups: Partial<Record<GroupDimension, string>> = {};
  if (p.workplace) groups.workplace = p.workplace;
  if (p.department) groups.department = p.department;
  serial++;
  return {
    format: 'fyrabend.summary/2',
    id: `00000000-0000-8000-9000-${String(serial).padStart(12, '0')}`,
    period: PERIOD,
    created: '2026-W49',
    groups,
    weeks: WEEKS.map((week, i) => ({
      week, hours: 38, overtime: p.overtime[i]!, merarbeid: 0, night: i === 0 ? p.night : 0, sunday: 0, outsideAgreed: 0,
      findings: i === 0 && p.rest > 0 ? { 'aml.10-8.daily-rest': { violation: p.rest } } : {},
    })),
  };
}

