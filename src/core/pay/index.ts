/** Pay classification for payroll exports (issue 7). */
export * from './types';
export { classify, agreedMsOn, type ClassifyInput, type Classification } from './classify';
export { splitOvertime } from './tariff';
export { totalMs, sliceFromEnd, gapsBetween } from './slice';
export { DEFAULT_OVERTIME_RULES, DEFAULT_PAY_SETTINGS, MIN_OVERTIME_PERCENT, TARIFF_50_100, validateOvertimeRules, type PaySettingsProblem } from './rules';
export { classOrder, corrections, dayClassesOf, payLines, sumClasses, unmappedClasses, type Correction, type DayClasses, type PayLine } from './lines';
export { absencePayDays, absenceTotals, dayAbsencesOf, isAbsenceKind, ABSENCE_ORDER, type AbsencePayDay, type DayAbsences } from './absence';
