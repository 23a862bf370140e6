/**
 * Issue 15: the representative's report shows, per rule and so for `absence.work-while-absent`, the
 * share of contributors with at least one finding, hidden under the same rules as every other
 * figure (fewer than k people: hidden; a hidden head count hides its share).
 */
import { describe, expect, it } from 'vitest';
import { aggregateSummaries, isPublished, type Figure, type Summary } from '../../../src/core/anonymise/index';
import { summary } from './helpers';

const RULE = 'absence.work-while-absent';
/** A summary whose first week has `days` days worked while absent (warnings). */
const person = (days: number): Summary => {
  const s = summary();
  return days === 0 ? s : { ...s, weeks: s.weeks.map((w, i) => (i === 0 ? { ...w, findings: { [RULE]: { warning: days } } } : w)) };
};
const show = (f: Figure) => (isPublished(f) ? f : `hidden: ${f.suppressed}`);

describe('share of contributors who worked while absent', () => {
  it.each([
    ['6 of 12, two days each', [...Array(6).fill(0), ...Array(6).fill(2)], { contributors: 6, contributorsPercent: 50, withViolation: 0, findings: 12 }],
    ['7 of 7', Array(7).fill(1), { contributors: 7, contributorsPercent: 100, withViolation: 0, findings: 7 }],
    ['2 of 12: fewer than k, so the count and its share are hidden', [...Array(10).fill(0), 2, 1], { contributors: 'hidden: fewer-than-k', contributorsPercent: 'hidden: fewer-than-k', withViolation: 0, findings: 'hidden: fewer-than-k' }],
  ])('%s', (_name, days, expected) => {
    const report = aggregateSummaries((days as number[]).map(person), { period: '2026-11', k: 6, p: 85 });
    const r = report.tables.find((t) => t.dimension === 'all')!.rows[0]!.figures.rules[RULE]!;
    expect({ contributors: show(r.contributors), contributorsPercent: show(r.contributorsPercent), withViolation: show(r.withViolation), findings: show(r.findings) }).toEqual(expected);
  });
});
