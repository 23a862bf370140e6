/**
 * The agreement reader's fast path (issue 21: start-up) never accepts what the zod schema refuses and
 * gives the same Agreement, key for key, on random agreements with fields left out and random damage;
 * whatever the schema accepts the fast path takes too (so a real file never builds the schema), and
 * where it says no, the schema names the problem with its JSON path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastAgreement } from '../../src/shared/formats/agreement-fast';
import { parseAgreementJson, parseWithSchema } from '../../src/shared/formats/agreement';

type Json = Record<string, unknown>;

const clockText = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('08:00', '15:45', '24:00', '21:00', '06:00', '00:00', '23:59', '8:00', '12:5', 'xx:yy', ''),
);
const dateText = fc.oneof(
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2026-02-30', '2026-13-01', '2026-1-1', '2024-02-29', '2025-02-29', '0099-01-01', 'today'),
);
const windowArb = fc.oneof({ weight: 5, arbitrary: fc.tuple(clockText, clockText) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(['08:00'], ['08:00', '16:00', '17:00'], [8, 16], 'x') });
const weekArb = fc.record(
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, fc.array(windowArb, { maxLength: 2 })])),
  { requiredKeys: [] },
);
const textArb = fc.oneof(fc.string({ maxLength: 8 }), fc.constant('x'.repeat(4000)), fc.constant('x'.repeat(4001)));
const homeOfficeArb = fc.oneof(
  fc.constant(null),
  fc.record(
    {
      days: fc.array(fc.constantFrom('mon', 'tue', 'fri', 'sun', 'Monday'), { maxLength: 3 }),
      scope: textArb,
      temporaryUntil: fc.option(dateText, { nil: null }),
      termination: textArb,
      trialPeriod: fc.option(textArb, { nil: null }),
      equipment: textArb,
      confidentiality: textArb,
    },
    { requiredKeys: [] },
  ),
);
const limitsArb = fc.record(
  {
    averaging: fc.option(fc.record({ kind: fc.constantFrom('individual', 'tariff', 'other'), from: dateText, to: dateText }), { nil: null }),
    tariffOvertime: fc.boolean(),
    extendedTotalDay: fc.boolean(),
    restDailyHours: fc.oneof(fc.integer({ min: 7, max: 12 }), fc.double({ min: 7.5, max: 11.5, noNaN: true })),
    restWeeklyHours: fc.integer({ min: 27, max: 36 }),
    weeklyNormalHours: fc.constantFrom(40, 38, 36, 37.5, '40'),
    sundayAveraging: fc.boolean(),
    ownInitiativeEvening: fc.boolean(),
    nightWindow: fc.oneof(fc.tuple(clockText, clockText), fc.constant(['21:00', '06:00']), fc.constant(['22:00', '06:00']), fc.constant(['00:00', '08:00'])),
    basis: fc.record({ sunday: fc.boolean(), night: fc.oneof(fc.boolean(), fc.constant('yes')) }, { requiredKeys: [] }),
    overtimeYearStart: fc.constantFrom('01-01', '07-01', '02-29', '12-28', '13-01', '1-1'),
    onCallFactor: fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constant(1 / 7)),
    dailyRestReading: fc.constantFrom('between-work-days', 'within-24h', 'never'),
    weeklyRestPeriodStart: fc.constantFrom('mon 00:00', 'fri 16:00', 'sun 23:59', 'mon 24:00', 'Mon 00:00', 'mon 0:00'),
    weeklyRestCounting: fc.constantFrom('inside-period', 'starts-in-period', 'both'),
    breakStretchGapMinutes: fc.oneof(fc.integer({ min: 10, max: 800 }), fc.constant(120.5)),
    onCallCountsTowardDay: fc.boolean(),
  },
  { requiredKeys: [] },
);
const agreementArb: fc.Arbitrary<Json> = fc.record(
  {
    format: fc.constantFrom('fyrabend.agreement/1', 'fyrabend.agreement/1', 'fyrabend.agreement/1', 'fyrabend.sessions/1'),
    zone: fc.constantFrom('Europe/Oslo', 'UTC', 'America/New_York', 'Asia/Kathmandu', 'Mars/Olympus', 'EST', ''),
    validFrom: dateText,
    workingTime: fc.record({ weeklyHours: fc.oneof(fc.constant(null), fc.double({ min: -1, max: 170, noNaN: true })), windows: weekArb }, { requiredKeys: [] }),
    availability: weekArb,
    homeOffice: homeOfficeArb,
    limits: limitsArb,
    exempt: fc.constantFrom(null, 'leading', 'independent', 'boss'),
  },
  { requiredKeys: ['format', 'validFrom'] },
);

/** Agreements the schema accepts: every field valid, any of them left out. */
const minute = fc.integer({ min: 0, max: 1439 });
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const validWindow = fc.tuple(minute, fc.integer({ min: 1, max: 1440 })).filter(([a, b]) => a < b).map(([a, b]) => [hhmm(a), b === 1440 ? '24:00' : hhmm(b)]);
const validWeek = fc.record(Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, fc.array(validWindow, { maxLength: 2 })])), { requiredKeys: [] });
const validDate = fc.tuple(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const validArb: fc.Arbitrary<Json> = fc.record(
  {
    format: fc.constant('fyrabend.agreement/1'),
    zone: fc.constantFrom('Europe/Oslo', 'UTC', 'America/New_York', 'Asia/Kathmandu'),
    validFrom: validDate,
    workingTime: fc.record({ weeklyHours: fc.option(fc.double({ min: 0, max: 168, noNaN: true }), { nil: null }), windows: validWeek }, { requiredKeys: [] }),
    availability: validWeek,
    homeOffice: fc.option(fc.record({ days: fc.array(fc.constantFrom('mon', 'wed', 'sun')), scope: fc.string({ maxLength: 8 }), temporaryUntil: fc.option(validDate, { nil: null }), trialPeriod: fc.option(fc.string({ maxLength: 4 }), { nil: null }) }, { requiredKeys: [] }), { nil: null }),
    limits: fc.record(
      {
        averaging: fc.option(fc.tuple(fc.constantFrom('individual', 'tariff'), validDate, validDate).map(([kind, a, b]) => ({ kind, from: a < b ? a : b, to: a < b ? b : a })), { nil: null }),
        tariffOvertime: fc.boolean(),
        restDailyHours: fc.double({ min: 8, max: 11, noNaN: true }),
        restWeeklyHours: fc.integer({ min: 28, max: 35 }),
        weeklyNormalHours: fc.constantFrom(40, 38, 36),
        nightWindow: fc.constantFrom(['21:00', '06:00'], ['22:00', '06:00'], ['00:00', '08:00'], ['20:00', '07:00']),
        basis: fc.record({ sunday: fc.boolean(), night: fc.boolean() }, { requiredKeys: [] }),
        overtimeYearStart: fc.constantFrom('01-01', '07-01', '12-28'),
        onCallFactor: fc.double({ min: 0, max: 1, noNaN: true }),
        dailyRestReading: fc.constantFrom('between-work-days', 'within-24h'),
        weeklyRestPeriodStart: fc.constantFrom('mon 00:00', 'fri 16:00', 'sun 23:59'),
        weeklyRestCounting: fc.constantFrom('inside-period', 'starts-in-period'),
        breakStretchGapMinutes: fc.integer({ min: 15, max: 720 }),
        onCallCountsTowardDay: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    exempt: fc.constantFrom(null, 'leading', 'independent'),
  },
  { requiredKeys: ['format', 'validFrom'] },
);

/** Damage a reader must refuse or read exactly as the schema does: an unknown key, a wrong type, a nested unknown key. */
const damaged = fc.tuple(agreementArb, fc.constantFrom('extra', 'array', 'string-limits', 'nested-extra', 'proto', 'none')).map(([a, how]): unknown => {
  switch (how) {
    case 'extra':
      return { ...a, colour: 'red' };
    case 'array':
      return [a];
    case 'string-limits':
      return { ...a, limits: 'strict' };
    case 'nested-extra':
      return { ...a, limits: { ...(a.limits as Json | undefined), overtimeCap: 1 } };
    case 'proto':
      return JSON.parse(`{"__proto__": {"x": 1}, "format": "fyrabend.agreement/1", "validFrom": "2026-01-01"}`);
    default:
      return a;
  }
});

/** A valid agreement with one field (top level, in limits or in homeOffice) taken from an arbitrary one: the fast path must refuse exactly that field when it is wrong. */
const oneBad = fc.tuple(validArb, agreementArb, fc.nat(), fc.constantFrom('top', 'limits', 'homeOffice')).map(([v, bad, k, where]): unknown => {
  const from = (where === 'top' ? bad : (bad[where] as Json | null | undefined)) ?? {};
  const names = Object.keys(from);
  if (names.length === 0) return v;
  const name = names[k % names.length] as string;
  if (where === 'top') return { ...v, [name]: from[name] };
  return { ...v, [where]: { ...((v[where] as Json | null | undefined) ?? {}), [name]: from[name] } };
});

describe('the agreement fast path', () => {
  it('takes exactly what the schema accepts and gives the same agreement, key for key', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(validArb, oneBad, agreementArb, damaged), (value) => {
        const fast = fastAgreement(value);
        const schema = parseWithSchema(value);
        if (fast) {
          expect(schema.ok).toBe(true);
          if (schema.ok) expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.value));
          taken++;
        } else {
          expect(schema.ok).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(800);
  });

  it('gives an object of its own: changing the result changes nothing the next read gives', () => {
    const a = fastAgreement({ format: 'fyrabend.agreement/1', validFrom: '2026-01-01' });
    expect(a).not.toBeNull();
    (a!.limits.basis as { sunday: boolean }).sunday = true;
    expect(fastAgreement({ format: 'fyrabend.agreement/1', validFrom: '2026-01-01' })!.limits.basis.sunday).toBe(false);
  });

  it.each([
    ['an unknown field', { format: 'fyrabend.agreement/1', validFrom: '2026-01-01', colour: 'red' }, '$'],
    ['2026-02-30', { format: 'fyrabend.agreement/1', validFrom: '2026-02-30' }, '$.validFrom'],
    ['an unknown zone', { format: 'fyrabend.agreement/1', validFrom: '2026-01-01', zone: 'Mars/Olympus' }, '$.zone'],
  ])('leaves %s to the schema, which names it with its path', (_what, value, path) => {
    expect(fastAgreement(value)).toBeNull();
    const r = parseAgreementJson(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((p) => p.path)).toContain(path);
  });
});
