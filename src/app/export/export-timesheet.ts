/**
 * Use case: the timesheet of a period for payroll (issues 7 and 16). Three modes:
 *
 * - `preview` (the default): writes the file to look at or to send by hand; marks nothing.
 * - `submit` ("Send to payroll", `--submit`): writes the file and records what payroll now has for
 *   each month it carries (a snapshot per month). A month not sent before goes in full; a month
 *   already sent goes as its corrections (the log against the latest snapshot), whichever month is
 *   being sent, so no change after a submission is ever left behind.
 * - `again` ("Export the whole month again", `--again`): the months exactly as last sent, for a lost
 *   file; says that it repeats what was sent, marks nothing.
 *
 * `dryRun` computes everything and writes and records nothing (the result says what would be).
 * Settings and the timesheet are checked BEFORE any file is written.
 */
import type { Instant, Lang } from '../../core/model';
import { parseDate } from '../../core/time/civil';
import { unmappedClasses, validateOvertimeRules, type PaySettings } from '../../core/pay';
import { err, ok, type AppError, type Result } from '../../shared/result';
import type { FileSink } from '../ports/file-sink';
import type { Submission } from '../ports/submission-repo';
import { isTimesheetFormat, renderTimesheet, type TimesheetFormat } from './formats';
import { localDate, norDate, t } from './formats/common';
import { vismaPayLines } from './formats/visma';
import { vismaFieldProblem, type VismaField } from './formats/visma-fields';
import { loadTimesheet, type LoadedTimesheet, type TimesheetData } from './load-timesheet';
import { parsePeriod } from './period';
import { snapshotJson, snapshotSessions } from './submission-snapshot';
import { buildRepeat, monthFromLabel, type Timesheet } from './timesheet';
import type { TimesheetTextKey } from '../../shared/i18n/timesheet';
import { maxOf } from '../../core/extent';
import { periodText } from '../../shared/i18n/week-label';

export const EXPORT_MODES = ['preview', 'submit', 'again'] as const;
export type ExportMode = (typeof EXPORT_MODES)[number];

export interface ExportTimesheetRequest {
  readonly period: string;
  readonly format: string;
  readonly out: string;
  readonly lang: Lang;
  /** Default `preview`. */
  readonly mode?: ExportMode;
  /** Compute and report, write and record nothing. */
  readonly dryRun?: boolean;
}

export interface ExportTimesheetDeps extends TimesheetData {
  readonly paySettings: () => PaySettings | null;
  readonly files: FileSink;
}

export interface ExportTimesheetResult {
  readonly path: string;
  readonly format: TimesheetFormat;
  readonly mode: ExportMode;
  readonly dryRun: boolean;
  readonly months: readonly string[];
  /** Months sent to payroll for the first time by this file (or that would be, in a dry run). */
  readonly locked: readonly string[];
  /** Sent months whose corrections this file carries. */
  readonly corrected: readonly string[];
  /** Session-level corrections listed in the file. */
  readonly corrections: number;
  readonly bytes: number;
  /** The file's content (what was, or in a dry run would be, written). */
  readonly content: Uint8Array;
  /** For `again`: the latest submission the file repeats. */
  readonly repeats: Instant | null;
  readonly message: string;
}

const DIGITS = /^\d+$/;

/** Checks that need nothing but the request and the settings. */
export function checkSettings(settings: PaySettings | null, format: TimesheetFormat, lang: Lang): AppError | null {
  if (!settings) return { code: 'pay-settings-missing', message: t(lang, 'error.noSettings') };
  const number = settings.employeeNumber.trim();
  if (!number) return { code: 'employee-number-missing', message: t(lang, 'error.noEmployeeNumber') };
  if (format === 'visma' && !DIGITS.test(number)) return { code: 'employee-number-invalid', message: t(lang, 'error.vismaEmployeeNumber', { value: number }) };
  if (format === 'visma') {
    const bad = vismaSettingsProblem(settings, lang, true);
    if (bad) return { code: bad.code, message: bad.message };
  }
  const problems = validateOvertimeRules(settings.overtime);
  if (problems.length) {
    const details = problems.map((p) => `${p.code}${p.subject ? ` '${p.subject}'` : ''}`).join(', ');
    return { code: 'overtime-rules-invalid', message: t(lang, 'error.overtimeRules', { details }) };
  }
  return null;
}

const VISMA_CODES = { formula: 'visma-formula', separator: 'visma-separator', control: 'visma-control', encoding: 'visma-encoding' } as const;
const VISMA_KEYS = { formula: 'error.vismaFormula', separator: 'error.vismaSeparator', control: 'error.vismaControl', encoding: 'error.vismaEncoding' } as const;

