/**
 * The pay settings form as plain data: from the stored settings to the fields the user edits, and
 * back, with a message key per field that is wrong. The overtime rules come from a preset (the
 * statutory 40 % or the common 50/100 % tariff) or stay as stored ("custom").
 * AML § 10-6 (11): an overtime supplement is at least 40 %.
 */
import { classOrder, DEFAULT_OVERTIME_RULES, MIN_OVERTIME_PERCENT, TARIFF_50_100, type OvertimeRules, type PaySettings, type VismaEncoding } from '../../core/pay';
import { ABSENCE_KINDS, type AbsenceKind } from '../../core/absence/model';
import { DEFAULT_OVERTIME_TAKEN_AS, type OvertimeTakenAs } from '../../core/overtime-basis';
import type { UiExportKey } from '../../shared/i18n/ui-export';

export type RulePreset = 'aml' | 'tariff' | 'custom';

export interface PayForm {
  readonly employeeNumber: string;
  readonly employeeName: string;
  readonly basis: OvertimeRules['basis'];
  readonly preset: RulePreset;
  /** Overtime class id → the percent as typed. */
  readonly percents: Readonly<Record<string, string>>;
  /** Pay class id, or absence kind (issue 15: `ferie`, `sykdom`, …), → the wage type as typed. */
  readonly wageTypes: Readonly<Record<string, string>>;
  /** Visma Lønn fields (issue 16), as typed. */
  readonly wageYear: string;
  readonly runNumber: string;
  readonly department: string;
  readonly project: string;
  readonly encoding: VismaEncoding;
  /** How a day's overtime is taken when its reason does not say (issue 15 item 2; default pay). */
  readonly overtimeTakenAs: OvertimeTakenAs;
}

/** Field name (`employeeNumber`, `percent.<id>`, `wageType.<id>`) → message key. */
export type PayFormErrors = Readonly<Record<string, UiExportKey>>;

const sameRules = (a: OvertimeRules, b: OvertimeRules): boolean => JSON.stringify({ c: a.classes, r: a.rules }) === JSON.stringify({ c: b.classes, r: b.rules });
const ignorePercent = (r: OvertimeRules): OvertimeRules => ({ ...r, classes: r.classes.map((c) => ({ ...c, percent: 0 })) });

function presetOf(rules: OvertimeRules): RulePreset {
  if (sameRules(ignorePercent(rules), ignorePercent(DEFAULT_OVERTIME_RULES))) return 'aml';
  if (sameRules(ignorePercent(rules), ignorePercent(TARIFF_50_100))) return 'tariff';
  return 'custom';
}

/** The overtime rules a preset stands for (custom: the stored ones). */
export function presetRules(preset: RulePreset, stored: OvertimeRules): OvertimeRules {
  return preset === 'aml' ? DEFAULT_OVERTIME_RULES : preset === 'tariff' ? TARIFF_50_100 : stored;
}

export function formOf(settings: PaySettings): PayForm {
  const percents: Record<string, string> = {};
  for (const c of settings.overtime.classes) percents[c.id] = String(c.percent);
  return {
    employeeNumber: settings.employeeNumber,
    employeeName: settings.employeeName,
    basis: settings.overtime.basis,
    preset: presetOf(settings.overtime),
    percents,
    wageTypes: { ...settings.wageTypes },
    wageYear: String(settings.visma.wageYear),
    runNumber: String(settings.visma.runNumber),
    department: settings.visma.department,
    project: settings.visma.project,
    encoding: settings.visma.encoding,
    overtimeTakenAs: settings.overtimeTakenAs ?? DEFAULT_OVERTIME_TAKEN_AS,
  };
}

/** Switches the preset: the classes change, their percents start at the preset's. */
export function withPreset(form: PayForm, preset: RulePreset, stored: OvertimeRules): PayForm {
  const rules = presetRules(preset, stored);
  const percents: Record<string, string> = {};
  for (const c of rules.classes) percents[c.id] = String(c.percent);
  return { ...form, preset, percents };
}

/** The pay class ids the form asks a wage type for, in display order. */
export function formClasses(form: PayForm, stored: OvertimeRules): string[] {
  return classOrder(presetRules(form.preset, stored).classes.map((c) => c.id));
}

/**
 * The absence kinds the form asks an optional wage type for, in display order (issue 15; stored in
 * `wageTypes` keyed by the kind, beside the pay classes, as docs/payroll-formats.md says).
 */
export function absenceWageKinds(): readonly AbsenceKind[] {
  return ABSENCE_KINDS;
}

const WAGE_TYPE = /^[A-Za-z0-9._-]{0,20}$/;
/** Department and project: at most 30 characters, no separator, no formula start (the main process checks the encoding). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const VISMA_TEXT = /^(?![=+\-@])[^;"\u0000-\u001f\u007f]{0,30}$/;

/** Checks the form; the settings to save, or the message key of each wrong field. */
export function settingsOf(form: PayForm, stored: PaySettings): { ok: true; settings: PaySettings } | { ok: false; errors: PayFormErrors } {
  const errors: Record<string, UiExportKey> = {};
  const number = form.employeeNumber.trim();
  if (number === '') errors.employeeNumber = 'pay.err.employeeNumberMissing';
  else if (number.length > 30) errors.employeeNumber = 'pay.err.employeeNumberLong';
  if (form.employeeName.trim().length > 100) errors.employeeName = 'pay.err.nameLong';
  const rules = presetRules(form.preset, stored.overtime);
  const classes = rules.classes.map((c) => {
    const text = (form.percents[c.id] ?? '').trim();
    const percent = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
    if (!(percent >= MIN_OVERTIME_PERCENT && percent <= 1000)) errors[`percent.${c.id}`] = 'pay.err.percent';
    return { id: c.id, percent };
  });
  const wageTypes: Record<string, string> = {};
  for (const id of [...formClasses(form, stored.overtime), ...absenceWageKinds()]) {
    const value = (form.wageTypes[id] ?? '').trim();
    if (!WAGE_TYPE.test(value)) errors[`wageType.${id}`] = 'pay.err.wageType';
    else if (value !== '') wageTypes[id] = value;
  }
  const count = (field: 'wageYear' | 'runNumber'): number => {
    const text = form[field].trim();
    if (!/^\d{1,4}$/.test(text)) errors[field] = 'pay.err.number4';
    return Number(text);
  };
  const visma = { wageYear: count('wageYear'), runNumber: count('runNumber'), department: form.department.trim(), project: form.project.trim(), encoding: form.encoding };
  for (const field of ['department', 'project'] as const) if (!VISMA_TEXT.test(visma[field])) errors[field] = 'pay.err.vismaText';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: { ...stored, employeeNumber: number, employeeName: form.employeeName.trim(), overtime: { basis: form.basis, classes, rules: rules.rules }, wageTypes, visma, overtimeTakenAs: form.overtimeTakenAs },
  };
}
