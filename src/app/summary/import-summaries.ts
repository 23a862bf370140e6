/**
 * Representative side (issues 8 and 17): read many summary files, skip the bad ones with the reason (not a
 * regular file, too large, too slow, damaged, wrong version, malformed) in the reader's language, keep the
 * newest file per summary id and say which were replaced, and aggregate the rest. A bad file never stops the
 * import of the others. Each summary is reduced to a compact contribution as soon as it is read, so memory
 * grows with the number of files by a few hundred bytes each.
 */
import { aggregateContributions, checkDisclosureSettings, contributionOf, DEFAULT_K, DEFAULT_P, MAX_P, MIN_K, MIN_P, newestPerId, parsePeriod, type AggregateReport, type Contribution } from '../../core/anonymise/index';
import type { Lang } from '../../core/model';
import { ioReason, problemsText } from '../../shared/formats/problems';
import { MAX_SUMMARY_BYTES, readSummaryFile, summarySizeProblem } from '../../shared/formats/summary';
import { translate } from '../../shared/i18n/catalog';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { retiredRuleNotes } from './retired-rules';
import { SUMMARY_TEXTS } from './texts';

/** What a read may cost: at most `maxBytes` are read, and a read still going after `timeoutMs` is abandoned. */
export interface ReadLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

/** The limits for summary files: the format's size limit and five seconds. */
export const SUMMARY_READ_LIMITS: ReadLimits = { maxBytes: MAX_SUMMARY_BYTES, timeoutMs: 5000 };

/** The outcome of one bounded read. I/O errors (missing file, no permission) are thrown. */
export type FileRead =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'too-large'; readonly size: number }
  | { readonly ok: false; readonly problem: 'not-regular' }
  | { readonly ok: false; readonly problem: 'timeout'; readonly seconds: number };

/** How the import reaches the files (src/cli/bounded-read.ts on disk; the window's texts in the shell). */
export interface SummaryFiles {
  /**
   * Reads a regular file only (checked on the open handle, so a FIFO or a device is never read), at most
   * `limits.maxBytes` (more is reported as too large, with the size found so far or stated), and gives up
   * after `limits.timeoutMs`. Throws when the file cannot be opened.
   */
  read(path: string, limits: ReadLimits): FileRead;
  /** The name shown in messages (the base name). */
  displayName(path: string): string;
}

/** One accepted summary, reduced to what the report and the screen need. */
export interface ImportedSummary {
  readonly file: string;
  readonly id: string;
  readonly period: string;
  readonly created?: string;
  readonly invite?: string;
  readonly contribution: Contribution;
}

export interface ImportResult {
  readonly files: number;
  /** The newest file per id, in the order the ids first appeared. */
  readonly accepted: readonly ImportedSummary[];
  readonly rejected: readonly { readonly file: string; readonly reason: string }[];
  /** Files left out for another file of the same id: `replaced` by a newer one, or a `duplicate` of the same week. */
  readonly duplicates: readonly { readonly file: string; readonly of: string; readonly by: 'replaced' | 'duplicate' }[];
  /** Files read with something left out (findings of a retired rule, ./retired-rules.ts), with the note in the reader's language. */
  readonly notes: readonly { readonly file: string; readonly note: string }[];
}

function readOne(path: string, file: string, files: SummaryFiles, lang: Lang, limits: ReadLimits): { ok: true; text: string } | { ok: false; reason: string } {
  let r: FileRead;
  try {
    r = files.read(path, limits);
  } catch (e) {
    return { ok: false, reason: `${file} ${ioReason(e, lang)}.` };
  }
  if (r.ok) return r;
  if (r.problem === 'too-large') return { ok: false, reason: problemsText(file, [summarySizeProblem(r.size) ?? summarySizeProblem(limits.maxBytes + 1)!], lang) };
  if (r.problem === 'not-regular') return { ok: false, reason: translate(SUMMARY_TEXTS, lang, 'readNotRegular', { file }) };
  return { ok: false, reason: translate(SUMMARY_TEXTS, lang, 'readTimeout', { file, seconds: r.seconds }) };
}

export function importSummaries(paths: readonly string[], files: SummaryFiles, lang: Lang, limits: ReadLimits = SUMMARY_READ_LIMITS): ImportResult {
  const valid: ImportedSummary[] = [];
  const rejected: { file: string; reason: string }[] = [];
  const notes: { file: string; note: string }[] = [];
  for (const path of paths) {
    const file = files.displayName(path);
    const read = readOne(path, file, files, lang, limits);
    if (!read.ok) {
      rejected.push({ file, reason: read.reason });
      continue;
    }
    const r = readSummaryFile(read.text);
    if (!r.ok) {
      rejected.push({ file, reason: problemsText(file, r.error, lang) });
      continue;
    }
    const s = r.value.summary;
    const item: { -readonly [K in keyof ImportedSummary]: ImportedSummary[K] } = { file, id: s.id, period: s.period, contribution: contributionOf(s) };
    if (s.created) item.created = s.created;
    if (s.invite) item.invite = s.invite;
    valid.push(item);
    if (r.value.retired.length > 0) for (const note of retiredRuleNotes(file, r.value.retired, lang)) notes.push({ file, note });
  }
  const d = newestPerId(valid, (x) => x);
  return {
    files: paths.length,
    accepted: d.unique,
    rejected,
    duplicates: d.dropped.map((x) => ({ file: x.item.file, of: (d.unique[x.of] as ImportedSummary).file, by: x.by })),
    notes,
  };
}

