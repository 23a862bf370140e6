/**
 * The numbers of AML chapter 10 the engine uses, in one place (spec working-time-rules.md §3).
 * Each is named so that a lawyer's different reading is a one-line change, not a hunt for literals.
 */
export const LIMITS = {
  /** § 10-4 (1): normal working time per 24 hours. */
  dailyNormalHours: 9,
  /** § 10-5 (1): daily limit under an individual averaging agreement. */
  dailyNormalHoursAveragingIndividual: 10,
  /** § 10-5 (2): daily limit under a tariff averaging agreement. */
  dailyNormalHoursAveragingTariff: 12.5,
  /** § 10-5 (1),(2): single-week cap of normal hours under averaging. */
  weekCapIndividual: 50,
  weekCapTariff: 54,
  /** § 10-6 (4),(5): overtime per week, per 4 weeks, per overtime year (without / with tariff agreement). */
  overtimeWeek: 10,
  overtimeWeekTariff: 20,
  overtime4Weeks: 25,
  overtime4WeeksTariff: 50,
  overtimeYear: 200,
  overtimeYearTariff: 300,
  /** § 10-6 (8): total working time per 24 h (16 h with a § 10-6 (9) agreement). */
  totalDay: 13,
  totalDayExtended: 16,
  /** § 10-6 (8): average total weekly hours over 8 weeks. */
  totalWeekAverage8: 48,
  /** § 10-9 (1): a break is owed after 5.5 h; 30 min in total from 8 h. minBreak is a choice (spec §3). */
  breakAfterHours: 5.5,
  minBreakMinutes: 15,
  longDayHours: 8,
  longDayBreakMinutes: 30,
  /** § 10-11 (3): own-initiative evening work 21:00–23:00 (local minutes). */
  ownInitiativeFrom: 21 * 60,
  ownInitiativeTo: 23 * 60,
  /** forskrift § 1: at least one home day a week over this many consecutive weeks needs an agreement. */
  agreementMissingWeeks: 4,
} as const;
