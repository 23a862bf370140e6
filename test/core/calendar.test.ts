/** The Norwegian red-day calendar and protected windows (spec §3.2), table-driven. */
import { describe, expect, it } from 'vitest';
import { dateString, easterSunday, isRedDay, localDateOf, localDateRange, parseDate, protectedSegments, redDayName, startOfLocalDay, zoneClock, formatInstant } from '../../src/core/index';

describe('Gregorian Easter', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => expect(dateString(easterSunday(year))).toBe(date));
});

describe('red days', () => {
  it.each([
    ['2026-01-01', true, 'new-year'],
    ['2026-04-02', true, 'maundy-thursday'],
    ['2026-04-03', true, 'good-friday'],
    ['2026-04-04', false, null], // Easter Saturday is a working day
    ['2026-04-05', true, 'easter-sunday'],
    ['2026-04-06', true, 'easter-monday'],
    ['2026-03-29', true, 'sunday'], // Palm Sunday is just a Sunday
    ['2026-05-01', true, 'labour-day'],
    ['2026-05-14', true, 'ascension'],
    ['2026-05-17', true, 'constitution-day'], // also a Sunday: the holiday name wins
    ['2026-05-23', false, null], // Whit Saturday
    ['2026-05-24', true, 'whit-sunday'],
    ['2026-05-25', true, 'whit-monday'],
    ['2026-12-24', false, null], // Christmas Eve
    ['2026-12-25', true, 'christmas-day'],
    ['2026-12-26', true, 'boxing-day'],
    ['2026-12-31', false, null], // New Year's Eve
    ['2027-05-17', true, 'whit-monday'],
    ['2026-11-24', false, null],
  ])('%s red=%s (%s)', (date, red, name) => {
    expect(isRedDay(date)).toBe(red);
    expect(redDayName(date)).toBe(name);
  });
});

describe('protected windows (segments per red day)', () => {
  const clock = zoneClock('Europe/Oslo');
  const seg = (from: string, to: string) =>
    protectedSegments(parseDate(from), parseDate(to), clock).map((s) => `${s.redDay} ${formatInstant(s.start, 'Europe/Oslo')} → ${formatInstant(s.end, 'Europe/Oslo')}`);

  it('an ordinary Sunday: Saturday 18:00 → Sunday 22:00', () => {
    expect(seg('2026-06-13', '2026-06-14')).toEqual(['2026-06-14 2026-06-13T18:00:00+02:00 → 2026-06-14T22:00:00+02:00']);
  });
  it('Easter: from Maundy Thursday; Saturday 15:00 opens Easter Sunday', () => {
    expect(seg('2026-04-01', '2026-04-06')).toEqual([
      '2026-04-02 2026-04-01T18:00:00+02:00 → 2026-04-02T22:00:00+02:00',
      '2026-04-03 2026-04-02T22:00:00+02:00 → 2026-04-03T22:00:00+02:00',
      '2026-04-05 2026-04-04T15:00:00+02:00 → 2026-04-05T22:00:00+02:00',
      '2026-04-06 2026-04-05T22:00:00+02:00 → 2026-04-06T22:00:00+02:00',
    ]);
  });
  it('17 May on a weekday opens at 22:00 the day before (2028)', () => {
    expect(seg('2028-05-16', '2028-05-17')).toEqual(['2028-05-17 2028-05-16T22:00:00+02:00 → 2028-05-17T22:00:00+02:00']);
  });
  it('17 May 2027 is Whit Monday: the window opens Whit Saturday 15:00', () => {
    expect(seg('2027-05-15', '2027-05-17')).toEqual([
      '2027-05-16 2027-05-15T15:00:00+02:00 → 2027-05-16T22:00:00+02:00',
      '2027-05-17 2027-05-16T22:00:00+02:00 → 2027-05-17T22:00:00+02:00',
    ]);
  });
  it('Christmas: Christmas Eve 15:00 to Boxing Day 22:00 (and on into Sunday 27 Dec 2026)', () => {
    expect(seg('2026-12-24', '2026-12-27')).toEqual([
      '2026-12-25 2026-12-24T15:00:00+01:00 → 2026-12-25T22:00:00+01:00',
      '2026-12-26 2026-12-25T22:00:00+01:00 → 2026-12-26T22:00:00+01:00',
      '2026-12-27 2026-12-26T22:00:00+01:00 → 2026-12-27T22:00:00+01:00',
    ]);
  });
  it("New Year's Eve has no 15:00 rule", () => {
    expect(seg('2025-12-31', '2026-01-01')).toEqual(['2026-01-01 2025-12-31T18:00:00+01:00 → 2026-01-01T22:00:00+01:00']);
  });
  it('a Sunday on the DST change keeps wall-clock edges', () => {
    expect(seg('2026-10-24', '2026-10-25')).toEqual(['2026-10-25 2026-10-24T18:00:00+02:00 → 2026-10-25T22:00:00+01:00']);
  });
});

describe('local dates ↔ instants', () => {
  it.each([
    ['2026-10-25', 25], // autumn change: a 25-hour day
    ['2026-03-29', 23], // spring change: a 23-hour day
    ['2026-11-24', 24],
  ])('%s lasts %i hours in Oslo', (date, h) => {
    const r = localDateRange(date, date, 'Europe/Oslo');
    expect((r.end - r.start) / 3_600_000).toBe(h);
    expect(localDateOf(r.start, 'Europe/Oslo')).toBe(date);
    expect(localDateOf(r.end - 1, 'Europe/Oslo')).toBe(date);
    expect(startOfLocalDay(r.end - 1, 'Europe/Oslo')).toBe(r.start);
  });
  it('leaves an open side unbounded', () => {
    const r = localDateRange(undefined, '2026-01-01', 'Europe/Oslo');
    expect(r.start).toBeLessThan(Date.parse('1900-01-01T00:00:00Z'));
    expect(formatInstant(r.end, 'Europe/Oslo')).toBe('2026-01-02T00:00:00+01:00');
  });
});
