/**
 * Reader and writer of `fyrabend.summary/2` (and reader of the older `/1`), the anonymised overtime summary
 * an employee shares with a union representative (issues 8 and 17, docs/privacy.md). The reader is strict: unknown fields are rejected (so no
 * free text can ride along), every hour figure must have the rounding the writer uses, and the weeks must be
 * exactly the ISO weeks of the period. Files larger than MAX_SUMMARY_BYTES are refused before parsing.
 */
import * as z from 'zod';
import { SEVERITY_ORDER, type RuleId } from '../../core/model';
import { RULES } from '../../core/rules/catalog';
import { GROUP_LABEL_PATTERN, parsePeriod, periodWeeks, SUMMARY_FORMAT, SUMMARY_FORMAT_V1, type Summary } from '../../core/anonymise/index';
import { isoWeekLabel, mondayOfIsoWeek } from '../../core/time/civil';
import type { Result } from '../result';
import { formatProblem, parseJsonText, problemKey, problemsOf, type FormatProblem } from './problems';
import { fastSummary } from './summary-fast';

export { SUMMARY_FORMAT, SUMMARY_FORMAT_V1 };

/** `YYYY-Www` names a week that exists: its Monday's week label is the label itself. */
function isRealIsoWeek(label: string): boolean {
  const week = Number(label.slice(6));
  if (week < 1 || week > 53) return false;
  return isoWeekLabel(mondayOfIsoWeek(label)) === label;
}

/** A quarter has at most 14 ISO weeks; a real summary is a few kilobytes. */
export const MAX_SUMMARY_BYTES = 256 * 1024;

const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];

/**
 * Rule ids an older Fyrabend wrote that this version no longer checks: `aml.10-5.week-cap` was retired by
 * specification version 2 § 7.7 (hours above the averaging cap are overtime). A summary that counts them is
 * read without them, and the reader says what was left out (readSummaryFile), so an older colleague's file
 * still counts in the representative's report.
 */
export const RETIRED_RULES: readonly string[] = ['aml.10-5.week-cap'];

/** The findings of a retired rule that were left out of one summary file. */
export interface RetiredFindings {
  readonly rule: string;
  /** Findings left out, all weeks and severities together. */
  readonly findings: number;
}

/** A summary as read, with the retired rules' findings that were left out of it. */
export interface ReadSummary {
  readonly summary: Summary;
  readonly retired: readonly RetiredFindings[];
}

const hours = (step: 1 | 0.5) =>
  z
    .number()
    .min(0, problemKey('summary.hours'))
    .max(168, problemKey('summary.hours'))
    .multipleOf(step, problemKey(step === 1 ? 'summary.wholeHours' : 'summary.halfHours'));

const severityCounts = z.partialRecord(
  z.enum(SEVERITY_ORDER as unknown as [string, ...string[]]),
  z.number().int().min(1, problemKey('summary.countMin')).max(10_000, problemKey('summary.countMax')),
);

const weekSchema = z.strictObject({
  week: z.string().regex(/^\d{4}-W\d{2}$/, problemKey('summary.week')),
  hours: hours(1),
  overtime: hours(0.5),
  merarbeid: hours(0.5),
  night: hours(1),
  sunday: hours(1),
  outsideAgreed: hours(0.5),
  findings: z.partialRecord(z.enum(RULE_IDS), severityCounts),
});

const label = z.string().regex(GROUP_LABEL_PATTERN, problemKey('summary.label'));

const weeksMatchPeriod = (s: { period: string; weeks: readonly { week: string }[] }, ctx: z.RefinementCtx): void => {
  const period = parsePeriod(s.period);
  if (!period) return;
  const expected = periodWeeks(period);
  const got = s.weeks.map((w) => w.week);
  if (got.length !== expected.length || got.some((w, i) => w !== expected[i])) {
    ctx.addIssue({ code: 'custom', path: ['weeks'], message: problemKey('summary.weeks'), params: { period: s.period, first: expected[0] ?? '', last: expected[expected.length - 1] ?? '' } });
  }
};

const commonShape = {
  id: z.uuid({ error: problemKey('summary.id') }),
  period: z.string().refine((p) => parsePeriod(p) !== null, { message: problemKey('summary.period') }),
  groups: z.strictObject({ workplace: label.optional(), department: label.optional(), jobCategory: label.optional() }),
  weeks: z.array(weekSchema).max(14, problemKey('summary.weeksMax')),
};

/** An ISO week label that exists (`2026-W53` does, `2025-W53` does not). */
const isoWeek = z.string().refine((w) => /^\d{4}-W\d{2}$/.test(w) && isRealIsoWeek(w), { message: problemKey('summary.week') });

