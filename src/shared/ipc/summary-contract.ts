/**
 * The IPC methods of issues 8 and 17 (anonymised overtime summaries), spread into CONTRACT in contract.ts.
 *
 * - Employee: `summaryOptions` (the configured group lists), `summaryOptionsSave` (replaces them; labels
 *   follow the rules of src/core/anonymise/group-labels.ts), `summaryMake` (plain-language preview plus
 *   the exact file text), `summarySave` (writes exactly that text, after the strict reader accepted it,
 *   into the export folder; the window never names a path).
 * - Representative: `repAggregate` takes the summary files' TEXT (the window reads them with
 *   `File.text()`, it cannot open paths) and `repExport` writes report.html / .json / .csv into the
 *   export folder. A file above the size limit is sent without its text and refused by size.
 */
import * as z from 'zod';
import { issueKey, type IpcIssueKey } from '../i18n/ipc-issues';
import { dedupeGroupLabels, GROUP_LABELS_MAX, groupLabelProblem, normaliseGroupLabel, type AggregateReport, type GroupLabelProblem, type GroupOptions } from '../../core/anonymise/index';
import { MAX_SUMMARY_BYTES } from '../formats/summary';
import { MAX_INVITE_BYTES } from '../formats/invite';
import type { ReportView } from './report-view';

export type * from './report-view';

/** A month `2026-11` or a quarter `2026-Q4`. */
export const SummaryPeriodSchema = z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, issueKey('summaryPeriod.like'));

const GroupLabelSchema = z.string().min(1).max(60);
export const SummaryGroupsSchema = z.strictObject({
  workplace: GroupLabelSchema.optional(),
  department: GroupLabelSchema.optional(),
  jobCategory: GroupLabelSchema.optional(),
});

const LABEL_PROBLEMS: Record<GroupLabelProblem, IpcIssueKey> = {
  empty: issueKey('label.empty'),
  'too-long': issueKey('label.tooLong'),
  characters: issueKey('label.characters'),
};

/** One label of a configured list: trimmed (runs of spaces become one), then checked like the summary reader does. */
const GroupListLabelSchema = z
  .string()
  .max(1000, issueKey('label.tooLong'))
  .transform(normaliseGroupLabel)
  .superRefine((label, ctx) => {
    const problem = groupLabelProblem(label);
    if (problem) ctx.addIssue({ code: 'custom', message: LABEL_PROBLEMS[problem] });
  });

/** The list of one dimension: at most GROUP_LABELS_MAX labels; repeats (ignoring capitals) are kept once. */
const GroupListSchema = z
  .array(GroupListLabelSchema)
  .max(GROUP_LABELS_MAX, issueKey('groupList.max'))
  .transform(dedupeGroupLabels);

/** The configured lists per dimension (GROUP_DIMENSIONS); a missing or empty list means no label for it. */
export const GroupOptionsInputSchema = z.strictObject(
  { workplace: GroupListSchema.optional(), department: GroupListSchema.optional(), jobCategory: GroupListSchema.optional() },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? issueKey('groups.unknown') : undefined) },
);

/** Most summary files a representative can load at once. */
export const MAX_SUMMARY_FILES = 1000;

/** One chosen file: its base name, its size in bytes and (when not above the limit) its text. */
export const SummaryFileInputSchema = z.strictObject({
  name: z.string().min(1).max(255),
  size: z.number().int().min(0),
  text: z.string().max(MAX_SUMMARY_BYTES, issueKey('summaryFile.max')).optional(),
});
export type SummaryFileInput = z.output<typeof SummaryFileInputSchema>;

const RepInputSchema = z.strictObject({
  files: z.array(SummaryFileInputSchema).min(1, issueKey('files.min')).max(MAX_SUMMARY_FILES, issueKey('files.max')),
  k: z.number().int(issueKey('k.int')).min(5, issueKey('k.min')).max(1000).default(6),
  /** Dominance percentage (issue 17): 50–85, 85 when absent. */
  p: z.number().min(50, issueKey('p.range')).max(85, issueKey('p.range')).default(85),
  /** How many people handed in files (issue 17): no report when the files hold more ids than that. */
  senders: z.number().int(issueKey('senders.int')).min(1, issueKey('senders.int')).max(100_000, issueKey('senders.int')),
  /** The text of the representative's own invitation: summaries made for another one are left out. */
  invite: z.string().max(MAX_INVITE_BYTES).optional(),
});

