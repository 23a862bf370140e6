/**
 * `fyrabend.agreement/1` and the version 2 settings (exchange-format.md `limits`, working-time-rules.md
 * § 7): every setting is written by agreementToJson and read back by parseAgreementFile unchanged; a
 * file of version 1 (no version 2 settings, or no limits at all) reads with the version 2 defaults; a
 * bad value is told in nb, nn and en with the file, the JSON path and how to write it.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, defaultAgreement, type Agreement, type Limits } from '../../src/core/index';
import { VERSION_1_READINGS } from '../../src/core/agreement/defaults';
import { agreementToJson, parseAgreementFile, parsePeriodStart, periodStartText } from '../../src/shared/formats/agreement';
import { problemSentence } from '../../src/shared/formats/problems';

type Doc = Record<string, unknown> & { limits: Record<string, unknown> };
const written = (a: Agreement): Doc => JSON.parse(JSON.stringify(agreementToJson(a))) as Doc;
const withLimits = (limits: Partial<Limits>): Agreement => defaultAgreement({ limits: { ...DEFAULT_LIMITS, ...limits } });

describe('the version 2 settings round-trip through the file', () => {
  it.each<[string, Partial<Limits>, Record<string, unknown>]>([
    ['the defaults', {}, { dailyRestReading: 'between-work-days', weeklyRestPeriodStart: 'mon 00:00', weeklyRestCounting: 'inside-period', breakStretchGapMinutes: 120, onCallCountsTowardDay: false }],
    ['daily rest within 24 h', { dailyRestReading: 'within-24h' }, { dailyRestReading: 'within-24h' }],
    ['periods from Saturday 17:00', { weeklyRestPeriodStart: { weekday: 'sat', minute: 17 * 60 } }, { weeklyRestPeriodStart: 'sat 17:00' }],
    ['periods from Sunday 23:59', { weeklyRestPeriodStart: { weekday: 'sun', minute: 23 * 60 + 59 } }, { weeklyRestPeriodStart: 'sun 23:59' }],
    ['periods from Wednesday 06:05', { weeklyRestPeriodStart: { weekday: 'wed', minute: 6 * 60 + 5 } }, { weeklyRestPeriodStart: 'wed 06:05' }],
    ['rest counted when it starts in the period', { weeklyRestCounting: 'starts-in-period' }, { weeklyRestCounting: 'starts-in-period' }],
    ['the shortest stretch gap', { breakStretchGapMinutes: 15 }, { breakStretchGapMinutes: 15 }],
    ['the longest stretch gap', { breakStretchGapMinutes: 720 }, { breakStretchGapMinutes: 720 }],
    ['on-call towards the day', { onCallCountsTowardDay: true }, { onCallCountsTowardDay: true }],
    ['every version 1 reading', { ...VERSION_1_READINGS }, { dailyRestReading: 'within-24h', weeklyRestCounting: 'starts-in-period', onCallCountsTowardDay: true }],
  ])('%s', (_name, limits, inFile) => {
    const a = withLimits(limits);
    const doc = written(a);
    expect(doc.limits).toMatchObject(inFile);
    const back = parseAgreementFile(JSON.stringify(doc));
    expect(back).toEqual({ ok: true, value: a });
  });

  it('keeps "no agreed weekly hours" (spec § 7.9)', () => {
    const a = defaultAgreement({ weeklyHours: null });
    expect((written(a).workingTime as { weeklyHours: unknown }).weeklyHours).toBeNull();
    expect(parseAgreementFile(JSON.stringify(written(a)))).toEqual({ ok: true, value: a });
  });

  it('reads and writes every weekday and time as the same period start', () => {
    for (const weekday of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) {
      for (let minute = 0; minute < 1440; minute += 53) {
        expect(parsePeriodStart(periodStartText({ weekday, minute }))).toEqual({ weekday, minute });
      }
    }
  });
});

describe('a file of version 1 reads with the version 2 defaults', () => {
  const V1_LIMITS = { averaging: null, tariffOvertime: true, extendedTotalDay: false, restDailyHours: 10, restWeeklyHours: 35, weeklyNormalHours: 38, sundayAveraging: false, ownInitiativeEvening: true, nightWindow: ['21:00', '06:00'], basis: { sunday: false, night: false }, overtimeYearStart: '01-01', onCallFactor: 0.25 };
  const base = { format: 'fyrabend.agreement/1', validFrom: '2025-06-01' };

  it('limits with only the version 1 settings: those are kept, the version 2 ones take their defaults', () => {
    const r = parseAgreementFile(JSON.stringify({ ...base, limits: V1_LIMITS }));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.limits).toEqual({ ...DEFAULT_LIMITS, tariffOvertime: true, restDailyHours: 10, weeklyNormalHours: 38, ownInitiativeEvening: true, onCallFactor: 0.25 });
    expect(r.value.limits).toMatchObject({ dailyRestReading: 'between-work-days', weeklyRestPeriodStart: { weekday: 'mon', minute: 0 }, weeklyRestCounting: 'inside-period', breakStretchGapMinutes: 120, onCallCountsTowardDay: false });
  });

  it('no limits at all: every default of version 2, no working time agreed', () => {
    const r = parseAgreementFile(JSON.stringify(base));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.limits).toEqual(DEFAULT_LIMITS);
    expect(r.value.weeklyHours).toBeNull();
  });

  it('written back, it carries the version 2 settings with their defaults', () => {
    const r = parseAgreementFile(JSON.stringify({ ...base, limits: V1_LIMITS }));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(written(r.value).limits).toMatchObject({ dailyRestReading: 'between-work-days', weeklyRestPeriodStart: 'mon 00:00', weeklyRestCounting: 'inside-period', breakStretchGapMinutes: 120, onCallCountsTowardDay: false });
  });
});

describe('a bad version 2 setting is told in nb, nn and en', () => {
  const bad = (key: string, value: unknown) => {
    const doc = written(defaultAgreement());
    doc.limits[key] = value;
    const r = parseAgreementFile(JSON.stringify(doc));
    if (r.ok) throw new Error(`${key} = ${JSON.stringify(value)} was accepted`);
    expect(r.error).toHaveLength(1);
    const p = r.error[0]!;
    expect(p.path).toBe(`$.limits.${key}`);
    return { code: p.code, nb: problemSentence('agreement.json', p, 'nb'), nn: problemSentence('agreement.json', p, 'nn'), en: problemSentence('agreement.json', p, 'en') };
  };
  const PERIOD = {
    nb: 'agreement.json: $.limits.weeklyRestPeriodStart skal være en ukedag og et klokkeslett, for eksempel "mon 00:00" eller "sat 17:00" (mon, tue, wed, thu, fri, sat, sun).',
    nn: 'agreement.json: $.limits.weeklyRestPeriodStart skal vere ein vekedag og eit klokkeslett, til dømes "mon 00:00" eller "sat 17:00" (mon, tue, wed, thu, fri, sat, sun).',
    en: 'agreement.json: $.limits.weeklyRestPeriodStart must be a weekday and a time, for example "mon 00:00" or "sat 17:00" (mon, tue, wed, thu, fri, sat, sun).',
  };
  const GAP = {
    nb: 'agreement.json: $.limits.breakStretchGapMinutes skal være et helt antall minutter fra 15 til 720, for eksempel 120.',
    nn: 'agreement.json: $.limits.breakStretchGapMinutes skal vere eit heilt tal minutt frå 15 til 720, til dømes 120.',
    en: 'agreement.json: $.limits.breakStretchGapMinutes must be a whole number of minutes from 15 to 720, for example 120.',
  };

  it.each([
    ['weeklyRestPeriodStart', 'saturday 17:00'],
    ['weeklyRestPeriodStart', 'Sat 17:00'],
    ['weeklyRestPeriodStart', 'sat 24:00'],
    ['weeklyRestPeriodStart', 'sun 23:60'],
    ['weeklyRestPeriodStart', 'sat 7:00'],
    ['weeklyRestPeriodStart', 'sat'],
    ['weeklyRestPeriodStart', ''],
  ])('%s %j', (key, value) => {
    expect(bad(key, value)).toEqual({ code: 'weeklyRestPeriodStart', ...PERIOD });
  });

  it.each([
    ['breakStretchGapMinutes', 14],
    ['breakStretchGapMinutes', 721],
    ['breakStretchGapMinutes', 0],
  ])('%s %j', (key, value) => {
    expect(bad(key, value)).toEqual({ code: 'breakStretchGap', ...GAP });
  });

  it.each([
    ['breakStretchGapMinutes', 90.5, 'wrongType', /skal være et heltall, men er tallet 90.5/, /skal vere eit heiltal, men er talet 90.5/, /expected a whole number, got the number 90.5/],
    ['breakStretchGapMinutes', '120', 'wrongType', /skal være et tall, men er teksten "120"/, /skal vere eit tal, men er teksten "120"/, /expected a number, got the text "120"/],
    ['weeklyRestPeriodStart', 17, 'wrongType', /skal være tekst, men er tallet 17/, /skal vere tekst, men er talet 17/, /expected text, got the number 17/],
    ['dailyRestReading', 'within-25h', 'wrongValue', /skal være en av "between-work-days", "within-24h", men er teksten "within-25h"/, /skal vere ein av "between-work-days", "within-24h", men er teksten "within-25h"/, /expected one of "between-work-days", "within-24h", got the text "within-25h"/],
    ['weeklyRestCounting', 'all', 'wrongValue', /skal være en av "inside-period", "starts-in-period"/, /skal vere ein av "inside-period", "starts-in-period"/, /expected one of "inside-period", "starts-in-period"/],
    ['onCallCountsTowardDay', 'yes', 'wrongType', /skal være true eller false, men er teksten "yes"/, /skal vere true eller false, men er teksten "yes"/, /expected true or false, got the text "yes"/],
  ] as const)('%s %j', (key, value, code, nb, nn, en) => {
    const r = bad(key, value);
    expect(r.code).toBe(code);
    expect(r.nb).toMatch(nb);
    expect(r.nn).toMatch(nn);
    expect(r.en).toMatch(en);
  });
});
