/**
 * The fast path of reading `fyrabend.agreement/1` (issue 21: start-up of every command): checks the
 * parsed JSON by hand and builds the same Agreement as the zod schema in agreement.ts, so a command
 * that reads a well-formed agreement never builds or runs the schema. It accepts nothing the schema
 * refuses; on anything it does not recognise it gives null, and the schema reads the value and
 * names its problems (test/shared/agreement-fast.test.ts compares both on random and damaged files).
 */
import { DEFAULT_LIMITS, DEFAULT_ZONE, WEEKDAYS, type Agreement, type DayWindow, type HomeOffice, type Limits, type Weekday, type WeeklyWindows } from '../../core/index';
import { AGREEMENT_FORMAT, isOvertimeYearStart, isZone, nightCovers, parsePeriodStart } from './agreement-fields';
import { isLocalDateText, parseClock } from './time-fields';

type Obj = Record<string, unknown>;

/** A plain JSON object whose keys are all in `allowed` (strict objects: an unknown key goes to the schema). */
function objectOf(v: unknown, allowed: ReadonlySet<string>): Obj | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  for (const k of Object.keys(v)) if (!allowed.has(k)) return null;
  return v as Obj;
}

const keys = (...k: string[]): ReadonlySet<string> => new Set(k);
const TOP = keys('format', 'zone', 'validFrom', 'workingTime', 'availability', 'homeOffice', 'limits', 'exempt');
const WORKING_TIME = keys('weeklyHours', 'windows');
const WEEK = keys(...WEEKDAYS);
const HOME_OFFICE = keys('days', 'scope', 'temporaryUntil', 'termination', 'trialPeriod', 'equipment', 'confidentiality');
const LIMITS = keys(
  'averaging',
  'tariffOvertime',
  'extendedTotalDay',
  'restDailyHours',
  'restWeeklyHours',
  'weeklyNormalHours',
  'sundayAveraging',
  'ownInitiativeEvening',
  'nightWindow',
  'basis',
  'overtimeYearStart',
  'onCallFactor',
  'dailyRestReading',
  'weeklyRestPeriodStart',
  'weeklyRestCounting',
  'breakStretchGapMinutes',
  'onCallCountsTowardDay',
);
const AVERAGING = keys('kind', 'from', 'to');
const BASIS = keys('sunday', 'night');
const TEXT_MAX = 4000;

/** Marks a value the fast path does not take (the schema then reads the whole file). */
const NO: unique symbol = Symbol('no');
type Maybe<T> = T | typeof NO;

const num = (v: unknown, min: number, max: number): Maybe<number> => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : NO);
const bool = (v: unknown, dflt: boolean): Maybe<boolean> => (v === undefined ? dflt : typeof v === 'boolean' ? v : NO);
const text = (v: unknown, dflt: string): Maybe<string> => (v === undefined ? dflt : typeof v === 'string' && v.length <= TEXT_MAX ? v : NO);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], dflt: T): Maybe<T> => (v === undefined ? dflt : typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : NO);
const date = (v: unknown): Maybe<string> => (typeof v === 'string' && isLocalDateText(v) ? v : NO);

function week(v: unknown): Maybe<WeeklyWindows> {
  const out: Record<string, DayWindow[]> = {};
  const o = v === undefined ? {} : objectOf(v, WEEK);
  if (!o) return NO;
  for (const d of WEEKDAYS) {
    const list = o[d];
    const windows: DayWindow[] = [];
    if (list !== undefined) {
      if (!Array.isArray(list)) return NO;
      for (const w of list) {
        if (!Array.isArray(w) || w.length !== 2 || typeof w[0] !== 'string' || typeof w[1] !== 'string') return NO;
        const from = parseClock(w[0], false);
        const to = parseClock(w[1], true);
        if (from === null || to === null || from >= to) return NO;
        windows.push({ from, to });
      }
    }
    out[d] = windows;
  }
  return out as unknown as WeeklyWindows;
}

