/** Reader and writer of `fyrabend.agreement/1` (exchange-format.md): the home-office agreement and its limits. */
import * as z from 'zod';
import { DEFAULT_LIMITS, DEFAULT_ZONE, WEEKDAYS, type Agreement, type DayWindow, type Limits, type Weekday, type WeeklyRestPeriodStart, type WeeklyWindows } from '../../core/index';
import type { Result } from '../result';
import { AGREEMENT_FORMAT, clock, isOvertimeYearStart, isZone, nightCovers, parsePeriodStart, periodStartText } from './agreement-fields';
import { fastAgreement } from './agreement-fast';
import { parseClock } from './time-fields';
import { localDate } from './time-schemas';
import { parseJsonText, problemKey, problemsOf, type FormatProblem } from './problems';

export { AGREEMENT_FORMAT, isZone, parsePeriodStart, periodStartText };

/** The largest agreement file accepted (issue 18 item 4): 1 MB; a real agreement is a few kilobytes. */
export const MAX_AGREEMENT_BYTES = 1024 * 1024;

const EMPTY_WEEK = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/**
 * The zod schema of the format, built on first use (issue 21: a command reading a well-formed
 * agreement takes the fast path in agreement-fast.ts and never builds it). It names the problems of
 * every file the fast path does not take.
 */
