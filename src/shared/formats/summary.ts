/**
 * Reader and writer of `fyrabend.summary/1`, the anonymised overtime summary an employee shares with a
 * union representative (issue 8, docs/privacy.md). The reader is strict: unknown fields are rejected (so no
 * free text can ride along), every hour figure must have the rounding the writer uses, and the weeks must be
 * exactly the ISO weeks of the period. Files larger than MAX_SUMMARY_BYTES are refused before parsing.
 */
import { z } from 'zod';
import { SEVERITY_ORDER, type RuleId } from '../../core/model';
import { RULES } from '../../core/rules/catalog';
import { GROUP_LABEL_PATTERN, parsePeriod, periodWeeks, SUMMARY_FORMAT, type Summary } from '../../core/anonymise/index';
import type { Result } from '../result';
import { parseJsonText, problemsOf, problemSentence, type FormatProblem } from './problems';

export { SUMMARY_FORMAT };

/** A quarter has at most 14 ISO weeks; a real summary is a few kilobytes. */
export const MAX_SUMMARY_BYTES = 256 * 1024;

const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];

const steps = (step: number, what: string) =>
  z
    .number({ error: `expected a number of ${what}` })
    .min(0, `expected ${what} from 0 to 168`)
    .max(168, `expected ${what} from 0 to 168`)
    .multipleOf(step, `expected ${what} rounded to ${step === 1 ? 'whole hours' : 'half hours'}`);

const severityCounts = z.partialRecord(
  z.enum(SEVERITY_ORDER as unknown as [string, ...string[]]),
  z.number().int('expected a whole number of findings').min(1, 'expected a count of at least 1').max(10_000, 'expected a count of at most 10000'),
);

const weekSchema = z.strictObject({
  week: z.string().regex(/^\d{4}-W\d{2}$/, 'expected an ISO week label such as "2026-W47"'),
  hours: steps(1, 'hours'),
  overtime: steps(0.5, 'hours'),
  merarbeid: steps(0.5, 'hours'),
  night: steps(1, 'hours'),
  sunday: steps(1, 'hours'),
  outsideAgreed: steps(0.5, 'hours'),
  findings: z.partialRecord(z.enum(RULE_IDS), severityCounts),
});

const label = z.string().regex(GROUP_LABEL_PATTERN, 'expected a group label from the configured list (letters, digits and simple punctuation, at most 60 characters)');

export const summaryFileSchema = z
  .strictObject({
    format: z.literal(SUMMARY_FORMAT, { error: `expected "${SUMMARY_FORMAT}"` }),
    id: z.uuid({ error: 'expected a random id (UUID)' }),
    period: z.string().refine((p) => parsePeriod(p) !== null, { message: 'expected a month "YYYY-MM" or a quarter "YYYY-Qn"' }),
    groups: z.strictObject({ workplace: label.optional(), department: label.optional(), jobCategory: label.optional() }),
    weeks: z.array(weekSchema).max(14, 'expected at most 14 weeks (one quarter)'),
  })
  .superRefine((s, ctx) => {
    const period = parsePeriod(s.period);
    if (!period) return;
    const expected = periodWeeks(period);
    const got = s.weeks.map((w) => w.week);
    if (got.length !== expected.length || got.some((w, i) => w !== expected[i])) {
      ctx.addIssue({ code: 'custom', path: ['weeks'], message: `expected exactly the ISO weeks of ${s.period} in order (${expected[0]} to ${expected[expected.length - 1]})` });
    }
  });

/** Checks the size first: larger files are refused without reading them. */
export function summarySizeProblem(bytes: number): FormatProblem | null {
  return bytes > MAX_SUMMARY_BYTES
    ? { path: '$', message: `is ${formatBytes(bytes)}, larger than the ${formatBytes(MAX_SUMMARY_BYTES)} a summary can be; it is not a Fyrabend summary` }
    : null;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}

/** Reads a summary file's text. Every problem comes with its JSON path. */
export function parseSummaryFile(text: string): Result<Summary, FormatProblem[]> {
  const size = summarySizeProblem(text.length);
  if (size) return { ok: false, error: [size] };
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, error: [{ path: '$', message: 'is not complete JSON: the file is truncated or damaged; ask for it to be exported again' }] };
  const value = json.value as { format?: unknown } | null;
  if (value !== null && typeof value === 'object' && typeof value.format === 'string' && value.format !== SUMMARY_FORMAT && value.format.startsWith('fyrabend.summary/')) {
    return { ok: false, error: [{ path: '$.format', message: `is "${value.format}", a version this Fyrabend cannot read; expected "${SUMMARY_FORMAT}" (update Fyrabend)` }] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value.format !== SUMMARY_FORMAT) {
    const got = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.format === 'string' ? `is "${value.format}"` : 'is missing';
    return { ok: false, error: [{ path: '$.format', message: `${got}; expected "${SUMMARY_FORMAT}", so this is not a Fyrabend summary` }] };
  }
  const r = summaryFileSchema.safeParse(json.value, { reportInput: true });
  if (!r.success) return { ok: false, error: problemsOf(r.error) };
  return { ok: true, value: r.data as Summary };
}

/** One clear sentence per problem, naming the file. */
export function summaryProblemText(file: string, problems: readonly FormatProblem[]): string {
  return problems.slice(0, 3).map((p) => problemSentence(file, p)).join(' ') + (problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '');
}

/** Writes the summary file text: fixed key order, two-space indentation, trailing newline. */
export function formatSummaryFile(s: Summary): string {
  const doc = {
    format: s.format,
    id: s.id,
    period: s.period,
    groups: s.groups,
    weeks: s.weeks.map((w) => ({ week: w.week, hours: w.hours, overtime: w.overtime, merarbeid: w.merarbeid, night: w.night, sunday: w.sunday, outsideAgreed: w.outsideAgreed, findings: w.findings })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
