/**
 * The agreement form's text fields ⇄ the Agreement model (forskrift § 2 plus the working-time
 * settings of the exchange format). Pure; every error names its field so the form can show it there.
 */
import { proposePeriodStart } from '../../core/agreement/propose-period-start';
import { WEEKDAYS, type Agreement, type Lang, type DailyRestReading, type Exempt, type Weekday, type WeeklyRestCounting, type WeeklyRestPeriodStart, type WeeklyWindows } from '../../core/model';
import type { UiKey } from '../../shared/i18n/ui';
import { countWord } from '../../shared/i18n/plural';
import { parseLocalDate, parseLocalTime } from './local-time';
import { formatWindows, minutesToText, parseWindows } from './windows';

export type AveragingChoice = 'none' | 'individual' | 'tariff';

export interface AgreementFormValues {
  readonly validFrom: string;
  readonly weeklyHours: string;
  readonly windows: Readonly<Record<Weekday, string>>;
  readonly availability: Readonly<Record<Weekday, string>>;
  readonly homeDays: readonly Weekday[];
  readonly scope: string;
  readonly temporaryUntil: string;
  readonly termination: string;
  readonly trialPeriod: string;
  readonly equipment: string;
  readonly confidentiality: string;
  readonly averaging: AveragingChoice;
  readonly averagingFrom: string;
  readonly averagingTo: string;
  readonly restDailyHours: string;
  /** Spec § 7.1: the two readings of daily rest. */
  readonly dailyRestReading: DailyRestReading;
  /** Spec § 7.2: the weekday and local time (HH:MM) the seven-day weekly-rest periods start. */
  readonly weeklyRestDay: Weekday;
  readonly weeklyRestTime: string;
  readonly weeklyRestCounting: WeeklyRestCounting;
  /** Spec § 7.3: minutes; a longer gap ends a working stretch. */
  readonly breakStretchGapMinutes: string;
  /** Spec § 7.5: on-call counts towards the work day too (version 1). */
  readonly onCallCountsTowardDay: boolean;
  readonly ownInitiativeEvening: boolean;
  readonly exempt: 'none' | 'leading' | 'independent';
}

export type AgreementField =
  | 'validFrom'
  | 'weeklyHours'
  | `windows.${Weekday}`
  | `availability.${Weekday}`
  | 'temporaryUntil'
  | 'averagingFrom'
  | 'averagingTo'
  | 'restDailyHours'
  | 'weeklyRestTime'
  | 'breakStretchGapMinutes';

export type AgreementParse = { readonly ok: true; readonly agreement: Agreement } | { readonly ok: false; readonly errors: Partial<Record<AgreementField, UiKey>> };

function perDay(w: WeeklyWindows): Record<Weekday, string> {
  const out = {} as Record<Weekday, string>;
  for (const d of WEEKDAYS) out[d] = formatWindows(w[d]);
  return out;
}

/** The form's values for `a`; the weekly hours are written for `lang` (37,5 in nb and nn), and either mark is read back. */
export function agreementToForm(a: Agreement, lang: Lang = 'en'): AgreementFormValues {
  const h = a.homeOffice;
  return {
    validFrom: a.validFrom,
    weeklyHours: a.weeklyHours === null ? '' : countWord(lang, a.weeklyHours),
    windows: perDay(a.windows),
    availability: perDay(a.availability),
    homeDays: h?.days ?? [],
    scope: h?.scope ?? '',
    temporaryUntil: h?.temporaryUntil ?? '',
    termination: h?.termination ?? '',
    trialPeriod: h?.trialPeriod ?? '',
    equipment: h?.equipment ?? '',
    confidentiality: h?.confidentiality ?? '',
    averaging: a.limits.averaging?.kind ?? 'none',
    averagingFrom: a.limits.averaging?.from ?? '',
    averagingTo: a.limits.averaging?.to ?? '',
    restDailyHours: String(a.limits.restDailyHours),
    dailyRestReading: a.limits.dailyRestReading,
    weeklyRestDay: a.limits.weeklyRestPeriodStart.weekday,
    weeklyRestTime: minutesToText(a.limits.weeklyRestPeriodStart.minute),
    weeklyRestCounting: a.limits.weeklyRestCounting,
    breakStretchGapMinutes: String(a.limits.breakStretchGapMinutes),
    onCallCountsTowardDay: a.limits.onCallCountsTowardDay,
    ownInitiativeEvening: a.limits.ownInitiativeEvening,
    exempt: a.exempt ?? 'none',
  };
}

const parseNumber = (text: string): number => Number(text.trim().replace(',', '.'));

