/**
 * The domain model shared by every rule: instants are epoch milliseconds (UTC), durations are
 * real elapsed milliseconds, and every calendar notion is evaluated in an explicit IANA zone.
 * Nothing in src/core reads the clock or the host time zone.
 */

/** Epoch milliseconds (UTC). */
export type Instant = number;

/** A half-open interval [start, end) of instants. */
export interface Interval {
  readonly start: Instant;
  readonly end: Instant;
}

export type SessionKind = 'work' | 'on-call';
export type SessionLocation = 'home' | 'office' | 'other';
export type Initiative = 'employer' | 'own';

/** One logged session (spec §1). `breakWithDuties` marks a break in which the employee had to stay reachable: it is work. */
export interface Session extends Interval {
  readonly kind: SessionKind;
  readonly location: SessionLocation;
  readonly initiative: Initiative;
  readonly breakWithDuties: boolean;
  readonly note?: string;
  /** Optional stable id (from the store); never used by the rules. */
  readonly id?: string;
}

/** An interval in which the employee marked themselves available/reachable. */
export type AvailabilityMark = Interval;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A local time of day in minutes after midnight, 0..1440 (1440 = "24:00", only as a window end). */
export type MinuteOfDay = number;

/** A window of local time on one weekday: [from, to) in minutes after midnight; from < to. */
export interface DayWindow {
  readonly from: MinuteOfDay;
  readonly to: MinuteOfDay;
}

export type WeeklyWindows = Readonly<Record<Weekday, readonly DayWindow[]>>;

export interface Averaging {
  readonly kind: 'individual' | 'tariff';
  /** Local dates `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  readonly to: string;
}

/** The working-time settings of the agreement (exchange-format `limits`), with defaults applied. */
export interface Limits {
  readonly averaging: Averaging | null;
  readonly tariffOvertime: boolean;
  readonly extendedTotalDay: boolean;
  readonly restDailyHours: number;
  readonly restWeeklyHours: number;
  readonly weeklyNormalHours: number;
  readonly sundayAveraging: boolean;
  readonly ownInitiativeEvening: boolean;
  /** Night window [from, to) as minutes of day; crosses midnight when from > to. */
  readonly nightWindow: DayWindow;
  readonly basis: { readonly sunday: boolean; readonly night: boolean };
  /** Month and day the overtime year starts, e.g. { month: 1, day: 1 }. */
  readonly overtimeYearStart: { readonly month: number; readonly day: number };
  readonly onCallFactor: number;
  /** Spec § 7.1: daily rest between work days (version 2) or the span of a main work period within 24 h (version 1). */
  readonly dailyRestReading: DailyRestReading;
  /** Spec § 7.2: where the fixed seven-day weekly-rest periods start (weekday and local time). */
  readonly weeklyRestPeriodStart: WeeklyRestPeriodStart;
  /** Spec § 7.2: count only the free time inside the period (version 2) or a run starting in it in full (version 1). */
  readonly weeklyRestCounting: WeeklyRestCounting;
  /** Spec § 7.3: a gap longer than this (minutes) ends a working stretch for § 10-9 (1). */
  readonly breakStretchGapMinutes: number;
  /** Spec § 7.5: on-call counts towards the work day too (version 1) or towards the week only (version 2). */
  readonly onCallCountsTowardDay: boolean;
}

export type DailyRestReading = 'between-work-days' | 'within-24h';
export type WeeklyRestCounting = 'inside-period' | 'starts-in-period';

/** The start of the seven-day weekly-rest periods: a weekday and a local time of day (0..1439 minutes). */
export interface WeeklyRestPeriodStart {
  readonly weekday: Weekday;
  readonly minute: MinuteOfDay;
}

export interface HomeOffice {
  readonly days: readonly Weekday[];
  readonly scope: string;
  readonly temporaryUntil: string | null;
  readonly termination: string;
  readonly trialPeriod: string | null;
  readonly equipment: string;
  readonly confidentiality: string;
}

export type Exempt = null | 'leading' | 'independent';

/** The home-office agreement (forskrift § 2) plus the working-time settings (exchange-format `fyrabend.agreement/1`). */
export interface Agreement {
  readonly zone: string;
  readonly validFrom: string;
  /** Agreed weekly hours (e.g. 37.5); null when none are agreed (spec § 7.9). */
  readonly weeklyHours: number | null;
  readonly windows: WeeklyWindows;
  readonly availability: WeeklyWindows;
  /** null when no home-office agreement is stored (forskrift § 2 warning). */
  readonly homeOffice: HomeOffice | null;
  readonly limits: Limits;
  readonly exempt: Exempt;
}

export type Severity = 'violation' | 'needs-basis' | 'warning' | 'info';
export const SEVERITY_ORDER: readonly Severity[] = ['violation', 'needs-basis', 'warning', 'info'];

export type RuleId =
  | 'aml.10-6.overtime-day'
  | 'aml.10-6.overtime-week'
  | 'aml.10-6.overtime-week-limit'
  | 'aml.10-6.overtime-4-weeks'
  | 'aml.10-6.overtime-year'
  | 'aml.10-6.total-day'
  | 'aml.10-6.total-8-weeks'
  | 'aml.10-6.total-week'
  | 'aml.10-8.daily-rest'
  | 'aml.10-8.weekly-rest'
  | 'aml.10-8.sunday-following'
  | 'aml.10-9.break'
  | 'aml.10-9.overtime-break'
  | 'aml.10-10.sunday'
  | 'aml.10-11.night'
  | 'agreement.outside-hours'
  | 'agreement.outside-availability'
  | 'forskrift.agreement-missing'
  | 'absence.work-while-absent';

export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];
export type Message = Readonly<Record<Lang, string>>;