/** The employee's summary before saving. */
export interface SummaryPreview {
  readonly period: string;
  /** The file's content in plain language (the user's language), one line per item. */
  readonly preview: readonly string[];
  /** The exact text of the file that Save writes. */
  readonly text: string;
  /** The file name Save will use (a free name is chosen if it exists). */
  readonly fileName: string;
}

/** An invitation as the Union summary page shows it before the summary is made. */
export type { Invite } from '../../core/anonymise/index';

export interface SavedFile {
  /** The full path written. */
  readonly path: string;
  readonly name: string;
}

/** What the representative sees: the report model, plus the files left out (screen only, never in the report). */
export interface RepAggregateView {
  /** Null when none of the files is a readable summary (the skipped list still says why). */
  readonly report: AggregateReport | null;
  readonly rejected: readonly { readonly file: string; readonly reason: string }[];
  /** Files left out for a file of the same summary id: replaced by a newer week's, or a duplicate of the same week. */
  readonly duplicates: readonly { readonly file: string; readonly of: string; readonly by: 'replaced' | 'duplicate' }[];
  readonly otherPeriod: readonly { readonly file: string; readonly period: string }[];
  /** Files included with something left out (a retired rule's findings), with the note in the user's language. */
  readonly notes: readonly { readonly file: string; readonly note: string }[];
  readonly otherInvite: readonly { readonly file: string }[];
  /** The report as text (the same as report.html), in the user's language; null with `report`. */
  readonly view: ReportView | null;
  /** Why no report was made when files were read (more ids than senders, …), in the user's language. */
  readonly problem: string | null;
  /** Plain-language names of the report's rules, in the user's language. */
  readonly ruleNames: Readonly<Record<string, string>>;
}

export interface SummaryOptionsView {
  readonly groupOptions: GroupOptions;
}

const out = <T>(): { readonly __output?: T } => ({});
const spec = <S extends z.ZodType, T>(input: S, output: { readonly __output?: T }) => ({ input, output });

const RepExportSchema = RepInputSchema.extend({ format: z.enum(['html', 'json', 'csv']) });

export const SUMMARY_CONTRACT = {
  /** The configured group lists (setting `summary.groupOptions`) the employee picks labels from. */
  summaryOptions: spec(z.undefined(), out<SummaryOptionsView>()),
  /** Replaces the configured group lists; answers with the lists as stored (trimmed, repeats once, empty lists left out). */
  summaryOptionsSave: spec(z.strictObject({ groupOptions: GroupOptionsInputSchema }), out<SummaryOptionsView>()),
  /** Makes the summary of a period: the plain-language preview and the exact file text; nothing is saved. */
  summaryMake: spec(z.strictObject({ period: SummaryPeriodSchema, groups: SummaryGroupsSchema.default({}), invite: z.string().max(MAX_INVITE_BYTES).optional() }), out<SummaryPreview>()),
  /** Saves exactly the previewed text; the strict reader checks it again first. */
  summarySave: spec(z.strictObject({ text: z.string().min(1).max(MAX_SUMMARY_BYTES) }), out<SavedFile>()),
  /** Aggregates the files' texts; bad files are skipped with the reason, duplicates count once. */
  repAggregate: spec(RepInputSchema, out<RepAggregateView>()),
  /** Writes report.html, report.json or report.csv into the export folder. */
  repExport: spec(RepExportSchema, out<SavedFile>()),
  /** Writes the representative's invitation (fyrabend.invite/1) with the configured group lists into the export folder. */
  repInvite: spec(
    z.strictObject({ period: SummaryPeriodSchema, k: z.number().int(issueKey('k.int')).min(5, issueKey('k.min')).max(1000).default(6), contact: z.string().min(1, issueKey('generic.badForm')).max(500, issueKey('generic.badForm')) }),
    out<SavedFile>(),
  ),
} as const;

