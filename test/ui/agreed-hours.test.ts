/** The window's agreed hours come from the core's one function (issue 14 item 5): per date, and per period by its own dates. */
import { describe, expect, it } from 'vitest';
import { emptyWindows } from '../../src/core/index';
import { agreedDayHours, agreedPeriodHours } from '../../src/ui/lib/day';
import { agreement } from '../helpers/build';

describe('agreed hours in the window', () => {
  it.each([
    ['a weekday with 08:00–15:45', agreement(), '2026-11-24', 7.75],
    ['Saturday', agreement(), '2026-11-28', 0],
    ['no windows: weekly hours / 5', agreement({}, { windows: emptyWindows(), weeklyHours: 37.5 }), '2026-11-24', 7.5],
  ])('%s', (_n, a, date, hours) => expect(agreedDayHours(a, date)).toBeCloseTo(hours, 9));

  it('a month counts every agreed date of the month, not the weeks with work, and no red day', () => {
    // November 2026: 21 weekdays, no holiday.
    expect(agreedPeriodHours([agreement()], '2026-11-01', '2026-11-30')).toBeCloseTo(21 * 7.75, 9);
    // May 2026: 21 weekdays, of which 1 May, 14 May (Ascension) and 25 May (Whit Monday) are red; 17 May is a Sunday.
    expect(agreedPeriodHours([agreement()], '2026-05-01', '2026-05-31')).toBeCloseTo(18 * 7.75, 9);
  });
});
