/**
 * The first-run proposal: Monday–Friday 08:00–15:45, 37.5 h a week, availability 09:00–15:00,
 * and the exchange format's default limits (spec exchange-format.md). The user confirms or edits it.
 */
import type { Agreement, DayWindow, Limits, WeeklyWindows } from '../../core/model';

const day = (from: number, to: number): readonly DayWindow[] => [{ from, to }];

export function weekdays(from: number, to: number): WeeklyWindows {
  return { mon: day(from, to), tue: day(from, to), wed: day(from, to), thu: day(from, to), fri: day(from, to), sat: [], sun: [] };
}

export const UI_DEFAULT_LIMITS: Limits = {
  averaging: null,
  tariffOvertime: false,
  extendedTotalDay: false,
  restDailyHours: 11,
  restWeeklyHours: 35,
  weeklyNormalHours: 40,
  sundayAveraging: false,
  ownInitiativeEvening: false,
  nightWindow: { from: 21 * 60, to: 6 * 60 },
  basis: { sunday: false, night: false },
  overtimeYearStart: { month: 1, day: 1 },
  onCallFactor: 1 / 7,
};

export function proposedAgreement(validFrom: string, zone: string): Agreement {
  return {
    zone,
    validFrom,
    weeklyHours: 37.5,
    windows: weekdays(8 * 60, 15 * 60 + 45),
    availability: weekdays(9 * 60, 15 * 60),
    homeOffice: {
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      scope: '',
      temporaryUntil: null,
      termination: '',
      trialPeriod: null,
      equipment: '',
      confidentiality: '',
    },
    limits: UI_DEFAULT_LIMITS,
    exempt: null,
  };
}
