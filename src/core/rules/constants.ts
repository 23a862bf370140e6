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
  /** § 10-5 (1),(2): single-week cap of normal hours under averaging; hours above it are AML overtime (spec § 7.7). */
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
  /** § 10-6 (8) last sentence: averaged total working time never above 69 h in a single week (spec § 7.6). */
  totalWeekSingle: 69,
  /** § 10-9 (1): a break is owed after 5.5 h; 30 min in total from 8 h. minBreak is a choice (spec §3). */
  breakAfterHours: 5.5,
  minBreakMinutes: 15,
  longDayHours: 8,
  longDayBreakMinutes: 30,
  /** § 10-9 (2): work of more than 2 h after the end of normal working time needs a pause of at least 30 min (spec § 7.3). */
  overtimeBreakAfterHours: 2,
  overtimeBreakMinutes: 30,
  /** § 10-11 (3): own-initiative evening work 21:00–23:00 (local minutes). */
  ownInitiativeFrom: 21 * 60,
  ownInitiativeTo: 23 * 60,
  /**
   * forskrift § 1 (work at home that is "fast", not sporadic; spec § 7.8): at least this many home days
   * within this many consecutive weeks need a home-office agreement.
   */
  agreementMissingHomeDays: 4,
  agreementMissingWeeks: 4,
  /** Spec § 7.8: a home day holds home work of at least this share of the agreed daily hours (weekly hours / 5). */
  homeDayShareOfAgreedDay: 0.5,
  workDaysPerWeek: 5,
  /** Spec § 7.9: the hours of a home day when no weekly hours are agreed. */
  homeDayHoursWithoutAgreement: 4,
} as const;
