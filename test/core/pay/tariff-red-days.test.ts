/**
 * splitOvertime searches a sorted, disjoint list of red days by halving (a balance over decades asks
 * thousands of them for every overtime piece; issue 21, `fyrabend status`): on random overtime pieces and
 * red days it gives exactly what the plain scan gives (the same list reversed, which is not sorted and so
 * is scanned as before), and the red days of real calendars around real days agree too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitOvertime, TARIFF_50_100 } from '../../../src/core/pay/index';
import { unionIntervals } from '../../../src/core/time/interval';
import { zoneClock } from '../../../src/core/time/zone';
import { protectedSegments } from '../../../src/core/calendar/protected-windows';

const H = 3_600_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const clock = zoneClock('Europe/Oslo');

const arbRedDays = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 72 }), length: fc.integer({ min: 0, max: 48 }) }), { maxLength: 12 }).map((xs) => {
  let t = T0 - 24 * H;
  return xs.map(({ gap, length }) => {
    const start = t + gap * H;
    t = start + length * H;
    return { start, end: t };
  });
});
const arbPieces = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 1, max: 20 }) }), { minLength: 1, maxLength: 4 }).map((xs) => {
  let t = T0 + 24 * H;
  return xs.map(({ gap, length }) => {
    const start = t + gap * 15 * 60_000;
    t = start + length * 15 * 60_000;
    return { start, end: t };
  });
});

describe('splitOvertime with sorted red days', () => {
  it('equals the plain scan on random pieces and red days', () => {
    fc.assert(
      fc.property(arbPieces, arbRedDays, (pieces, red) => {
        expect(splitOvertime(pieces, TARIFF_50_100, clock, red)).toEqual(splitOvertime(pieces, TARIFF_50_100, clock, [...red].reverse()));
      }),
      { numRuns: 500 },
    );
  });

  it('equals the plain scan with the red days of a real year around Easter and Christmas', () => {
    const day = (iso: string) => clock.localDay(Date.parse(`${iso}T12:00:00Z`));
    const red = unionIntervals(protectedSegments(day('2025-12-01'), day('2027-01-31'), clock));
    expect(red.length).toBeGreaterThan(50);
    for (const at of ['2026-04-02T14:00:00Z', '2026-04-05T09:00:00Z', '2026-12-24T11:00:00Z', '2026-12-31T20:00:00Z', '2026-05-16T18:00:00Z']) {
      const start = Date.parse(at);
      const pieces = [{ start, end: start + 6 * H }, { start: start + 7 * H, end: start + 9 * H }];
      expect(splitOvertime(pieces, TARIFF_50_100, clock, red)).toEqual(splitOvertime(pieces, TARIFF_50_100, clock, [...red].reverse()));
    }
  });
});
