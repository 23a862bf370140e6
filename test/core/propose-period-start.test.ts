/** Spec § 7.2: the weekly-rest period start the agreement form proposes from the agreed windows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposePeriodStart, WEEKDAYS, type Weekday, type WeeklyWindows } from '../../src/core/index';
import { parseAgreementFile } from '../../src/shared/formats/agreement';
import { CASES_DIR } from '../helpers/spec-cases';

const minute = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/** `{ tue: '09:00-17:00', sat: '10:00-12:00 13:00-24:00' }` → WeeklyWindows. */
function week(spec: Partial<Record<Weekday, string>>): WeeklyWindows {
  const out = {} as Record<Weekday, { from: number; to: number }[]>;
  for (const d of WEEKDAYS) {
    out[d] = (spec[d] ?? '')
      .split(' ')
      .filter((x) => x !== '')
      .map((w) => ({ from: minute(w.slice(0, 5)), to: minute(w.slice(6)) }));
  }
  return out;
}

const days = (ds: readonly Weekday[], w: string) => Object.fromEntries(ds.map((d) => [d, w])) as Partial<Record<Weekday, string>>;

describe('proposePeriodStart (spec § 7.2)', () => {
  it.each([
    ['Tue–Sat 09:00–17:00: the free Sat 17:00 → Tue 09:00 is the longest', days(['tue', 'wed', 'thu', 'fri', 'sat'], '09:00-17:00'), 'sat 17:00'],
    ['Mon–Fri 08:00–15:45: no Saturday or Sunday, no proposal', days(['mon', 'tue', 'wed', 'thu', 'fri'], '08:00-15:45'), null],
    ['Mon–Fri with Saturday 10:00–14:30: rounded down to the hour', { ...days(['mon', 'tue', 'wed', 'thu', 'fri'], '08:00-16:00'), sat: '10:00-14:30' }, 'sat 14:00'],
    ['Saturday only 10:00–14:30: the stretch after it, rounded down', { sat: '10:00-14:30' }, 'sat 14:00'],
    ['Sunday only 12:00–20:00', { sun: '12:00-20:00' }, 'sun 20:00'],
    ['a Saturday window ending 24:00 joins Sunday 00:00–02:00', { ...days(['wed', 'thu', 'fri'], '09:00-17:00'), sat: '18:00-24:00', sun: '00:00-02:00' }, 'sun 02:00'],
    ['a Saturday window ending 24:00: the free time starts Sunday 00:00', { ...days(['tue', 'wed', 'thu', 'fri'], '16:00-24:00'), sat: '16:00-24:00' }, 'sun 00:00'],
    ['a Sunday window ending 24:00: the free time starts Monday 00:00 (the week as a cycle)', { ...days(['wed', 'thu', 'fri', 'sat'], '09:00-17:00'), sun: '16:00-24:00' }, 'mon 00:00'],
    ['Sunday 20:00–24:00 joins Monday 00:00–04:00 across the week boundary', { sun: '20:00-24:00', mon: '00:00-04:00', thu: '09:00-17:00' }, 'mon 04:00'],
    ['Sat and Sun with two equally long free stretches: the earlier in the week', { wed: '00:00-12:00', sat: '12:00-24:00' }, 'wed 12:00'],
    ['a week with no windows: no proposal', {}, null],
    ['windows around the clock every day: no free time, no proposal', days([...WEEKDAYS], '00:00-24:00'), null],
  ])('%s', (_name, spec, want) => {
    const p = proposePeriodStart(week(spec));
    expect(p === null ? null : `${p.weekday} ${String(Math.floor(p.minute / 60)).padStart(2, '0')}:${String(p.minute % 60).padStart(2, '0')}`).toBe(want);
  });

  it('proposes the start of the worked case v2-7.2a, the start the case uses', () => {
    const dir = join(CASES_DIR, 'v2-7.2a-tue-sat-period-start-sat-1700');
    const a = parseAgreementFile(readFileSync(join(dir, 'agreement.json'), 'utf8'));
    if (!a.ok) throw new Error('the case agreement must parse');
    const proposal = proposePeriodStart(a.value.windows);
    expect(proposal).toEqual(a.value.limits.weeklyRestPeriodStart);
    expect(proposal).toEqual({ weekday: 'sat', minute: 17 * 60 });
  });

  it('never proposes a time that is not a whole hour, and always a weekday of the week', () => {
    for (let end = 1; end < 1440; end += 37) {
      const p = proposePeriodStart(week({ sat: `00:00-${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}` }));
      expect(p).not.toBeNull();
      expect(p!.minute % 60).toBe(0);
      expect(WEEKDAYS).toContain(p!.weekday);
    }
  });
});
