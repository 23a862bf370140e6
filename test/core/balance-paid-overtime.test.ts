/**
 * Issue 15, Deliver 2: overtime is paid unless taken as time off in lieu (avspasering); the paid hours
 * per date leave the flexitime balance, overtime taken as time off stays in it.
 */
import { describe, expect, it } from 'vitest';
import { balanceOf, type Session } from '../../src/core/index';
import { agreement, work } from '../helpers/build';

// Tuesday 8 and Wednesday 9 September 2026, agreed 08:00–15:45 (7.75 h each); worked 07:00–18:00 on the Tuesday (11 h, 2 h of it AML overtime).
const LONG: Session[] = [work('2026-09-08T07:00:00+02:00', '2026-09-08T18:00:00+02:00')];
const bal = (paid: ReadonlyMap<string, number> | undefined, carriedOver?: number) =>
  balanceOf({ sessions: LONG, agreements: [agreement()], absences: [], zone: 'Europe/Oslo', from: '2026-09-08', to: '2026-09-09', paidOvertime: paid, carriedOver });

describe('paid overtime leaves the balance', () => {
  const rows: [string, ReadonlyMap<string, number> | undefined, number | undefined, number, number][] = [
    ['no choice passed: every worked hour counts', undefined, undefined, 0, 11 - 2 * 7.75],
    ['2 h paid out on the day', new Map([['2026-09-08', 2]]), undefined, 2, 11 - 2 * 7.75 - 2],
    ['all of it taken as time off (nothing paid)', new Map([['2026-09-08', 0]]), undefined, 0, 11 - 2 * 7.75],
    ['paid hours on a day without work are ignored', new Map([['2026-09-09', 3]]), undefined, 0, 11 - 2 * 7.75],
    ['never more than the day worked', new Map([['2026-09-08', 20]]), undefined, 11, -2 * 7.75],
    ['a negative amount is no amount', new Map([['2026-09-08', -4]]), undefined, 0, 11 - 2 * 7.75],
    ['with a carried-over balance', new Map([['2026-09-08', 2]]), 5, 2, 11 - 2 * 7.75 - 2 + 5],
  ];
  it.each(rows)('%s', (_name, paid, carried, paidTotal, balance) => {
    const b = bal(paid, carried);
    expect(b.worked).toBeCloseTo(11, 9);
    expect(b.paidOvertime).toBeCloseTo(paidTotal, 9);
    expect(b.balance).toBeCloseTo(balance, 9);
    // The days add up to the period.
    expect(b.days.reduce((s, d) => s + d.balance, 0) + b.carriedOver).toBeCloseTo(b.balance, 9);
    expect(b.balance).toBeCloseTo(b.worked - b.expected - b.paidOvertime + b.carriedOver, 9);
  });
});
