import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine/evaluate';
import { defaultAgreement } from '../../src/core/agreement/defaults';
import { formatReportText, weekWords } from '../../src/cli/report-text';
import type { Session } from '../../src/core/model';

// Issue 20 item 4: `check --format text` in nb and nn has no severity codes, rule ids or ISO week labels,
// and its hours have a decimal comma and the right plural.
const at = (iso: string) => Date.parse(iso);
const sessions: Session[] = [
  { id: 's1', start: at('2026-03-10T20:00:00+01:00'), end: at('2026-03-11T06:00:00+01:00'), kind: 'work' } as Session,
  { id: 's2', start: at('2026-03-12T08:00:00+01:00'), end: at('2026-03-12T15:30:00+01:00'), kind: 'work' } as Session,
];
const report = evaluate({ sessions, agreement: defaultAgreement() });
const INTERNAL = /\[(needs-basis|warning|violation|info)\]|\baml\.10-|agreement\.outside|\d{4}-W\d{2}|\b\d+\.\d+ (timer|timar|time)\b/;

describe('check --format text', () => {
  it.each(['nb', 'nn'] as const)('%s has nothing internal', (lang) => {
    const text = formatReportText(report, lang);
    expect(report.findings.length).toBeGreaterThan(2);
    expect(text).not.toMatch(INTERNAL);
    expect(text).toContain(lang === 'nb' ? 'uke 11, 2026' : 'veke 11, 2026');
    expect(text).toContain(lang === 'nb' ? '[krever grunnlag]' : '[krev grunnlag]');
    expect(text).toContain(lang === 'nb' ? '7,5 timer' : '7,5 timar');
  });

  it('English keeps the rule id after the name, and says the severity in words', () => {
    const text = formatReportText(report, 'en');
    expect(text).toContain('(Night work; aml.10-11.night; AML § 10-11 (1))');
    expect(text).toContain('[needs basis]');
    expect(text).toContain('1 hour');
  });

  it.each([
    ['2026-W10', 'nb', 'uke 10, 2026'],
    ['2026-W01', 'nn', 'veke 1, 2026'],
    ['2026-W10..2026-W13', 'nb', 'uke 10, 2026..uke 13, 2026'],
    ['2026-03-10', 'nn', '2026-03-10'],
    ['2026-W53', 'en', 'week 53, 2026'],
  ] as const)('weekWords(%s, %s) → %s', (key, lang, words) => {
    expect(weekWords(key, lang)).toBe(words);
  });
});
