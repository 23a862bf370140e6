import { describe, expect, it } from 'vitest';
import { periodText, weekText, weeksInText } from '../../src/shared/i18n/week-label';
import { buildRepReport, reportHtml, reportView, type ImportResult } from '../../src/app/summary/index';
import { contributionOf, type Summary } from '../../src/core/anonymise/index';
import { summary } from '../core/anonymise/helpers';

// Issue 20 item 4: weeks as "uke 10" / "veke 10" where people read them, never "2026-W10"; periods in words.

describe('weeks and periods in words', () => {
  it.each([
    ['nb', 'uke 10, 2026', 'uke 10', '1. kvartal 2026', 'mars 2026'],
    ['nn', 'veke 10, 2026', 'veke 10', '1. kvartal 2026', 'mars 2026'],
    ['en', 'week 10, 2026', 'week 10', 'Q1 2026', 'March 2026'],
  ] as const)('%s', (lang, full, short, quarter, month) => {
    expect(weekText('2026-W10', lang)).toBe(full);
    expect(weekText('2026-W10', lang, false)).toBe(short);
    expect(periodText('2026-Q1', lang)).toBe(quarter);
    expect(periodText('2026-03', lang)).toBe(month);
    expect(weeksInText('2026-W10..2026-W13', lang)).toBe(`${full}..${weekText('2026-W13', lang)}`);
  });
  it('leaves other texts alone', () => {
    expect(weekText('2026-03-10', 'nb')).toBe('2026-03-10');
    expect(periodText('sometime', 'nn')).toBe('sometime');
  });
});

const imported = (ss: readonly Summary[]): ImportResult => ({
  files: ss.length,
  accepted: ss.map((s, i) => ({ file: `${i}.json`, id: s.id, period: s.period, contribution: contributionOf(s) })),
  rejected: [],
  duplicates: [],
  notes: [],
});

describe('the report trend names its weeks in words', () => {
  const ss = [
    ...Array.from({ length: 8 }, (_, i) => summary({ period: '2026-Q1', overtime: i, groups: { department: 'IT' } })),
    ...Array.from({ length: 6 }, (_, i) => summary({ period: '2026-Q1', overtime: 1 + i, groups: { department: 'Sales' } })),
  ];
  const r = buildRepReport(imported(ss), { senders: 14 });
  if (!r.ok) throw new Error(r.error.message);
  it.each([
    ['nb', 'uke', 'Anonymisert overtidsrapport 1. kvartal 2026'],
    ['nn', 'veke', 'Anonymisert overtidsrapport 1. kvartal 2026'],
    ['en', 'week', 'Anonymised overtime report Q1 2026'],
  ] as const)('%s: screen and report.html', (lang, word, title) => {
    const view = reportView(r.value, lang);
    expect(view.title).toBe(title);
    const points = view.tables.flatMap((t) => t.trends.flatMap((x) => x.points ?? []));
    expect(points.length).toBeGreaterThan(10);
    expect(points[0]).toMatchObject({ week: '2026-W01', label: `${word} 1, 2026`, axis: `${word} 1`, year: '2026' });
    expect(points[1]).toMatchObject({ label: `${word} 2, 2026`, axis: `${word} 2`, year: null });
    const html = reportHtml(r.value, lang);
    expect(html).not.toMatch(/\d{4}-W\d{2}|>W\d{2}</);
    expect(html).not.toMatch(/\d{4}-Q\d/);
    expect(html).toContain(`>${word} 10<`);
  });
});
