/**
 * The agreement form's text fields ⇄ the Agreement model (forskrift § 2 plus the working-time
 * settings of the exchange format). Pure; every error names its field so the form can show it there.
 */
import { WEEKDAYS, type Agreement, type Exempt, type Weekday, type WeeklyWindows } from '../../core/model';
import type { UiKey } from '../../shared/i18n/ui';
import { parseLocalDate } from './local-time';
import { formatWindows, parseWindows } from './windows';

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
  | 'restDailyHours';

export type AgreementParse = { readonly ok: true; readonly agreement: Agreement } | { readonly ok: false; readonly errors: Partial<Record<AgreementField, UiKey>> };

function perDay(w: WeeklyWindows): Record<Weekday, string> {
  const out = {} as Record<Weekday, string>;
  for (const d of WEEKDAYS) out[d] = formatWindows(w[d]);
  return out;
}

export function agreementToForm(a: Agreement): AgreementFormValues {
  const h = a.homeOffice;
  return {
    validFrom: a.validFrom,
    weeklyHours: String(a.weeklyHours),
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
    ownInitiativeEvening: a.limits.ownInitiativeEvening,
    exempt: a.exempt ?? 'none',
  };
}

const parseNumber = (text: string): number => Number(text.trim().replace(',', '.'));

/** Builds the agreement; fields the form does not show (zone, other limits) are kept from `base`. */
export function formToAgreement(v: AgreementFormValues, base: Agreement): AgreementParse {
  const errors: Partial<Record<AgreementField, UiKey>> = {};
  if (!parseLocalDate(v.validFrom)) errors.validFrom = 'form.error.date';
  const weeklyHours = parseNumber(v.weeklyHours);
  if (!Number.isFinite(weeklyHours) || weeklyHours <= 0 || weeklyHours > 60) errors.weeklyHours = 'form.error.weeklyHours';
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
      ownInitiativeEvening: v.ownInitiativeEvening,
    },
    exempt,
  };
  return { ok: true, agreement };
}
