/**
 * The IPC methods of the payroll export in the window (issue 7), spread into CONTRACT in contract.ts.
 *
 * - `paySettingsGet` / `paySettingsSave`: employee number, wage type per pay class, tariff overtime
 *   rules. Save checks the fields (field path + message) and the overtime rules (AML § 10-6 (11)).
 * - `exportPreview`: the classified timesheet of a month (per day classes, totals, corrections since
 *   the last export); nothing is written or locked.
 * - `exportTimesheet`: writes the period in a format and returns the path written; bad settings are
 *   refused before any file is written. `mode` (issue 16): `preview` (default) marks nothing;
 *   `submit` ("Send to payroll") records what payroll now has; `again` repeats what was sent.
 *   `dryRun` writes and records nothing and says what would be (the confirm step). `saveAs` asks
 *   the main process to show the OS save dialog (the window still never names a path itself).
 * - `exportStatus`: per month of a year, not sent / sent on … / changed since.
 * - `exportShowInFolder`: shows a file this app wrote in the OS file manager.
 */
import * as z from 'zod';
import { issueKey } from '../i18n/ipc-issues';
import type { Instant, Interval } from '../../core/model';
import { VISMA_ENCODINGS, type PaySettings } from '../../core/pay/types';
import { OVERTIME_TAKEN_AS } from '../../core/overtime-basis';

import { EXPORT_FORMATS, type ExportFormat } from './export-formats';

export { EXPORT_FORMATS, type ExportFormat };

/** What an export does (issue 16): look, send to payroll, or repeat what was sent. */
export const EXPORT_MODES = ['preview', 'submit', 'again'] as const;
export type ExportMode = (typeof EXPORT_MODES)[number];

/** A month `2026-03`. */
export const ExportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, issueKey('month.like'));

const minute = z.number().int().min(0).max(1440);
const ConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('after-daily-hours'), hours: z.number().min(0).max(24) }),
  z.strictObject({ kind: z.literal('window'), from: minute, to: minute }),
  z.strictObject({ kind: z.literal('weekdays'), days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).max(7).readonly() }),
  z.strictObject({ kind: z.literal('red-day') }),
]);

/** A wage type (lønnsart): letters, digits, dot, dash or underscore; empty when not mapped. */
export const WageTypeSchema = z.string().trim().max(20, issueKey('wageType.max')).regex(/^[A-Za-z0-9._-]*$/, issueKey('wageType.chars'));

export const PaySettingsInputSchema = z.strictObject({
  employeeNumber: z.string().trim().min(1, issueKey('employeeNumber.min')).max(30, issueKey('employeeNumber.max')),
  employeeName: z.string().trim().max(100, issueKey('employeeName.max')),
  overtime: z.strictObject({
    basis: z.enum(['aml', 'beyond-agreed']),
    classes: z.array(z.strictObject({ id: z.string().min(1).max(40), percent: z.number().min(0).max(1000) })).min(1).max(10).readonly(),
    rules: z.array(z.strictObject({ class: z.string().min(1).max(40), when: ConditionSchema })).max(20).readonly(),
  }),
  wageTypes: z.record(z.string().max(40), WageTypeSchema),
  visma: z.strictObject({
    wageYear: z.number().int().min(0).max(9999),
    runNumber: z.number().int().min(0).max(9999),
    department: z.string().max(30),
    project: z.string().max(30),
    encoding: z.enum(VISMA_ENCODINGS).default('windows-1252'),
  }),
  // Issue 15 item 2: how overtime is taken when no overtime reason says otherwise (default pay).
  overtimeTakenAs: z.enum(OVERTIME_TAKEN_AS).optional(),
});

export interface PaySettingsView {
  /** The stored settings, or the defaults when none are stored yet. */
  readonly settings: PaySettings;
  readonly stored: boolean;
}

export interface PreviewDay {
  readonly day: string;
  readonly workedMs: number;
  /** Pay class id → ms (zero classes left out). */
  readonly classes: Readonly<Record<string, number>>;
}

export interface PreviewCorrection {
  readonly period: string;
  /** When the change was recorded, where the log knows it (an edit in the window); else null. */
  readonly at: Instant | null;
  readonly action: 'add' | 'edit' | 'delete';
  readonly before: Interval | null;
  readonly after: Interval | null;
  readonly reason: string;
}

export interface ExportPreview {
  readonly period: string;
  /** Pay class ids in display order, and their names in the user's language. */
  readonly classOrder: readonly string[];
  readonly classNames: Readonly<Record<string, string>>;
  readonly days: readonly PreviewDay[];
  /** Pay class id → ms over the month (what the export's total row carries). */
  readonly totals: Readonly<Record<string, number>>;
  readonly workedMs: number;
  /** When the month was first sent to payroll, or null. */
  readonly submittedAt: Instant | null;
  /** Changes to months already sent (the log against what payroll has): the next submission sends them. */
  readonly corrections: readonly PreviewCorrection[];
  /** What would stop an export now (missing wage type, no employee number, …), or null. */
  readonly problem: string | null;
}

export interface ExportDone {
  /** The file written ('' in a dry run, or when the save dialog was cancelled). */
  readonly path: string;
  readonly name: string;
  readonly format: ExportFormat;
  readonly mode: ExportMode;
  readonly dryRun: boolean;
  /** The save dialog was cancelled: nothing was written or recorded. */
  readonly cancelled: boolean;
  /** Months sent to payroll for the first time by this file (or that would be, in a dry run). */
  readonly locked: readonly string[];
  /** Sent months whose corrections the file carries. */
  readonly corrected: readonly string[];
  readonly corrections: number;
  /** For `again`: the submission the file repeats. */
  readonly repeats: Instant | null;
  /** What happened, in the user's language (one or more lines). */
  readonly message: string;
}

/** One month on the Export page: not sent, sent on …, or changed since it was sent. */
export interface MonthStatus {
  readonly month: string;
  readonly status: 'not-sent' | 'sent' | 'changed';
  readonly workedMs: number;
  /** First and latest submission, or null. */
  readonly firstAt: Instant | null;
  readonly lastAt: Instant | null;
}

export interface ExportStatus {
  /** The months of the year with logged work or a submission, in order. */
  readonly months: readonly MonthStatus[];
}

const out = <T>(): { readonly __output?: T } => ({});
const spec = <S extends z.ZodType, T>(input: S, output: { readonly __output?: T }) => ({ input, output });

export const EXPORT_CONTRACT = {
  paySettingsGet: spec(z.undefined(), out<PaySettingsView>()),
  paySettingsSave: spec(z.strictObject({ settings: PaySettingsInputSchema }), out<PaySettingsView>()),
  exportPreview: spec(z.strictObject({ period: ExportMonthSchema }), out<ExportPreview>()),
  exportTimesheet: spec(
    z.strictObject({ period: ExportMonthSchema, format: z.enum(EXPORT_FORMATS), mode: z.enum(EXPORT_MODES).optional(), dryRun: z.boolean().optional(), saveAs: z.boolean().optional() }),
    out<ExportDone>(),
  ),
  exportStatus: spec(z.strictObject({ year: z.string().regex(/^\d{4}$/, issueKey('year.like')) }), out<ExportStatus>()),
  exportShowInFolder: spec(z.strictObject({ path: z.string().min(1).max(4096) }), out<null>()),
} as const;