/** One finding of the rule engine (exchange-format `fyrabend.findings/1`). Hours are decimal. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Work-day label `YYYY-MM-DD`, ISO week `YYYY-Www`, or a date, as the rule table says. */
  readonly key: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly measured: number;
  readonly limit: number;
  readonly unit: 'h' | 'weeks' | 'days';
  readonly ref: string;
  readonly message: Message;
}

/** Per work day totals (hours). `overtime` is the day's excess over the daily limit. */
export interface DayTotals {
  readonly day: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly hours: number;
  readonly overtime: number;
  readonly night: number;
  readonly sunday: number;
  readonly outsideAgreed: number;
}

/** Per ISO week totals (hours). `overtime` is AML overtime (§ 10-6), `merarbeid` work beyond the agreed hours that is not AML overtime. */
export interface WeekTotals {
  readonly week: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly hours: number;
  readonly overtime: number;
  readonly merarbeid: number;
}

export interface Report {
  readonly zone: string;
  readonly findings: readonly Finding[];
  readonly days: readonly DayTotals[];
  readonly weeks: readonly WeekTotals[];
}

export type PlanReason =
  | 'agreed-end-soon'
  | 'agreed-end'
  | 'availability-end'
  | 'night-start'
  | 'sunday-start'
  | 'rest-latest-stop'
  | 'daily-normal-limit'
  | 'total-day-limit'
  | 'weekly-normal-limit'
  | 'weekly-overtime-limit'
  /** § 10-9 (1) first sentence (spec § 7.3): the working stretch reaches 5.5 h without a gap of `minBreak` (15 min). */
  | 'break-due'
  /** § 10-9 (1) second sentence: the working stretch reaches 8 h with less than 30 min of gaps in total. */
  | 'long-break-due'
  /** § 10-9 (2): work after the day's agreed end passes 2 h without a 30-minute pause after that end. */
  | 'overtime-break-due'
  /** § 10-8 (2) (spec § 7.2): the latest stop that leaves the weekly rest inside the current seven-day period. */
  | 'weekly-rest-latest-stop'
  /** § 10-6 (8) last sentence (spec § 7.6): 69 hours in the week. */
  | 'total-week-limit';

/** One upcoming (or already passed) line for an open session (spec §4). */
export interface PlanItem {
  /** When to warn: `line` minus the lead time for lines approached, or the line itself. */
  readonly at: Instant;
  /** The instant the line is crossed. */
  readonly line: Instant;
  readonly reason: PlanReason;
  readonly rule: RuleId;
  readonly message: Message;
}

export interface Plan {
  readonly now: Instant;
  /** Lines still ahead (line > now), sorted by `at`, then reason. */
  readonly upcoming: readonly PlanItem[];
  /** Lines the open session has already crossed (line <= now): each deserves a follow-up. */
  readonly passed: readonly PlanItem[];
}
