/**
 * Use case: export the timesheet of a period for payroll (issue 7).
 *
 * 1. Checks the request and the pay settings and says what to fill in BEFORE any file is written
 *    (no employee number, a pay class with hours but no wage type, an empty period, …).
 * 2. Classifies the period, lists corrections to periods already sent to payroll (changes logged
 *    since the last export), renders the format and writes it atomically through the FileSink port.
 * 3. Marks each exported month as submitted (locked); later edits inside it become corrections.
 */
import type { Agreement, Instant, Lang } from '../../core/model';
import { parseDate } from '../../core/time/civil';
import { unmappedClasses, validateOvertimeRules, type PaySettings } from '../../core/pay';
import { err, ok, type AppError, type Result } from '../../shared/result';
import type { FileSink } from '../ports/file-sink';
import type { LockedPeriodRepo } from '../ports/locked-period-repo';
import type { SessionRepo } from '../ports/session-repo';
import { isTimesheetFormat, renderTimesheet, type TimesheetFormat } from './formats';
import { localDate, norDate, t } from './formats/common';
import { vismaPayLines } from './formats/visma';
import { loadTimesheet } from './load-timesheet';
import { parsePeriod, type Month } from './period';
import type { Timesheet } from './timesheet';

export interface ExportTimesheetRequest {
  readonly period: string;
  readonly format: string;
  readonly out: string;
  readonly lang: Lang;
}

export interface ExportTimesheetDeps {
  readonly sessions: Pick<SessionRepo, 'between'>;
  /** The stored agreement versions, parsed. */
  readonly agreements: () => readonly Agreement[];
  readonly paySettings: () => PaySettings | null;
  readonly locks: Pick<LockedPeriodRepo, 'list' | 'lockPeriod' | 'correctionsSince'>;
  readonly files: FileSink;
  readonly now: () => Instant;
}

export interface ExportTimesheetResult {
  readonly path: string;
  readonly format: TimesheetFormat;
  readonly months: readonly string[];
  /** Months marked as submitted by this export (the others were already). */
  readonly locked: readonly string[];
  readonly corrections: number;
  readonly bytes: number;
  readonly message: string;
}

const DIGITS = /^\d+$/;

/** Checks that need nothing but the request and the settings. */
export function checkSettings(settings: PaySettings | null, format: TimesheetFormat, lang: Lang): AppError | null {
  if (!settings) return { code: 'pay-settings-missing', message: t(lang, 'error.noSettings') };
  const number = settings.employeeNumber.trim();
  if (!number) return { code: 'employee-number-missing', message: t(lang, 'error.noEmployeeNumber') };
  if (format === 'visma' && !DIGITS.test(number)) return { code: 'employee-number-invalid', message: t(lang, 'error.vismaEmployeeNumber', { value: number }) };
  const problems = validateOvertimeRules(settings.overtime);
  if (problems.length) {
    const details = problems.map((p) => `${p.code}${p.subject ? ` '${p.subject}'` : ''}`).join(', ');
    return { code: 'overtime-rules-invalid', message: t(lang, 'error.overtimeRules', { details }) };
  }
  return null;
}

/** Pay-level checks on the built timesheet: unmapped classes, empty period, Visma wage types. */
export function checkTimesheet(ts: Timesheet, format: TimesheetFormat, lang: Lang): AppError | null {
  const hasWork = ts.months.some((m) => m.days.length > 0);
  if (!hasWork && ts.correctionDeltas.length === 0) return { code: 'empty-period', message: t(lang, 'error.emptyPeriod', { period: ts.period }) };
  const used = new Set<string>();
  for (const m of ts.months) for (const [id, ms] of Object.entries(m.totals)) if (ms !== 0) used.add(id);
  for (const c of ts.correctionDeltas) used.add(c.classId);
  const missing = unmappedClasses(used, ts.settings.wageTypes);
  if (missing.length) return { code: 'wage-type-missing', message: t(lang, 'error.unmapped', { classes: missing.join(', ') }) };
  if (format === 'visma') {
    for (const id of [...used].sort()) {
      const value = (ts.settings.wageTypes[id] ?? '').trim();
      if (!DIGITS.test(value)) return { code: 'wage-type-invalid', message: t(lang, 'error.vismaWageType', { cls: id, value }) };
    }
    if (vismaPayLines(ts).length === 0) {
      const at = ts.months.find((m) => m.submittedAt !== null)?.submittedAt ?? ts.generatedAt;
      return { code: 'nothing-new', message: t(lang, 'error.nothingNew', { period: ts.period, date: norDate(localDate(at, ts.zone)) }) };
    }
  }
  return null;
}

export async function exportTimesheet(req: ExportTimesheetRequest, deps: ExportTimesheetDeps): Promise<Result<ExportTimesheetResult>> {
  const { lang } = req;
  const months = parsePeriod(req.period);
  if (!months) return err({ code: 'period-invalid', message: t(lang, 'error.badPeriod', { value: req.period }) });
  if (!isTimesheetFormat(req.format)) return err({ code: 'format-invalid', message: t(lang, 'error.badFormat', { value: req.format }) });
  const format = req.format;
  const settings = deps.paySettings();
  const bad = checkSettings(settings, format, lang);
  if (bad || !settings) return err(bad ?? { code: 'pay-settings-missing', message: t(lang, 'error.noSettings') });
  const loaded = loadTimesheet(req.period, settings, lang, deps);
  if (!loaded.ok) return loaded;
  const { ts, submitted, corrections, clock, now } = loaded.value;
  const wrong = checkTimesheet(ts, format, lang);
  if (wrong) return err(wrong);

  const bytes = await renderTimesheet(ts, format, lang);
  try {
    await deps.files.writeAtomic(req.out, bytes);
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : e instanceof Error ? e.message : String(e);
    return err({ code: 'write-failed', message: t(lang, 'error.write', { path: req.out, reason }) });
  }

  const locked: string[] = [];
  for (const m of months as readonly Month[]) {
    if (submitted.has(m.label) || !ts.months.find((x) => x.label === m.label)?.days.length) continue;
    deps.locks.lockPeriod(clock.startOfDay(parseDate(m.from)), clock.startOfDay(parseDate(m.to) + 1), now, m.label);
    locked.push(m.label);
  }
  // A re-export that carried corrections records them as sent: a new lock entry moves "the last
  // export" forward, so the same corrections are never sent twice (the month keeps its first date).
  const first = months[0];
  if (corrections.length > 0 && locked.length === 0 && first) {
    deps.locks.lockPeriod(clock.startOfDay(parseDate(first.from)), clock.startOfDay(parseDate(first.to) + 1), now, first.label);
  }
  return ok({
    path: req.out,
    format,
    months: months.map((m) => m.label),
    locked,
    corrections: corrections.length,
    bytes: bytes.length,
    message: t(lang, 'done', { period: req.period, path: req.out }),
  });
}