function homeOffice(v: unknown): Maybe<HomeOffice | null> {
  if (v === undefined || v === null) return null;
  const o = objectOf(v, HOME_OFFICE);
  if (!o) return NO;
  let days: Weekday[] = [];
  if (o.days !== undefined) {
    if (!Array.isArray(o.days) || !o.days.every((d) => typeof d === 'string' && (WEEKDAYS as readonly string[]).includes(d))) return NO;
    days = [...(o.days as Weekday[])];
  }
  const scope = text(o.scope, '');
  const temporaryUntil = o.temporaryUntil === undefined || o.temporaryUntil === null ? null : date(o.temporaryUntil);
  const termination = text(o.termination, '');
  const trialPeriod = o.trialPeriod === undefined || o.trialPeriod === null ? null : text(o.trialPeriod, '');
  const equipment = text(o.equipment, '');
  const confidentiality = text(o.confidentiality, '');
  if (scope === NO || temporaryUntil === NO || termination === NO || trialPeriod === NO || equipment === NO || confidentiality === NO) return NO;
  return { days, scope, temporaryUntil, termination, trialPeriod, equipment, confidentiality };
}

function limits(v: unknown): Maybe<Limits> {
  if (v === undefined) return defaultLimits();
  const o = objectOf(v, LIMITS);
  if (!o) return NO;
  let averaging: Limits['averaging'] = null;
  if (o.averaging !== undefined && o.averaging !== null) {
    const a = objectOf(o.averaging, AVERAGING);
    if (!a || (a.kind !== 'individual' && a.kind !== 'tariff')) return NO;
    const from = date(a.from);
    const to = date(a.to);
    if (from === NO || to === NO || from > to) return NO;
    averaging = { kind: a.kind, from, to };
  }
  const tariffOvertime = bool(o.tariffOvertime, false);
  const extendedTotalDay = bool(o.extendedTotalDay, false);
  const restDailyHours = o.restDailyHours === undefined ? 11 : num(o.restDailyHours, 8, 11);
  const restWeeklyHours = o.restWeeklyHours === undefined ? 35 : num(o.restWeeklyHours, 28, 35);
  const weeklyNormalHours = o.weeklyNormalHours === undefined ? 40 : o.weeklyNormalHours === 40 || o.weeklyNormalHours === 38 || o.weeklyNormalHours === 36 ? o.weeklyNormalHours : NO;
  const sundayAveraging = bool(o.sundayAveraging, false);
  const ownInitiativeEvening = bool(o.ownInitiativeEvening, false);
  let nightWindow: DayWindow = { from: 21 * 60, to: 6 * 60 };
  if (o.nightWindow !== undefined) {
    const n = o.nightWindow;
    if (!Array.isArray(n) || n.length !== 2 || typeof n[0] !== 'string' || typeof n[1] !== 'string') return NO;
    const from = parseClock(n[0], false);
    const to = parseClock(n[1], false);
    if (from === null || to === null || !nightCovers(n[0], n[1])) return NO;
    nightWindow = { from, to };
  }
  let basis = { sunday: false, night: false };
  if (o.basis !== undefined) {
    const b = objectOf(o.basis, BASIS);
    const sunday = b ? bool(b.sunday, false) : NO;
    const night = b ? bool(b.night, false) : NO;
    if (sunday === NO || night === NO) return NO;
    basis = { sunday, night };
  }
  let overtimeYearStart = { month: 1, day: 1 };
  if (o.overtimeYearStart !== undefined) {
    if (typeof o.overtimeYearStart !== 'string' || !isOvertimeYearStart(o.overtimeYearStart)) return NO;
    overtimeYearStart = { month: Number(o.overtimeYearStart.slice(0, 2)), day: Number(o.overtimeYearStart.slice(3)) };
  }
  const onCallFactor = o.onCallFactor === undefined ? DEFAULT_LIMITS.onCallFactor : num(o.onCallFactor, 0, 1);
  const dailyRestReading = oneOf(o.dailyRestReading, ['between-work-days', 'within-24h'] as const, DEFAULT_LIMITS.dailyRestReading);
  const periodStart = o.weeklyRestPeriodStart === undefined ? { ...DEFAULT_LIMITS.weeklyRestPeriodStart } : typeof o.weeklyRestPeriodStart === 'string' ? parsePeriodStart(o.weeklyRestPeriodStart) : null;
  const weeklyRestCounting = oneOf(o.weeklyRestCounting, ['inside-period', 'starts-in-period'] as const, DEFAULT_LIMITS.weeklyRestCounting);
  const gap = o.breakStretchGapMinutes;
  const breakStretchGapMinutes = gap === undefined ? DEFAULT_LIMITS.breakStretchGapMinutes : Number.isInteger(gap) ? num(gap, 15, 720) : NO;
  const onCallCountsTowardDay = bool(o.onCallCountsTowardDay, DEFAULT_LIMITS.onCallCountsTowardDay);
  if (
    tariffOvertime === NO ||
    extendedTotalDay === NO ||
    restDailyHours === NO ||
    restWeeklyHours === NO ||
    weeklyNormalHours === NO ||
    sundayAveraging === NO ||
    ownInitiativeEvening === NO ||
    onCallFactor === NO ||
    dailyRestReading === NO ||
    periodStart === null ||
    weeklyRestCounting === NO ||
    breakStretchGapMinutes === NO ||
    onCallCountsTowardDay === NO
  ) {
    return NO;
  }
  return {
    averaging,
    tariffOvertime,
    extendedTotalDay,
    restDailyHours,
    restWeeklyHours,
    weeklyNormalHours,
    sundayAveraging,
    ownInitiativeEvening,
    nightWindow,
    basis,
    overtimeYearStart,
    onCallFactor,
    dailyRestReading,
    weeklyRestPeriodStart: periodStart,
    weeklyRestCounting,
    breakStretchGapMinutes,
    onCallCountsTowardDay,
  };
}