/**
 * The first problem with the Visma department and project (a formula start, a separator, a
 * control character, or with `withEncoding` a character the chosen encoding cannot hold), as a
 * message naming the field. Used before a Visma file is written and when the settings are saved.
 */
export function vismaSettingsProblem(settings: PaySettings, lang: Lang, withEncoding: boolean): (AppError & { readonly field: VismaField }) | null {
  for (const field of ['department', 'project'] as const) {
    const p = vismaFieldProblem(field, settings.visma[field], withEncoding ? settings.visma.encoding : null);
    if (p) return { field, code: VISMA_CODES[p.kind], message: t(lang, VISMA_KEYS[p.kind], { field: t(lang, `field.${field}`), char: p.char, encoding: settings.visma.encoding }) };
  }
  return null;
}

/** Pay-level checks on the built timesheet: unmapped classes, empty period, Visma wage types. */
export function checkTimesheet(ts: Timesheet, format: TimesheetFormat, lang: Lang): AppError | null {
  const hasWork = ts.months.some((m) => m.days.length > 0 || m.absences.length > 0);
  if (!hasWork && ts.correctionDeltas.length === 0 && ts.corrections.length === 0 && ts.absenceCorrections.length === 0) return { code: 'empty-period', message: t(lang, 'error.emptyPeriod', { period: ts.period }) };
  const used = new Set<string>();
  for (const m of ts.months) for (const [id, ms] of Object.entries(m.totals)) if (ms !== 0) used.add(id);
  for (const c of ts.correctionDeltas) used.add(c.classId);
  const missing = unmappedClasses(used, ts.settings.wageTypes);
  if (missing.length) return { code: 'wage-type-missing', message: t(lang, 'error.unmapped', { classes: missing.join(', ') }) };
  if (format === 'visma') {
    // An absence kind without a wage type is listed in the other formats and left out of Visma (issue 15:
    // many payroll offices take absence from another system); one that has a wage type needs digits.
    const kinds = new Set<string>();
    for (const m of ts.months) for (const a of m.absences) kinds.add(a.kind);
    for (const c of ts.absenceCorrections) kinds.add(c.classId);
    for (const id of [...used, ...[...kinds].filter((k) => (ts.settings.wageTypes[k] ?? '').trim() !== '')].sort()) {
      const value = (ts.settings.wageTypes[id] ?? '').trim();
      if (!DIGITS.test(value)) return { code: 'wage-type-invalid', message: t(lang, 'error.vismaWageType', { cls: id, value }) };
    }
    if (vismaPayLines(ts).length === 0) return nothingNew(ts, 'error.nothingNew', lang);
  }
  return null;
}

function nothingNew(ts: Timesheet, key: TimesheetTextKey, lang: Lang): AppError {
  const at = maxOf(ts.months.map((m) => m.lastSubmittedAt ?? 0));
  return { code: 'nothing-new', message: t(lang, key, { period: ts.period, date: norDate(localDate(at > 0 ? at : ts.generatedAt, ts.zone)) }) };
}

/** What a submission of `ts` records: months sent for the first time, and sent months that changed. */
export function submissionPlan(loaded: LoadedTimesheet): { first: string[]; corrected: string[] } {
  const { ts, sent } = loaded;
  const first = ts.months.filter((m) => m.submittedAt === null && (m.days.length > 0 || m.absences.length > 0)).map((m) => m.label);
  const corrected = [...new Set([...ts.correctionDeltas.map((c) => c.period), ...ts.corrections.map((c) => c.period), ...ts.absenceCorrections.map((c) => c.period)])].filter((l) => sent.has(l)).sort();
  return { first, corrected };
}

function submissionsOf(loaded: LoadedTimesheet, plan: { first: string[]; corrected: string[] }, format: string, at: Instant): Omit<Submission, 'id'>[] {
  const { sessions, clock, current: classified } = loaded;
  const current = (label: string) => {
    const m = monthFromLabel(label);
    const lo = clock.startOfDay(parseDate(m.from));
    const hi = clock.startOfDay(parseDate(m.to) + 1);
    return sessions.filter((s) => s.start >= lo && s.start < hi);
  };
  const out: Omit<Submission, 'id'>[] = [];
  const add = (label: string, kind: Submission['kind']) => {
    const m = classified.get(label);
    if (!m) return;
    out.push({ month: label, at, kind, format, snapshot: snapshotJson({ days: m.days, weeks: m.weeks, sessions: snapshotSessions(current(label)), absences: m.absences }) });
  };
  for (const l of plan.first) add(l, 'submit');
  for (const l of plan.corrected) add(l, 'correction');
  return out;
}