/** Version 2 (issue 17): the per-person, per-period id, the week it was made, and the invitation it answers. */
export const summaryFileSchema = z
  .strictObject({ format: z.literal(SUMMARY_FORMAT), ...commonShape, created: isoWeek, invite: z.uuid({ error: problemKey('summary.id') }).optional() })
  .superRefine(weeksMatchPeriod);

/** Version 1, from a Fyrabend before issue 17: a random id per file, no week of making, no invitation. */
export const summaryFileSchemaV1 = z.strictObject({ format: z.literal(SUMMARY_FORMAT_V1), ...commonShape }).superRefine(weeksMatchPeriod);

/** Checks the size first: larger files are refused without reading them. */
export function summarySizeProblem(bytes: number): FormatProblem | null {
  return bytes > MAX_SUMMARY_BYTES ? formatProblem('$', 'summary.tooLarge', { size: bytes, max: MAX_SUMMARY_BYTES }) : null;
}

/**
 * Takes well-formed counts of retired rules out of the weeks' findings of the parsed JSON (in place) and
 * returns how many findings each held. A malformed count is left for the schema to report.
 */
function takeRetired(value: unknown): RetiredFindings[] {
  const weeks = (value as { weeks?: unknown }).weeks;
  if (!Array.isArray(weeks)) return [];
  let taken: Map<string, number> | null = null; // made for the rare file that counts a retired rule
  for (const w of weeks) {
    const findings = w !== null && typeof w === 'object' ? (w as { findings?: unknown }).findings : undefined;
    if (findings === null || typeof findings !== 'object' || Array.isArray(findings)) continue;
    const record = findings as Record<string, unknown>;
    for (const rule of RETIRED_RULES) {
      if (!Object.hasOwn(record, rule)) continue;
      const counts = severityCounts.safeParse(record[rule]);
      if (!counts.success) continue;
      delete record[rule];
      const n = Object.values(counts.data).reduce<number>((a, b) => a + (b ?? 0), 0);
      taken ??= new Map();
      taken.set(rule, (taken.get(rule) ?? 0) + n);
    }
  }
  return taken ? [...taken].map(([rule, findings]) => ({ rule, findings })) : [];
}

/** Reads a summary file's text. Every problem comes with its JSON path. Retired rules are left out (see RETIRED_RULES). */
export function parseSummaryFile(text: string): Result<Summary, FormatProblem[]> {
  const r = readSummaryFile(text);
  return r.ok ? { ok: true, value: r.value.summary } : r;
}

/** Like parseSummaryFile, and says which retired rules' findings were left out. */
export function readSummaryFile(text: string): Result<ReadSummary, FormatProblem[]> {
  const size = summarySizeProblem(text.length);
  if (size) return { ok: false, error: [size] };
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, error: [formatProblem('$', 'summary.truncated')] };
  const value = json.value as { format?: unknown } | null;
  const known = value !== null && typeof value === 'object' && (value.format === SUMMARY_FORMAT || value.format === SUMMARY_FORMAT_V1);
  if (!known && value !== null && typeof value === 'object' && typeof value.format === 'string' && value.format.startsWith('fyrabend.summary/')) {
    return { ok: false, error: [formatProblem('$.format', 'summary.version', { got: value.format, expected: SUMMARY_FORMAT })] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !known) {
    const got = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.format === 'string' ? value.format : null;
    return { ok: false, error: [formatProblem('$.format', got === null ? 'summary.noFormat' : 'summary.otherFormat', { expected: SUMMARY_FORMAT, ...(got === null ? {} : { got }) })] };
  }
  const retired = takeRetired(json.value);
  const fast = fastSummary(json.value);
  if (fast) return { ok: true, value: { summary: fast, retired } };
  const r = (value.format === SUMMARY_FORMAT_V1 ? summaryFileSchemaV1 : summaryFileSchema).safeParse(json.value, { reportInput: true });
  if (!r.success) return { ok: false, error: problemsOf(r.error) };
  return { ok: true, value: { summary: r.data as Summary, retired } };
}

/** Writes the summary file text: fixed key order, two-space indentation, trailing newline. */
export function formatSummaryFile(s: Summary): string {
  const doc = {
    format: s.format,
    id: s.id,
    period: s.period,
    ...(s.created === undefined ? {} : { created: s.created }),
    ...(s.invite === undefined ? {} : { invite: s.invite }),
    groups: s.groups,
    weeks: s.weeks.map((w) => ({ week: w.week, hours: w.hours, overtime: w.overtime, merarbeid: w.merarbeid, night: w.night, sunday: w.sunday, outsideAgreed: w.outsideAgreed, findings: w.findings })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
