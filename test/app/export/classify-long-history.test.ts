/**
 * Issue 18: a history of centuries classifies without "Maximum call stack size exceeded" — the days
 * of an agreement span are collected in a loop, not spread into one push() (which overflows above
 * roughly 120 000 arguments).
 */
import { describe, expect, it } from 'vitest';
import { classifyDates } from '../../../src/app/export/timesheet';
import { defaultAgreement, type Session } from '../../../src/core/index';
import { DEFAULT_PAY_SETTINGS } from '../../../src/core/pay';

const DAY = 86_400_000;

describe('classifyDates over a very long history', () => {
  it('returns every day of 140 000 days of work', () => {
    const first = Date.parse('1640-01-01T08:00:00Z');
    const n = 140_000;
    const sessions: Session[] = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, start: first + i * DAY, end: first + i * DAY + 3_600_000, kind: 'work', zone: 'UTC', location: 'home', initiative: 'employer', breakWithDuties: false }));
    const agreement = { ...defaultAgreement(), zone: 'UTC', validFrom: '1640-01-01' };
    const { days } = classifyDates(sessions, [agreement], DEFAULT_PAY_SETTINGS, '1640-01-01', '2023-12-31');
    expect(days.length).toBeGreaterThanOrEqual(n);
  }, 120_000);
});