function doneMessage(lang: Lang, mode: ExportMode, dryRun: boolean, r: { period: string; path: string; locked: readonly string[]; corrected: readonly string[]; repeats: Instant | null; bytes: number; format: string }, zone: string): string {
  const parts: string[] = [];
  if (dryRun) parts.push(t(lang, 'dryRun', { path: r.path, bytes: r.bytes, format: r.format }));
  else if (mode === 'again') parts.push(t(lang, 'done.again', { period: r.period, path: r.path, date: norDate(localDate(r.repeats ?? 0, zone)) }));
  else if (mode === 'submit') parts.push(t(lang, 'done.submit', { period: r.period, path: r.path }));
  else parts.push(t(lang, 'done.preview', { period: r.period, path: r.path }));
  if (mode === 'submit') {
    if (r.locked.length) parts.push(t(lang, dryRun ? 'dryRun.locks' : 'done.locked', { months: r.locked.map((m) => periodText(m, lang)).join(', ') }));
    if (r.corrected.length) parts.push(t(lang, dryRun ? 'dryRun.corrections' : 'done.corrected', { months: r.corrected.map((m) => periodText(m, lang)).join(', ') }));
  }
  return parts.join('\n');
}

export async function exportTimesheet(req: ExportTimesheetRequest, deps: ExportTimesheetDeps): Promise<Result<ExportTimesheetResult>> {
  const { lang } = req;
  const mode = req.mode ?? 'preview';
  const dryRun = req.dryRun === true;
  const months = parsePeriod(req.period);
  if (!months) return err({ code: 'period-invalid', message: t(lang, 'error.badPeriod', { value: req.period }) });
  if (!isTimesheetFormat(req.format)) return err({ code: 'format-invalid', message: t(lang, 'error.badFormat', { value: req.format }) });
  const format = req.format;
  const settings = deps.paySettings();
  const bad = checkSettings(settings, format, lang);
  if (bad || !settings) return err(bad ?? { code: 'pay-settings-missing', message: t(lang, 'error.noSettings') });
  const loadedR = loadTimesheet(req.period, settings, lang, deps);
  if (!loadedR.ok) return loadedR;
  const loaded = loadedR.value;

  let ts: Timesheet = loaded.ts;
  let plan = { first: [] as string[], corrected: [] as string[] };
  if (mode === 'again') {
    const unsent = months.filter((m) => !loaded.sent.has(m.label)).map((m) => m.label);
    if (unsent.length === months.length || (months.length === 1 && unsent.length > 0)) return err({ code: 'not-sent', message: t(lang, 'error.notSent', { months: unsent.join(', ') }) });
    const sentMonths = months.filter((m) => loaded.sent.has(m.label));
    ts = buildRepeat({ period: req.period, months: sentMonths, settings, sent: loaded.sent, generatedAt: loaded.now, zone: loaded.ts.zone });
    // The repeat is checked like a first submission (wage types mapped, digits for Visma).
    const wrong = checkTimesheet(ts, format, lang);
    if (wrong) return err(wrong);
  } else {
    const wrong = checkTimesheet(ts, format, lang);
    if (wrong) return err(wrong);
    if (mode === 'submit') {
      plan = submissionPlan(loaded);
      if (plan.first.length === 0 && plan.corrected.length === 0) return err(nothingNew(ts, 'error.nothingNewSubmit', lang));
    }
  }

  const bytes = await renderTimesheet(ts, format, lang);
  if (!dryRun) {
    try {
      await deps.files.writeAtomic(req.out, bytes);
    } catch (e) {
      const reason = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : e instanceof Error ? e.message : String(e);
      return err({ code: 'write-failed', message: t(lang, 'error.write', { path: req.out, reason }) });
    }
    if (mode === 'submit') {
      deps.submissions.add(submissionsOf(loaded, plan, format, loaded.now));
      // The editor keeps the reason of each later change inside a locked month with its audit entry.
      for (const label of plan.first) {
        const m = monthFromLabel(label);
        deps.locks.lockPeriod(loaded.clock.startOfDay(parseDate(m.from)), loaded.clock.startOfDay(parseDate(m.to) + 1), loaded.now, label);
      }
    }
  }
  const summary = { period: req.period, path: req.out, locked: plan.first, corrected: plan.corrected, repeats: ts.repeats, bytes: bytes.length, format };
  return ok({
    path: req.out,
    format,
    mode,
    dryRun,
    months: months.map((m) => m.label),
    locked: plan.first,
    corrected: plan.corrected,
    corrections: ts.corrections.length,
    bytes: bytes.length,
    content: bytes,
    repeats: ts.repeats,
    message: doneMessage(lang, mode, dryRun, summary, ts.zone),
  });
}
