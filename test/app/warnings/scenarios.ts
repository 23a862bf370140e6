/**
 * Calendar scenarios for the scheduler (issue 4 tests), all Europe/Oslo. The lines are legal facts
 * from spec working-time-rules §3.2–§4, so the same table runs against a hand-made planner and,
 * in real-planner.test.ts, against core `plan()`.
 */
import type { PlanReason } from '../../../src/core/model';

export interface Scenario {
  readonly name: string;
  /** Open session start, Oslo wall time. */
  readonly start: string;
  /** Run the clock until (Oslo wall time, with offset where ambiguous). */
  readonly until: string;
  /** Lines that must be warned about: reason and line instant. */
  readonly lines: readonly { readonly reason: PlanReason; readonly line: string }[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'autumn DST change (Sat 2026-10-24 16:00 into the repeated hour)',
    start: '2026-10-24 16:00',
    until: '2026-10-25T05:00:00+01:00',
    lines: [
      { reason: 'sunday-start', line: '2026-10-24 18:00' },
      { reason: 'night-start', line: '2026-10-24 21:00' },
      // 9 h and 13 h of real time: 01:00 +02:00, and 04:00 +01:00 after the clocks went back.
      { reason: 'daily-normal-limit', line: '2026-10-25T01:00:00+02:00' },
      { reason: 'total-day-limit', line: '2026-10-25T04:00:00+01:00' },
      // Version 2, § 10-9: 5.5 h and 8 h of one working stretch; a Saturday has no agreed end, so normal
      // time ends at 9 h (01:00 +02:00) and 2 h later is the very instant the clocks go back.
      { reason: 'break-due', line: '2026-10-24 21:30' },
      { reason: 'long-break-due', line: '2026-10-25T00:00:00+02:00' },
      { reason: 'overtime-break-due', line: '2026-10-25T02:00:00+01:00' },
    ],
  },
  {
    name: 'spring DST change (Sat 2026-03-28 16:00 across the missing hour)',
    start: '2026-03-28 16:00',
    until: '2026-03-29 07:00',
    lines: [
      { reason: 'sunday-start', line: '2026-03-28 18:00' },
      { reason: 'night-start', line: '2026-03-28 21:00' },
      { reason: 'daily-normal-limit', line: '2026-03-29T01:00:00+01:00' },
      // 13 h of real time end at 06:00 +02:00, not 05:00.
      { reason: 'total-day-limit', line: '2026-03-29T06:00:00+02:00' },
      // Version 2, § 10-9: normal time ends at 9 h (01:00 +01:00); 2 real hours later is 04:00 +02:00.
      { reason: 'break-due', line: '2026-03-28 21:30' },
      { reason: 'long-break-due', line: '2026-03-29T00:00:00+01:00' },
      { reason: 'overtime-break-due', line: '2026-03-29T04:00:00+02:00' },
    ],
  },
  {
    name: 'Saturday evening before a Sunday window (2026-03-21)',
    start: '2026-03-21 13:00',
    until: '2026-03-21 19:00',
    lines: [{ reason: 'sunday-start', line: '2026-03-21 18:00' }],
  },
  {
    name: 'Easter Saturday 15:00 (2026-04-04)',
    start: '2026-04-04 10:00',
    until: '2026-04-04 16:00',
    lines: [{ reason: 'sunday-start', line: '2026-04-04 15:00' }],
  },
  {
    name: 'the day before 17 May on a Saturday (2026-05-16: window from 18:00)',
    start: '2026-05-16 12:00',
    until: '2026-05-16 19:00',
    lines: [{ reason: 'sunday-start', line: '2026-05-16 18:00' }],
  },
  {
    name: 'the day before 17 May on a weekday (2028-05-16: night at 21:00, window from 22:00)',
    start: '2028-05-16 13:00',
    until: '2028-05-16 23:00',
    lines: [
      { reason: 'night-start', line: '2028-05-16 21:00' },
      { reason: 'sunday-start', line: '2028-05-16 22:00' },
    ],
  },
];