/** The format's limits when a file has none: a fresh copy, as the schema's reading gives. */
function defaultLimits(): Limits {
  const d = DEFAULT_LIMITS;
  return { ...d, nightWindow: { ...d.nightWindow }, basis: { ...d.basis }, overtimeYearStart: { ...d.overtimeYearStart }, weeklyRestPeriodStart: { ...d.weeklyRestPeriodStart } };
}

/** The Agreement of a parsed `fyrabend.agreement/1` value, or null when the zod schema must read it (anything unusual, every problem). */
export function fastAgreement(value: unknown): Agreement | null {
  const o = objectOf(value, TOP);
  if (!o || o.format !== AGREEMENT_FORMAT) return null;
  const zone = o.zone === undefined ? DEFAULT_ZONE : typeof o.zone === 'string' && isZone(o.zone) ? o.zone : null;
  const validFrom = date(o.validFrom);
  if (zone === null || validFrom === NO) return null;
  let weeklyHours: number | null = null;
  let windows: Maybe<WeeklyWindows> = week(undefined);
  if (o.workingTime !== undefined) {
    const w = objectOf(o.workingTime, WORKING_TIME);
    if (!w) return null;
    if (w.weeklyHours !== undefined && w.weeklyHours !== null) {
      const h = num(w.weeklyHours, 0, 168);
      if (h === NO) return null;
      weeklyHours = h;
    }
    windows = week(w.windows);
  }
  const availability = week(o.availability);
  const home = homeOffice(o.homeOffice);
  const lim = limits(o.limits);
  const exempt = o.exempt === undefined || o.exempt === null ? null : o.exempt === 'leading' || o.exempt === 'independent' ? o.exempt : NO;
  if (windows === NO || availability === NO || home === NO || lim === NO || exempt === NO) return null;
  return { zone, validFrom, weeklyHours, windows, availability, homeOffice: home, limits: lim, exempt };
}