function buildSchema() {
  const clockFrom = z.string().refine((t) => parseClock(t, false) !== null, { message: problemKey('clock.from') });
  const clockTo = z.string().refine((t) => parseClock(t, true) !== null, { message: problemKey('clock.to') });

  const windowSchema = z
    .tuple([clockFrom, clockTo])
    .refine(([f, t]) => (parseClock(f, false) ?? 0) < (parseClock(t, true) ?? 0), { message: problemKey('window.order') });

  const weekSchema = z.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(windowSchema).default([])])) as Record<(typeof WEEKDAYS)[number], z.ZodDefault<z.ZodArray<typeof windowSchema>>>);

  const limitsSchema = z.strictObject({
    averaging: z
      .strictObject({ kind: z.enum(['individual', 'tariff']), from: localDate, to: localDate })
      .refine((a) => a.from <= a.to, { message: problemKey('averaging.order'), path: ['to'] })
      .nullable()
      .default(null),
    tariffOvertime: z.boolean().default(false),
    extendedTotalDay: z.boolean().default(false),
    restDailyHours: z.number().min(8, problemKey('restDaily.min')).max(11, problemKey('restDaily.max')).default(11),
    restWeeklyHours: z.number().min(28, problemKey('restWeekly.min')).max(35, problemKey('restWeekly.max')).default(35),
    weeklyNormalHours: z.union([z.literal(40), z.literal(38), z.literal(36)], { error: problemKey('weeklyNormalHours') }).default(40),
    sundayAveraging: z.boolean().default(false),
    ownInitiativeEvening: z.boolean().default(false),
    nightWindow: z
      .tuple([clockFrom, clockFrom])
      .refine(([f, t]) => nightCovers(f, t), { message: problemKey('nightWindow') })
      .default(['21:00', '06:00']),
    basis: z.strictObject({ sunday: z.boolean().default(false), night: z.boolean().default(false) }).default({ sunday: false, night: false }),
    overtimeYearStart: z.string().refine(isOvertimeYearStart, { message: problemKey('overtimeYearStart') }).default('01-01'),
    onCallFactor: z.number().min(0).max(1).default(DEFAULT_LIMITS.onCallFactor),
    dailyRestReading: z.enum(['between-work-days', 'within-24h']).default(DEFAULT_LIMITS.dailyRestReading),
    weeklyRestPeriodStart: z
      .string()
      .refine((t) => parsePeriodStart(t) !== null, { message: problemKey('weeklyRestPeriodStart') })
      .default(periodStartText(DEFAULT_LIMITS.weeklyRestPeriodStart)),
    weeklyRestCounting: z.enum(['inside-period', 'starts-in-period']).default(DEFAULT_LIMITS.weeklyRestCounting),
    breakStretchGapMinutes: z
      .number()
      .int(problemKey('breakStretchGap'))
      .min(15, problemKey('breakStretchGap'))
      .max(720, problemKey('breakStretchGap'))
      .default(DEFAULT_LIMITS.breakStretchGapMinutes),
    onCallCountsTowardDay: z.boolean().default(DEFAULT_LIMITS.onCallCountsTowardDay),
  });

  const text = z.string().max(4000);

  const homeOfficeSchema = z.strictObject({
    days: z.array(z.enum(WEEKDAYS as unknown as [string, ...string[]])).default([]),
    scope: text.default(''),
    temporaryUntil: localDate.nullable().default(null),
    termination: text.default(''),
    trialPeriod: text.nullable().default(null),
    equipment: text.default(''),
    confidentiality: text.default(''),
  });

  // Strict objects (issue 18 item 4): an unknown field is refused with its JSON path, never kept or dropped silently.
  return z.strictObject({
    format: z.literal(AGREEMENT_FORMAT),
    zone: z.string().refine(isZone, { message: problemKey('zone') }).default(DEFAULT_ZONE),
    validFrom: localDate,
    workingTime: z
      .strictObject({
        weeklyHours: z.number().min(0).max(168).nullable().default(null),
        windows: weekSchema.default(EMPTY_WEEK),
      })
      .default({ weeklyHours: null, windows: EMPTY_WEEK }),
    availability: weekSchema.default(EMPTY_WEEK),
    homeOffice: homeOfficeSchema.nullable().default(null),
    limits: limitsSchema.default(limitsSchema.parse({})),
    exempt: z.enum(['leading', 'independent']).nullable().default(null),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

/** The zod schema of `fyrabend.agreement/1` (built once, on first use). */
export function agreementFileSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema();
  return schema;
}

export type AgreementFile = z.input<ReturnType<typeof buildSchema>>;

function toWeekly(w: Record<string, [string, string][]>): WeeklyWindows {
  const out = {} as Record<string, DayWindow[]>;
  for (const d of WEEKDAYS) out[d] = (w[d] ?? []).map(([f, t]) => ({ from: parseClock(f, false) as number, to: parseClock(t, true) as number }));
  return out as unknown as WeeklyWindows;
}

/** Reads an agreement file's text into the core Agreement, with every default of the format applied. */
export function parseAgreementFile(textIn: string): Result<Agreement, FormatProblem[]> {
  const json = parseJsonText(textIn);
  if (!json.ok) return { ok: false, error: [json.problem] };
  return parseAgreementJson(json.value);
}

export function parseAgreementJson(value: unknown): Result<Agreement, FormatProblem[]> {
  const fast = fastAgreement(value);
  if (fast) return { ok: true, value: fast };
  return parseWithSchema(value);
}

/** The schema's reading: every file the fast path leaves, and the reference the fast path is tested against. */
export function parseWithSchema(value: unknown): Result<Agreement, FormatProblem[]> {
  const r = agreementFileSchema().safeParse(value, { reportInput: true });
  if (!r.success) return { ok: false, error: problemsOf(r.error) };
  const a = r.data;
  const [nf, nt] = a.limits.nightWindow;
  const [ym, yd] = a.limits.overtimeYearStart.split('-').map(Number) as [number, number];
  const limits: Limits = {
    ...a.limits,
    weeklyNormalHours: a.limits.weeklyNormalHours,
    nightWindow: { from: parseClock(nf, false) as number, to: parseClock(nt, false) as number },
    overtimeYearStart: { month: ym, day: yd },
    weeklyRestPeriodStart: parsePeriodStart(a.limits.weeklyRestPeriodStart) as WeeklyRestPeriodStart,
  };
  return {
    ok: true,
    value: {
      zone: a.zone,
      validFrom: a.validFrom,
      weeklyHours: a.workingTime.weeklyHours,
      windows: toWeekly(a.workingTime.windows),
      availability: toWeekly(a.availability),
      homeOffice: a.homeOffice ? { ...a.homeOffice, days: a.homeOffice.days as Weekday[] } : null,
      limits,
      exempt: a.exempt,
    },
  };
}

/** Writes an Agreement back as `fyrabend.agreement/1` JSON (an object, ready for JSON.stringify). */
export function agreementToJson(a: Agreement): Record<string, unknown> {
  const week = (w: WeeklyWindows) => Object.fromEntries(WEEKDAYS.map((d) => [d, w[d].map((x) => [clock(x.from), clock(x.to)])]));
  const l = a.limits;
  return {
    format: AGREEMENT_FORMAT,
    zone: a.zone,
    validFrom: a.validFrom,
    workingTime: { weeklyHours: a.weeklyHours, windows: week(a.windows) },
    availability: week(a.availability),
    homeOffice: a.homeOffice,
    limits: {
      averaging: l.averaging,
      tariffOvertime: l.tariffOvertime,
      extendedTotalDay: l.extendedTotalDay,
      restDailyHours: l.restDailyHours,
      restWeeklyHours: l.restWeeklyHours,
      weeklyNormalHours: l.weeklyNormalHours,
      sundayAveraging: l.sundayAveraging,
      ownInitiativeEvening: l.ownInitiativeEvening,
      nightWindow: [clock(l.nightWindow.from), clock(l.nightWindow.to)],
      basis: l.basis,
      overtimeYearStart: `${String(l.overtimeYearStart.month).padStart(2, '0')}-${String(l.overtimeYearStart.day).padStart(2, '0')}`,
      onCallFactor: l.onCallFactor,
      dailyRestReading: l.dailyRestReading,
      weeklyRestPeriodStart: periodStartText(l.weeklyRestPeriodStart),
      weeklyRestCounting: l.weeklyRestCounting,
      breakStretchGapMinutes: l.breakStretchGapMinutes,
      onCallCountsTowardDay: l.onCallCountsTowardDay,
    },
    exempt: a.exempt,
  };
}
