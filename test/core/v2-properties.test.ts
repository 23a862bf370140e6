/**
 * Property tests of the version 2 readings (spec § 7). (1) They never depend on the process's TZ:
 * a fixed-seed sample of random logs under random § 7 settings is evaluated and its digest pinned;
 * `npm test` runs this file under TZ=UTC and `npm run test:tz` under TZ=Pacific/Auckland, so both
 * must give the same digest. (2) Weekly rest with a period start on any weekday and time is
 * invariant when all sessions move by the same 7 days: the same findings, one ISO week later.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, WEEKDAYS, zoneClock, type Limits, type Session, type Weekday } from '../../src/core/index';
import { findingsDocument } from '../../src/shared/formats/report';
import { agreement } from '../helpers/build';

const MIN = 60_000;
const oslo = zoneClock('Europe/Oslo');

/** Sessions given as local (day, minute, length) in Europe/Oslo, from a base day number. */
interface LocalSession {
  readonly day: number;
  readonly minute: number;
  readonly lengthMin: number;
  readonly kind: Session['kind'];
}

const localSessionArb = (days: number) =>
  fc.record({
    day: fc.integer({ min: 0, max: days }),
    minute: fc.integer({ min: 0, max: 1439 }),
    lengthMin: fc.integer({ min: 15, max: 16 * 60 }),
    kind: fc.constantFrom<Session['kind']>('work', 'work', 'work', 'on-call'),
  });

function toSessions(base: number, local: readonly LocalSession[], shiftDays = 0): Session[] {
  return local.map((l) => {
    const start = oslo.toInstant(base + l.day + shiftDays, l.minute);
    return { start, end: start + l.lengthMin * MIN, kind: l.kind, location: 'home', initiative: 'employer', breakWithDuties: false };
  });
}

const periodStartArb = fc.record({ weekday: fc.constantFrom<Weekday>(...WEEKDAYS), minute: fc.integer({ min: 0, max: 1439 }) });

const settingsArb: fc.Arbitrary<Partial<Limits>> = fc.record({
  dailyRestReading: fc.constantFrom<Limits['dailyRestReading']>('between-work-days', 'within-24h'),
  weeklyRestPeriodStart: periodStartArb,
  weeklyRestCounting: fc.constantFrom<Limits['weeklyRestCounting']>('inside-period', 'starts-in-period'),
  breakStretchGapMinutes: fc.integer({ min: 15, max: 720 }),
  onCallCountsTowardDay: fc.boolean(),
});

/** FNV-1a over a string: a short digest to pin a large output in an inline snapshot. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

describe('version 2 readings: properties', () => {
  it('never depend on the host time zone (pinned digest, compared under TZ=UTC and TZ=Pacific/Auckland)', () => {
    // 2026-03-16 … 2026-03-29: up to 60 sessions in two weeks, across the March DST change.
    const base = oslo.localDay(Date.parse('2026-03-16T12:00:00Z'));
    const samples = fc.sample(fc.tuple(fc.array(localSessionArb(13), { minLength: 1, maxLength: 60 }), settingsArb), { seed: 20261202, numRuns: 150 });
    const out = samples.map(([local, settings]) => JSON.stringify(findingsDocument(evaluate({ sessions: toSessions(base, local), agreement: agreement(settings) }))));
    expect(out.some((o) => o.includes('aml.10-9.overtime-break'))).toBe(true);
    expect(out.some((o) => o.includes('aml.10-8.weekly-rest'))).toBe(true);
    expect(digest(out.join('\n'))).toMatchInlineSnapshot(`"cf7f8d9a"`);
  });

  it('weekly rest is invariant when every session moves 7 days on, whatever weekday and time the periods start', () => {
    // June–August 2026: no clock change, so 7 local days are 7 × 24 h.
    const base = oslo.localDay(Date.parse('2026-06-01T12:00:00Z'));
    fc.assert(
      fc.property(fc.array(localSessionArb(40), { minLength: 1, maxLength: 30 }), periodStartArb, fc.constantFrom<Limits['weeklyRestCounting']>('inside-period', 'starts-in-period'), (local, start, counting) => {
        const a = agreement({ weeklyRestPeriodStart: start, weeklyRestCounting: counting });
        const rest = (sessions: Session[]) => evaluate({ sessions, agreement: a }).findings.filter((f) => f.rule === 'aml.10-8.weekly-rest');
        const before = rest(toSessions(base, local));
        const after = rest(toSessions(base, local, 7));
        expect(after.map((f) => [f.start, f.end, f.measured])).toEqual(before.map((f) => [f.start + 7 * 86_400_000, f.end + 7 * 86_400_000, f.measured]));
        const nextWeek = (key: string) => {
          const [y, w] = key.split('-W').map(Number) as [number, number];
          return `${y}-W${String(w + 1).padStart(2, '0')}`;
        };
        expect(after.map((f) => f.key)).toEqual(before.map((f) => nextWeek(f.key)));
      }),
      { numRuns: 120 },
    );
  });
});
