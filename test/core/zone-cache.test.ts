/**
 * The zone clock's cached offsets (blocks between transitions, src/core/time/zone.ts) equal Intl's on
 * every day 1970–2100, and at the exact second of every transition, for Europe/Oslo and zones whose
 * transitions are unusual: a 30-minute offset (Asia/Kolkata; Australia/Adelaide with DST in the
 * southern summer), rules that changed (America/Sao_Paulo dropped DST in 2019; Africa/Casablanca moved
 * to +01 with a Ramadan break), transitions a week apart (Asia/Gaza in 2040) and a skipped date
 * (Pacific/Apia, 2011-12-30).
 */
import { describe, expect, it } from 'vitest';
import { ZoneClock } from '../../src/core/time/zone';

const DAY = 86_400_000;
const ZONES = ['Europe/Oslo', 'Asia/Kolkata', 'Australia/Adelaide', 'America/Sao_Paulo', 'Africa/Casablanca', 'Asia/Gaza', 'Pacific/Apia'];

/** The reference: Intl asked directly, every time (no cache). */
function intlOffset(zone: string): (ms: number) => number {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  return (ms) => {
    const p: Record<string, number> = {};
    for (const x of f.formatToParts(ms)) if (x.type !== 'literal') p[x.type] = Number(x.value);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - (ms - (((ms % 1000) + 1000) % 1000));
  };
}

/** The first whole second in (a, b] whose offset differs from the offset at a (one change in between). */
function changeBetween(offset: (ms: number) => number, a: number, b: number): number {
  const at = offset(a);
  let lo = a / 1000 + 1;
  let hi = b / 1000;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (offset(mid * 1000) === at) lo = mid + 1;
    else hi = mid;
  }
  return lo * 1000;
}

describe('cached zone offsets equal Intl on every day 1970–2100', () => {
  const from = Date.UTC(1970, 0, 1);
  const to = Date.UTC(2101, 0, 1);
  for (const zone of ZONES) {
    it(zone, () => {
      const reference = intlOffset(zone);
      // A fresh clock, so every chunk is computed by this walk.
      const clock = new ZoneClock(zone);
      const mismatches: string[] = [];
      let transitions = 0;
      let prev = reference(from);
      for (let t = from; t < to; t += DAY) {
        const want = reference(t);
        const noon = t + DAY / 2;
        if (clock.offsetAt(t) !== want) mismatches.push(`${new Date(t).toISOString()}: ${clock.offsetAt(t)} ≠ ${want}`);
        if (clock.offsetAt(noon) !== reference(noon)) mismatches.push(`${new Date(noon).toISOString()}: ${clock.offsetAt(noon)} ≠ ${reference(noon)}`);
        if (want !== prev || reference(t - DAY / 2) !== prev) {
          // A transition in the last day: the second before it has the old offset, the second itself the new.
          for (const [a, b] of [
            [t - DAY, t - DAY / 2],
            [t - DAY / 2, t],
          ] as const) {
            if (reference(a) === reference(b)) continue;
            transitions++;
            const at = changeBetween(reference, a, b);
            for (const ms of [at - 1000, at - 1, at, at + 999]) {
              if (clock.offsetAt(ms) !== reference(ms)) mismatches.push(`${new Date(ms).toISOString()} (transition): ${clock.offsetAt(ms)} ≠ ${reference(ms)}`);
            }
          }
        }
        prev = want;
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(transitions).toBeGreaterThan(zone === 'Asia/Kolkata' ? -1 : 2);
    }, 60_000);
  }

  it('asked out of order (backwards, and jumping between centuries) gives the same offsets', () => {
    const reference = intlOffset('Europe/Oslo');
    const clock = new ZoneClock('Europe/Oslo');
    const bad: number[] = [];
    for (let t = Date.UTC(2100, 0, 1); t > Date.UTC(1960, 0, 1); t -= 7 * DAY + 3_600_000) {
      for (const ms of [t, Date.UTC(2300, 0, 1) - (t - Date.UTC(1960, 0, 1)), -t]) if (clock.offsetAt(ms) !== reference(ms)) bad.push(ms);
    }
    expect(bad).toEqual([]);
  });
});

describe('local times through the cached offsets', () => {
  it.each([
    // [zone, day, minute, expected ISO instant]
    ['Europe/Oslo', '2026-03-29', 150, '2026-03-29T01:30:00.000Z'], // 02:30 is in the gap → 03:30 +02:00
    ['Europe/Oslo', '2026-10-25', 150, '2026-10-25T00:30:00.000Z'], // 02:30 twice → the first (+02:00)
    ['Europe/Oslo', '2026-07-01', 0, '2026-06-30T22:00:00.000Z'],
    ['Asia/Kolkata', '2026-07-01', 0, '2026-06-30T18:30:00.000Z'],
    ['Australia/Adelaide', '2026-01-01', 600, '2025-12-31T23:30:00.000Z'],
    ['Pacific/Apia', '2011-12-31', 0, '2011-12-30T10:00:00.000Z'],
  ] as const)('%s %s at minute %i is %s', (zone, date, minute, iso) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const day = Date.UTC(y, m - 1, d) / DAY;
    expect(new Date(new ZoneClock(zone).toInstant(day, minute)).toISOString()).toBe(iso);
  });
});
