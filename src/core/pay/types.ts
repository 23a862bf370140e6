/**
 * Pay classification types: how a period's work is split into the classes payroll pays
 * differently, and the employer's settings that say how (tariff overtime rules, wage types).
 * All durations are integer milliseconds so that the classes of a day sum exactly to its worked time.
 */
import type { Instant, Interval, MinuteOfDay, Weekday } from '../model';

/**
 * Built-in pay classes. `normal`, `merarbeid` and the tariff overtime classes partition worked time;
 * `night`, `sunday` and `on-call` are supplement classes counted on top (an hour can be both
 * overtime and night).
 */
export type BaseClass = 'normal' | 'merarbeid' | 'night' | 'sunday' | 'on-call';
export const SUPPLEMENT_CLASSES: readonly BaseClass[] = ['night', 'sunday', 'on-call'];

/** A tariff overtime class, e.g. `{ id: 'overtime-50', percent: 50 }`. */
export interface OvertimeClass {
  readonly id: string;
  /** The supplement in percent of the hourly wage (AML § 10-6 (11): at least 40 for AML overtime). */
  readonly percent: number;
}

/** When a tariff rule puts an overtime minute into its class. */
export type OvertimeCondition =
  /** Overtime of the work day beyond its first `hours` (counted in time order). */
  | { readonly kind: 'after-daily-hours'; readonly hours: number }
  /** Local time window [from, to); crosses midnight when from >= to. */
  | { readonly kind: 'window'; readonly from: MinuteOfDay; readonly to: MinuteOfDay }
  /** Local weekdays, e.g. Saturday and Sunday. */
  | { readonly kind: 'weekdays'; readonly days: readonly Weekday[] }
  /** Inside a protected Sunday/holiday window (AML § 10-10 (1), spec §3.2). */
  | { readonly kind: 'red-day' };

export interface OvertimeRule {
  readonly class: string;
  readonly when: OvertimeCondition;
}

/**
 * Tariff overtime as configurable rules. A minute of overtime goes to the class with the highest
 * percent among the rules that match it, else to the first class (the default).
 */
export interface OvertimeRules {
  /**
   * Which hours are paid as overtime: `aml` = AML overtime only (merarbeid is its own class);
   * `beyond-agreed` = every hour beyond the agreed hours (merarbeid and AML overtime, as in LOK).
   */
  readonly basis: 'aml' | 'beyond-agreed';
  readonly classes: readonly OvertimeClass[];
  readonly rules: readonly OvertimeRule[];
}

/** Visma Lønn "standard format" options (peers-and-formats.md C.2). */
export interface VismaOptions {
  /** Field 1: `0` in Visma.net; the wage year in Visma Lønn (information only). */
  readonly wageYear: number;
  /** Field 2: `0` in Visma.net. */
  readonly runNumber: number;
  /** Cost carriers R1 (department) and R2 (project); blank is written as `""`. */
  readonly department: string;
  readonly project: string;
  /**
   * The file's character set (issue 16). `windows-1252` (default): the only Visma payroll import
   * descriptions found that name a charset name Windows code page 1252 (docs/payroll-formats.md);
   * `utf-8-bom`: UTF-8 with a byte order mark, which readers that take UTF-8 recognise; `utf-8`:
   * without BOM, only for a reader known to expect it.
   */
  readonly encoding: VismaEncoding;
}

export const VISMA_ENCODINGS = ['windows-1252', 'utf-8-bom', 'utf-8'] as const;
export type VismaEncoding = (typeof VISMA_ENCODINGS)[number];

/** The employer's pay settings, stored with the settings. */
export interface PaySettings {
  readonly employeeNumber: string;
  readonly employeeName: string;
  readonly overtime: OvertimeRules;
  /** Pay class id (base class or overtime class id) → the employer's wage type (lønnsart). */
  readonly wageTypes: Readonly<Record<string, string>>;
  readonly visma: VismaOptions;
  /**
   * How overtime is taken when no reason says otherwise (issue 15 item 2): `pay` (default, also when
   * absent) or `time-off` (avspasering); each overtime reason records its own choice.
   */
  readonly overtimeTakenAs?: 'pay' | 'time-off';
}

/** One classified row of the timesheet: a work day (or a date with on-call only). */
export interface PayDay {
  /** Work-day label `YYYY-MM-DD` (spec §2: the local date on which the work day starts). */
  readonly day: string;
  readonly weekday: Weekday;
  readonly week: string;
  /** Work as logged, overlapping sessions merged (AML § 10-7: start and end of each period). */
  readonly work: readonly Interval[];
  /** Breaks: the gaps inside the day's working stretches (gaps of at most the agreement's breakStretchGapMinutes, spec § 7.3). */
  readonly breaks: readonly Interval[];
  /** On-call time not covered by work. */
  readonly onCall: readonly Interval[];
  readonly workedMs: number;
  readonly breakMs: number;
  /** Agreed hours for this date (the agreement's windows; 0 on a red day). */
  readonly agreedMs: number;
  readonly normalMs: number;
  readonly merarbeidMs: number;
  /** AML § 10-6 overtime placed on this day (daily excess plus its share of the weekly excess). */
  readonly amlOvertimeMs: number;
  readonly nightMs: number;
  readonly sundayMs: number;
  readonly onCallMs: number;
  /** Tariff overtime class id → ms. Sums to amlOvertimeMs (basis aml) or merarbeidMs + amlOvertimeMs. */
  readonly overtime: Readonly<Record<string, number>>;
  /** Pay class id → ms: the lines payroll gets. Zero classes are left out. */
  readonly classes: Readonly<Record<string, number>>;
}

export interface PayWeek {
  readonly week: string;
  readonly workedMs: number;
  readonly amlOvertimeMs: number;
  readonly merarbeidMs: number;
}

export interface PayPeriod {
  /** Local dates, inclusive. */
  readonly from: string;
  readonly to: string;
}

export type { Instant };
