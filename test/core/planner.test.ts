/** The look-ahead planner (spec §4), table-driven at fixed instants in Europe/Oslo. */
import { describe, expect, it } from 'vitest';
import { formatInstant, plan, type PlanItem } from '../../src/core/index';
import { agreement, at, work } from '../helpers/build';

const Z = 'Europe/Oslo';
const show = (items: readonly PlanItem[]) => items.map((i) => `${i.reason} ${formatInstant(i.line, Z).slice(11, 16)}`);
const a = agreement();

describe('plan', () => {
  it('Tuesday 15:20 in an 08:00–15:45 day: agreed end soon, end, night, rest (next start 08:00 ⇒ stop by 21:00), 9 h; version 2 adds § 10-9: 8 h with < 30 min of breaks at 16:00, 2 h past the agreed end at 17:45, and 5.5 h without a break already passed at 13:30', () => {
    const p = plan({ sessions: [work('2026-11-24T08:00:00+01:00', '2026-11-24T15:20:00+01:00')], agreement: a, now: at('2026-11-24T15:20:00+01:00') });
    expect(show(p.upcoming)).toEqual([
      'agreed-end-soon 15:45',
      'agreed-end 15:45',
      'long-break-due 16:00',
      'daily-normal-limit 17:00',
      'overtime-break-due 17:45',
      'night-start 21:00',
      'rest-latest-stop 21:00',
      'total-day-limit 21:00',
      'weekly-overtime-limit 03:00', // 9 h normal + 10 h overtime in one continuous day
    ]);
    expect(formatInstant(p.upcoming[0]!.at, Z)).toBe('2026-11-24T15:30:00+01:00');
    expect(show(p.passed)).toEqual(['break-due 13:30']);
    expect(p.upcoming[0]!.message.nb).toBe('Avtalt arbeidstid slutter kl. 15:45.');
  });

  it('after the agreed end the line is passed and asks for a follow-up (version 2: with the two § 10-9 (1) break lines of 8.5 h without a break)', () => {
    const p = plan({ sessions: [work('2026-11-24T08:00:00+01:00', '2026-11-24T16:30:00+01:00')], agreement: a, now: at('2026-11-24T16:30:00+01:00') });
    expect(show(p.passed)).toEqual(['break-due 13:30', 'agreed-end 15:45', 'long-break-due 16:00']);
  });

  it('Saturday evening before a Sunday: the window starts 18:00, warned at 17:45', () => {
    const p = plan({ sessions: [work('2026-06-13T16:00:00+02:00', '2026-06-13T17:00:00+02:00')], agreement: a, now: at('2026-06-13T17:00:00+02:00') });
    const sunday = p.upcoming.find((i) => i.reason === 'sunday-start')!;
    expect(formatInstant(sunday.at, Z)).toBe('2026-06-13T17:45:00+02:00');
    expect(formatInstant(sunday.line, Z)).toBe('2026-06-13T18:00:00+02:00');
  });

  it('Easter Saturday: the holiday window starts 15:00', () => {
    const p = plan({ sessions: [work('2026-04-04T13:00:00+02:00', '2026-04-04T14:00:00+02:00')], agreement: a, now: at('2026-04-04T14:00:00+02:00') });
    expect(show(p.upcoming.filter((i) => i.reason === 'sunday-start'))).toEqual(['sunday-start 15:00']);
  });

  it('the day before 17 May (a weekday): the window starts 22:00, after night work at 21:00', () => {
    const p = plan({ sessions: [work('2028-05-16T08:00:00+02:00', '2028-05-16T19:00:00+02:00')], agreement: a, now: at('2028-05-16T19:00:00+02:00') });
    expect(show(p.upcoming.filter((i) => i.reason === 'sunday-start' || i.reason === 'night-start'))).toEqual(['night-start 21:00', 'sunday-start 22:00']);
  });

  it('inside the night window the night line is passed', () => {
    const p = plan({ sessions: [work('2026-11-24T21:00:00+01:00', '2026-11-24T22:00:00+01:00')], agreement: a, now: at('2026-11-24T22:00:00+01:00') });
    expect(show(p.passed)).toContain('night-start 21:00');
  });

  it('weekly 40 h: Friday after 36 h is warned at the right instant', () => {
    const sessions = ['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10'].map((d) => work(`${d}T07:00:00+02:00`, `${d}T16:00:00+02:00`));
    sessions.push(work('2026-09-11T08:00:00+02:00', '2026-09-11T09:00:00+02:00'));
    const p = plan({ sessions, agreement: a, now: at('2026-09-11T09:00:00+02:00') });
    expect(show(p.upcoming.filter((i) => i.reason === 'weekly-normal-limit'))).toEqual(['weekly-normal-limit 12:00']);
    // 36 h + 3 h to 12:00 (40 h); the day passes 9 h at 17:00; overtime reaches 10 h at 22:00.
    expect(show(p.upcoming.filter((i) => i.reason === 'weekly-overtime-limit'))).toEqual(['weekly-overtime-limit 22:00']);
  });

  it('across the autumn DST change, lines are real elapsed time', () => {
    const p = plan({ sessions: [work('2026-10-24T22:00:00+02:00', '2026-10-25T01:00:00+02:00')], agreement: a, now: at('2026-10-25T01:00:00+02:00') });
    // 9 h after 22:00 +02:00 is 06:00 +01:00 (the repeated hour counts).
    expect(formatInstant(p.upcoming.find((i) => i.reason === 'daily-normal-limit')!.line, Z)).toBe('2026-10-25T06:00:00+01:00');
  });

  it('does not mutate its input and is a pure function of (sessions, agreement, now)', () => {
    const sessions = [work('2026-11-24T08:00:00+01:00', '2026-11-24T15:20:00+01:00')];
    const copy = JSON.parse(JSON.stringify(sessions));
    const p1 = plan({ sessions, agreement: a, now: at('2026-11-24T15:20:00+01:00') });
    const p2 = plan({ sessions, agreement: a, now: at('2026-11-24T15:20:00+01:00') });
    expect(sessions).toEqual(copy);
    expect(p1).toEqual(p2);
  });
});
