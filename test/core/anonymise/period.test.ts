import { describe, expect, it } from 'vitest';
import { parsePeriod, periodDayRange, periodWeeks } from '../../../src/core/anonymise/index';
import { dateString } from '../../../src/core/time/civil';

describe('summary periods', () => {
  it.each([
    ['2026-11', ['2026-W45', '2026-W46', '2026-W47', '2026-W48']],
    ['2026-12', ['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']],
    ['2027-01', ['2027-W01', '2027-W02', '2027-W03', '2027-W04']],
    ['2026-Q1', ['2026-W01', '2026-W02', '2026-W03', '2026-W04', '2026-W05', '2026-W06', '2026-W07', '2026-W08', '2026-W09', '2026-W10', '2026-W11', '2026-W12', '2026-W13']],
  ])('%s has the ISO weeks whose Thursday lies in it', (label, weeks) => {
    expect(periodWeeks(parsePeriod(label)!)).toEqual(weeks);
  });

  it('every week of a year belongs to exactly one month and one quarter', () => {
    const months = Array.from({ length: 12 }, (_, i) => periodWeeks(parsePeriod(`2026-${String(i + 1).padStart(2, '0')}`)!)).flat();
    const quarters = [1, 2, 3, 4].flatMap((q) => periodWeeks(parsePeriod(`2026-Q${q}`)!));
    expect(months).toEqual(quarters);
    expect(new Set(months).size).toBe(53); // 2026 has 53 ISO weeks
  });

  it.each(['2026-13', '2026-Q5', '2026-1', 'Q4-2026', '2026-11-01', ''])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('the day range runs from the first Monday to the Monday after the last week', () => {
    const r = periodDayRange(parsePeriod('2026-11')!);
    expect([dateString(r.from), dateString(r.to)]).toEqual(['2026-11-02', '2026-11-30']);
  });
});
