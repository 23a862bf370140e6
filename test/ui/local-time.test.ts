import { describe, expect, it } from 'vitest';
import { parseLocalTime, resolveLocalTime } from '../../src/ui/lib/local-time';

const OSLO = 'Europe/Oslo';
const iso = (ms: number) => new Date(ms).toISOString();

describe('resolveLocalTime (Europe/Oslo)', () => {
  it.each([
    ['2026-03-10', '08:00', '2026-03-10T07:00:00.000Z', '+01:00'],
    ['2026-07-01', '08:00', '2026-07-01T06:00:00.000Z', '+02:00'],
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z', '+01:00'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z', '+02:00'],
    ['2026-10-25', '01:59', '2026-10-24T23:59:00.000Z', '+02:00'],
    ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z', '+01:00'],
    ['2026-10-24', '22:00', '2026-10-24T20:00:00.000Z', '+02:00'],
  ])('%s %s is one instant', (date, time, want, offset) => {
    const r = resolveLocalTime(date, time, OSLO);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') {
      expect(iso(r.instant)).toBe(want);
      expect(r.offset).toBe(offset);
    }
  });

  it.each(['02:00', '02:30', '02:59'])('2026-10-25 %s exists twice: asks which one', (time) => {
    const r = resolveLocalTime('2026-10-25', time, OSLO);
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    const [first, second] = r.options;
    expect(first.offset).toBe('+02:00');
    expect(second.offset).toBe('+01:00');
    expect(second.instant - first.instant).toBe(3_600_000);
    expect(iso(first.instant)).toBe(`2026-10-25T00:${time.slice(3)}:00.000Z`);
  });

  it.each(['02:00', '02:30', '02:59'])('2026-03-29 %s does not exist: asks which one', (time) => {
    const r = resolveLocalTime('2026-03-29', time, OSLO);
    expect(r.kind).toBe('gap');
    if (r.kind !== 'gap') return;
    const [earlier, later] = r.options;
    // 02:30 read with the summer offset is 01:30 winter time; read with the winter offset it is 03:30 summer time.
    expect(earlier.offset).toBe('+02:00');
    expect(later.offset).toBe('+01:00');
    expect(iso(earlier.instant)).toBe(`2026-03-29T00:${time.slice(3)}:00.000Z`);
    expect(iso(later.instant)).toBe(`2026-03-29T01:${time.slice(3)}:00.000Z`);
  });

  it('does not depend on the host time zone: UTC has no gap', () => {
    expect(resolveLocalTime('2026-03-29', '02:30', 'UTC')).toEqual({ kind: 'ok', instant: Date.parse('2026-03-29T02:30:00Z'), offset: '+00:00' });
  });

  it.each([
    ['2026-02-30', '08:00', 'date'],
    ['26-01-01', '08:00', 'date'],
    ['2026-01-01', '24:00', 'time'],
    ['2026-01-01', '8', 'time'],
    ['2026-01-01', '12:60', 'time'],
  ])('rejects %s %s (%s)', (date, time, reason) => {
    expect(resolveLocalTime(date, time, OSLO)).toEqual({ kind: 'invalid', reason });
  });

  it('rejects an unknown zone', () => {
    expect(resolveLocalTime('2026-01-01', '08:00', 'Mars/Olympus')).toEqual({ kind: 'invalid', reason: 'zone' });
  });

  it.each([
    ['8:05', [8, 5]],
    ['0805', [8, 5]],
    ['08.05', [8, 5]],
    [' 23:59 ', [23, 59]],
  ])('parses the time %j', (text, want) => {
    expect(parseLocalTime(text)).toEqual(want);
  });
});
