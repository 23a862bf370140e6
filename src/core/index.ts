/**
 * The public surface of src/core. Other layers import only from here.
 *
 * - evaluate(): the AML chapter 10 rule engine (spec working-time-rules.md §1–§3, §5, §6).
 * - plan(): the look-ahead planner (spec §4).
 * - time and calendar helpers that every layer needs (zone-aware, never the host zone).
 */
export * from './model';
export * from './absence/model';
export { balanceOf, type Balance, type BalanceInput, type DateBalance } from './absence/balance';
export { agreedHoursOn } from './agreement/agreed-hours';
export { evaluate, type EvaluateInput } from './engine/evaluate';
export { plan, PLAN_RULES, type PlanInput } from './planner/plan';
export { DEFAULT_LIMITS, DEFAULT_ZONE, VERSION_1_READINGS, defaultAgreement, emptyWindows } from './agreement/defaults';
export { agreementInForce } from './agreement/in-force';
export { proposePeriodStart } from './agreement/propose-period-start';
export { ZoneClock, zoneClock } from './time/zone';
export { formatInstant } from './time/format';
export { localDateOf, localDateRange, startOfLocalDay } from './time/local-range';
export { isoWeekLabel, isoWeekOf, addDays, dayNumber, dateString, weekdayOf, parseDate } from './time/civil';
export { easterSunday, redDaysOfYear, isRedDay, redDayName } from './calendar/red-days';
export { protectedSegments, type ProtectedSegment } from './calendar/protected-windows';
export { nightIntervals } from './calendar/night';
export { unionIntervals, intersectLength, clipIntervals } from './time/interval';
export { hours, HOUR_MS, MINUTE_MS, roundHours } from './time/units';
export { RULES, type RuleInfo } from './rules/catalog';
export * from './pay/index';
export * from './anonymise/index';
