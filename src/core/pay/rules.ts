/**
 * Tariff overtime rules: defaults, a common tariff preset, and validation.
 * AML § 10-6 (11): overtime is paid with a supplement of at least 40 % of the hourly wage.
 */
import type { BaseClass, OvertimeRules, PaySettings } from './types';

/** AML § 10-6 (11): the statutory minimum overtime supplement, in percent. */
export const MIN_OVERTIME_PERCENT = 40;

/** Without a tariff: AML overtime with the statutory 40 % supplement; merarbeid is its own class. */
export const DEFAULT_OVERTIME_RULES: OvertimeRules = {
  basis: 'aml',
  classes: [{ id: 'overtime-40', percent: MIN_OVERTIME_PERCENT }],
  rules: [],
};

/**
 * A common tariff (e.g. Spekter): 50 % for the first 4 h of overtime a day, 100 % after that and
 * between 21:00 and 07:00, on Saturdays and Sundays, and inside Sunday/holiday windows.
 */
export const TARIFF_50_100: OvertimeRules = {
  basis: 'aml',
  classes: [
    { id: 'overtime-50', percent: 50 },
    { id: 'overtime-100', percent: 100 },
  ],
  rules: [
    { class: 'overtime-100', when: { kind: 'after-daily-hours', hours: 4 } },
    { class: 'overtime-100', when: { kind: 'window', from: 21 * 60, to: 7 * 60 } },
    { class: 'overtime-100', when: { kind: 'weekdays', days: ['sat', 'sun'] } },
    { class: 'overtime-100', when: { kind: 'red-day' } },
  ],
};

export const DEFAULT_PAY_SETTINGS: PaySettings = {
  employeeNumber: '',
  employeeName: '',
  overtime: DEFAULT_OVERTIME_RULES,
  wageTypes: {},
  visma: { wageYear: 0, runNumber: 0, department: '', project: '', encoding: 'windows-1252' },
};

const BASE: readonly BaseClass[] = ['normal', 'merarbeid', 'night', 'sunday', 'on-call'];

/** A problem in the pay settings: a stable code plus the parameters a message needs. */
export interface PaySettingsProblem {
  readonly code:
    | 'no-overtime-class'
    | 'bad-class-id'
    | 'duplicate-class'
    | 'percent-below-minimum'
    | 'unknown-rule-class'
    | 'bad-rule';
  readonly subject: string;
}

/** Checks tariff overtime rules; an empty list means they can be used. */
export function validateOvertimeRules(rules: OvertimeRules): PaySettingsProblem[] {
  const problems: PaySettingsProblem[] = [];
  if (rules.classes.length === 0) problems.push({ code: 'no-overtime-class', subject: '' });
  const seen = new Set<string>();
  for (const c of rules.classes) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(c.id) || (BASE as readonly string[]).includes(c.id)) problems.push({ code: 'bad-class-id', subject: c.id });
    else if (seen.has(c.id)) problems.push({ code: 'duplicate-class', subject: c.id });
    seen.add(c.id);
    if (!(c.percent >= MIN_OVERTIME_PERCENT)) problems.push({ code: 'percent-below-minimum', subject: c.id });
  }
  for (const r of rules.rules) {
    if (!seen.has(r.class)) problems.push({ code: 'unknown-rule-class', subject: r.class });
    const w = r.when;
    const bad =
      (w.kind === 'after-daily-hours' && !(w.hours >= 0)) ||
      (w.kind === 'window' && !(w.from >= 0 && w.from <= 1440 && w.to >= 0 && w.to <= 1440 && w.from !== w.to)) ||
      (w.kind === 'weekdays' && w.days.length === 0);
    if (bad) problems.push({ code: 'bad-rule', subject: r.class });
  }
  return problems;
}