export interface RepReportOptions {
  readonly k?: number;
  /** Dominance percentage (MIN_P–MAX_P), DEFAULT_P when absent. */
  readonly p?: number;
  /** The period to report; by default the invitation's, else the most common period among the files (ties: the latest). */
  readonly period?: string;
  /** How many people handed in files: the report is refused when there are more ids than that. */
  readonly senders: number;
  /** The invitation's id: summaries made for another invitation (or none) are left out and counted. */
  readonly invite?: string;
}

/** The most common period; ties go to the latest. */
export function commonPeriod(summaries: readonly { readonly period: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const s of summaries) counts.set(s.period, (counts.get(s.period) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of counts) if (best === null || n > (counts.get(best) as number) || (n === counts.get(best) && p > best)) best = p;
  return best;
}

/** Why no report was made: `message` is English (for logs); adapters word it for their user from the code and its values. */
export type RepReportError =
  | (AppError & { readonly code: 'bad-k'; readonly k: number })
  | (AppError & { readonly code: 'bad-p'; readonly p: number })
  | (AppError & { readonly code: 'bad-senders'; readonly senders: number })
  | (AppError & { readonly code: 'no-summaries' })
  | (AppError & { readonly code: 'bad-period'; readonly period: string })
  | (AppError & { readonly code: 'too-many-ids'; readonly ids: number; readonly senders: number; readonly files: number });

/** Which accepted summaries a report of `period` (and `invite`) uses, and which it leaves out. */
export function reportSelection(imported: Pick<ImportResult, 'accepted'>, period: string, invite?: string) {
  const otherPeriod = imported.accepted.filter((a) => a.period !== period);
  const samePeriod = imported.accepted.filter((a) => a.period === period);
  const otherInvite = invite === undefined ? [] : samePeriod.filter((a) => a.invite !== invite);
  const used = invite === undefined ? samePeriod : samePeriod.filter((a) => a.invite === invite);
  return { used, otherPeriod, otherInvite };
}

export function buildRepReport(imported: Omit<ImportResult, 'notes'>, options: RepReportOptions): Result<AggregateReport, RepReportError> {
  const k = options.k ?? DEFAULT_K;
  const p = options.p ?? DEFAULT_P;
  if (!Number.isInteger(k) || k < MIN_K) return err({ code: 'bad-k', k, message: `k must be a whole number of at least ${MIN_K} (got ${k}); smaller groups cannot be anonymised.` });
  if (!Number.isFinite(p) || p < MIN_P || p > MAX_P) return err({ code: 'bad-p', p, message: `p must be between ${MIN_P} and ${MAX_P} % (got ${p}).` });
  if (!Number.isInteger(options.senders) || options.senders < 1) return err({ code: 'bad-senders', senders: options.senders, message: `The number of people who handed in files must be a whole number of at least 1 (got ${options.senders}).` });
  checkDisclosureSettings(k, p);
  const inviteAccepted = options.invite === undefined ? imported.accepted : imported.accepted.filter((a) => a.invite === options.invite);
  const period = options.period ?? commonPeriod(inviteAccepted.length > 0 ? inviteAccepted : imported.accepted);
  if (period === null) return err({ code: 'no-summaries', message: 'None of the files is a readable Fyrabend summary, so there is nothing to report.' });
  if (!parsePeriod(period)) return err({ code: 'bad-period', period, message: `The period '${period}' is not a month (2026-11) or a quarter (2026-Q4).` });
  const { used, otherPeriod, otherInvite } = reportSelection(imported, period, options.invite);
  if (used.length > options.senders) {
    return err({
      code: 'too-many-ids',
      ids: used.length,
      senders: options.senders,
      files: imported.files,
      message: `The files hold ${used.length} different people (summary ids) but ${options.senders} people handed them in; someone handed in summaries that are not their own, so no report is made.`,
    });
  }
  const duplicates = imported.duplicates.filter((d) => d.by === 'duplicate').length;
  const report = aggregateContributions(
    used.map((u) => u.contribution),
    {
      period,
      k,
      p,
      input: { files: imported.files, replaced: imported.duplicates.length - duplicates, duplicates, rejected: imported.rejected.length, otherPeriod: otherPeriod.length, otherInvite: otherInvite.length, senders: options.senders },
    },
  );
  return ok(report);
}
