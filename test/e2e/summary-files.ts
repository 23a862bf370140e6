/** Generated `fyrabend.summary/2` files for the representative's tests: distinct figures, chosen groups. */
import { parsePeriod, periodWeeks, SUMMARY_FORMAT, type Summary } from '../../src/core/anonymise/index';
import { formatSummaryFile } from '../../src/shared/formats/summary';

export function generatedSummary(i: number, department: string | null, period = '2026-11'): string {
  const weeks = periodWeeks(parsePeriod(period)!);
  const s: Summary = {
    format: SUMMARY_FORMAT,
    id: `00000000-0000-8000-8000-${String(i + 1).padStart(12, '0')}`,
    period,
    created: '2026-W49',
    groups: department ? { department } : {},
    weeks: weeks.map((week, w) => ({
      week,
      hours: 38 + i + w,
      overtime: (i + w) * 0.5,
      merarbeid: 0,
      night: 0,
      sunday: 0,
      outsideAgreed: 0,
      findings: i % 2 === 1 && w === 0 ? { 'aml.10-6.overtime-week-limit': { violation: 1 } } : {},
    })),
  };
  return formatSummaryFile(s);
}

/** 7 summaries: 5 from IT, 2 from Sales (below any k ≥ 5), from 7 installations. */
export const SEVEN: readonly { name: string; text: string }[] = Array.from({ length: 7 }, (_, i) => ({ name: `summary-${i + 1}.json`, text: generatedSummary(i, i < 5 ? 'IT' : 'Sales') }));
export const MALFORMED = { name: 'broken.json', text: '{"format": "fyrabend.summary/1", "id": ' };