/** Builds the agreement; fields the form does not show (zone, other limits) are kept from `base`. */
export function formToAgreement(v: AgreementFormValues, base: Agreement): AgreementParse {
  const errors: Partial<Record<AgreementField, UiKey>> = {};
  if (!parseLocalDate(v.validFrom)) errors.validFrom = 'form.error.date';
  // Empty means no weekly hours are agreed (spec § 7.9).
  const weeklyHours = v.weeklyHours.trim() === '' ? null : parseNumber(v.weeklyHours);
  if (weeklyHours !== null && (!Number.isFinite(weeklyHours) || weeklyHours <= 0 || weeklyHours > 60)) errors.weeklyHours = 'form.error.weeklyHours';
  const windows = {} as Record<Weekday, { from: number; to: number }[]>;
  const availability = {} as Record<Weekday, { from: number; to: number }[]>;
  for (const d of WEEKDAYS) {
    const w = parseWindows(v.windows[d]);
    if (w.ok) windows[d] = w.windows;
    else errors[`windows.${d}`] = w.error;
    const a = parseWindows(v.availability[d]);
    if (a.ok) availability[d] = a.windows;
    else errors[`availability.${d}`] = a.error;
  }
  if (v.temporaryUntil.trim() !== '' && !parseLocalDate(v.temporaryUntil)) errors.temporaryUntil = 'form.error.date';
  if (v.averaging !== 'none') {
    if (!parseLocalDate(v.averagingFrom)) errors.averagingFrom = 'form.error.date';
    if (!parseLocalDate(v.averagingTo)) errors.averagingTo = 'form.error.date';
    else if (parseLocalDate(v.averagingFrom) && v.averagingTo < v.averagingFrom) errors.averagingTo = 'form.error.periodOrder';
  }
  const rest = parseNumber(v.restDailyHours);
  if (!Number.isFinite(rest) || rest < 8 || rest > 11) errors.restDailyHours = 'form.error.restDaily';
  // The same ranges as the agreement file (exchange-format.md `limits`): a weekday and 00:00–23:59; 15–720 whole minutes.
  const periodTime = parseLocalTime(v.weeklyRestTime);
  if (!periodTime) errors.weeklyRestTime = 'form.error.periodStartTime';
  const gapText = v.breakStretchGapMinutes.trim();
  const gap = /^\d+$/.test(gapText) ? Number(gapText) : Number.NaN;
  if (!Number.isInteger(gap) || gap < 15 || gap > 720) errors.breakStretchGapMinutes = 'form.error.breakStretchGap';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const exempt: Exempt = v.exempt === 'none' ? null : v.exempt;
  const agreement: Agreement = {
    ...base,
    validFrom: v.validFrom,
    weeklyHours,
    windows,
    availability,
    homeOffice: {
      days: WEEKDAYS.filter((d) => v.homeDays.includes(d)),
      scope: v.scope.trim(),
      temporaryUntil: v.temporaryUntil.trim() || null,
      termination: v.termination.trim(),
      trialPeriod: v.trialPeriod.trim() || null,
      equipment: v.equipment.trim(),
      confidentiality: v.confidentiality.trim(),
    },
    limits: {
      ...base.limits,
      averaging: v.averaging === 'none' ? null : { kind: v.averaging, from: v.averagingFrom, to: v.averagingTo },
      restDailyHours: rest,
      dailyRestReading: v.dailyRestReading,
      weeklyRestPeriodStart: { weekday: v.weeklyRestDay, minute: periodTime ? periodTime[0] * 60 + periodTime[1] : 0 },
      weeklyRestCounting: v.weeklyRestCounting,
      breakStretchGapMinutes: gap,
      onCallCountsTowardDay: v.onCallCountsTowardDay,
      ownInitiativeEvening: v.ownInitiativeEvening,
    },
    exempt,
  };
  return { ok: true, agreement };
}

/** Spec § 7.2: the proposed weekly-rest period start for the windows as typed, or null (no Saturday or Sunday window, or a window that does not parse yet). */
export function periodStartProposal(v: AgreementFormValues): WeeklyRestPeriodStart | null {
  const windows = {} as Record<Weekday, { from: number; to: number }[]>;
  for (const d of WEEKDAYS) {
    const w = parseWindows(v.windows[d]);
    if (!w.ok) return null;
    windows[d] = w.windows;
  }
  return proposePeriodStart(windows);
}

/** The proposal to offer, or null when there is none or the form already has it. */
export function periodStartSuggestion(v: AgreementFormValues): { readonly weekday: Weekday; readonly time: string } | null {
  const p = periodStartProposal(v);
  if (!p) return null;
  const time = minutesToText(p.minute);
  const current = parseLocalTime(v.weeklyRestTime);
  if (p.weekday === v.weeklyRestDay && current && current[0] * 60 + current[1] === p.minute) return null;
  return { weekday: p.weekday, time };
}
