import { describe, expect, it } from 'vitest';
import { previewSummary } from '../../../src/app/summary/preview';
import type { Summary } from '../../../src/core/anonymise/index';

// Issue 20 items 2 and 4: the summary preview in nb and nn names weeks as people read them, rules without
// their ids, and counts with the right plural.
const summary = {
  format: 'fyrabend.summary/2',
  id: '00000000-0000-4000-8000-000000000001',
  period: '2026-03',
  created: '2026-W14',
  groups: {},
  weeks: [
    { week: '2026-W10', hours: 37.5, overtime: 1.5, merarbeid: 0, night: 0, sunday: 0, outsideAgreed: 2, findings: { 'agreement.outside-hours': { warning: 4 }, 'aml.10-9.break': { warning: 1 } } },
    { week: '2026-W11', hours: 10, overtime: 0, merarbeid: 0, night: 0, sunday: 0, outsideAgreed: 0, findings: { 'aml.10-6.total-week': { violation: 2 } } },
  ],
} as unknown as Summary;

describe('summary preview', () => {
  it.each([
    ['nb', ['Uke 10, 2026: 37,5 t arbeid', 'Laget i uke 14, 2026.', ': 4 advarsler', ': 1 advarsel', ': 2 brudd']],
    ['nn', ['Veke 10, 2026: 37,5 t arbeid', 'Laga i veke 14, 2026.', ': 4 åtvaringar', ': 1 åtvaring', ': 2 brot']],
    ['en', ['Week 2026-W10: 37.5 h worked', ': 4 warnings', ': 1 warning', ': 2 violations']],
  ] as const)('%s', (lang, expected) => {
    const text = previewSummary(summary, lang).join('\n');
    for (const e of expected) expect(text).toContain(e);
    if (lang !== 'en') expect(text).not.toMatch(/\d{4}-W\d{2}|\[(agreement|aml)\.|\d\.\d/);
  });
});
