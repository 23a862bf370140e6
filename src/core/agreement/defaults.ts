/** Defaults of the agreement format (exchange-format.md `fyrabend.agreement/1`, `limits`). */
import type { Agreement, Limits, WeeklyWindows } from '../model';

export const DEFAULT_ZONE = 'Europe/Oslo';

export const DEFAULT_LIMITS: Limits = {
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
  dailyRestReading: 'between-work-days',
  weeklyRestPeriodStart: { weekday: 'mon', minute: 0 },
  weeklyRestCounting: 'inside-period',
  breakStretchGapMinutes: 120,
  onCallCountsTowardDay: false,
};

/** The version 1 readings of the § 7 settings (spec working-time-rules.md § 7), for the settings that have one. */
export const VERSION_1_READINGS: Pick<Limits, 'dailyRestReading' | 'weeklyRestCounting' | 'onCallCountsTowardDay'> = {
  dailyRestReading: 'within-24h',
  weeklyRestCounting: 'starts-in-period',
  onCallCountsTowardDay: true,
};

export function emptyWindows(): WeeklyWindows {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

const weekdays = (from: number, to: number): WeeklyWindows => {
  const w = [{ from, to }];
  return { mon: w, tue: w, wed: w, thu: w, fri: w, sat: [], sun: [] };
};

/** A typical agreement: Mon–Fri 08:00–15:45, 37.5 h, available 09:00–15:00, Europe/Oslo. */
export function defaultAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    zone: DEFAULT_ZONE,
    validFrom: '2026-01-01',
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
    limits: DEFAULT_LIMITS,
    exempt: null,
    ...overrides,
  };
}
