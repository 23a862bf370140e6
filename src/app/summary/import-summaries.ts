/**
 * Representative side of issue 8: read many summary files, skip the bad ones with the reason (too large,
 * damaged, wrong version, malformed) in the reader's language, count duplicates once and aggregate the rest.
 * A bad file never stops the import of the others.
 */
import { aggregateSummaries, dedupeSummaries, DEFAULT_K, MIN_K, parsePeriod, type AggregateReport, type DedupeMode, type Summary } from '../../core/anonymise/index';
import type { Lang } from '../../core/model';
import { ioReason, problemsText } from '../../shared/formats/problems';
import { readSummaryFile, summarySizeProblem } from '../../shared/formats/summary';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { retiredRuleNotes } from './retired-rules';

/** How the import reaches the files: the size is asked first, so a huge file is refused unread. */
export interface SummaryFiles {
  /** Size in bytes; throws when the file cannot be reached. */
  size(path: string): number;
  read(path: string): string;
  /** The name shown in messages (the base name). */
  displayName(path: string): string;
}

export interface ImportedSummary {
  readonly file: string;
  readonly summary: Summary;
}

export interface ImportResult {
  readonly files: number;
  readonly accepted: readonly ImportedSummary[];
  readonly rejected: readonly { readonly file: string; readonly reason: string }[];
  readonly duplicates: readonly { readonly file: string; readonly of: string; readonly by: 'id' | 'content' }[];
  /** Files read with something left out (findings of a retired rule, ./retired-rules.ts), with the note in the reader's language. */
  readonly notes: readonly { readonly file: string; readonly note: string }[];
}

export function importSummaries(paths: readonly string[], files: SummaryFiles, lang: Lang, dedupe: DedupeMode = 'id-or-content'): ImportResult {
  const valid: ImportedSummary[] = [];
  const rejected: { file: string; reason: string }[] = [];
  const notes: { file: string; note: string }[] = [];
  for (const path of paths) {
    const file = files.displayName(path);
    let text: string;
    try {
      const tooBig = summarySizeProblem(files.size(path));
      if (tooBig) {
        rejected.push({ file, reason: problemsText(file, [tooBig], lang) });
        continue;
      }
      text = files.read(path);
    } catch (e) {
      rejected.push({ file, reason: `${file} ${ioReason(e, lang)}.` });
      continue;
    }
    const r = readSummaryFile(text);
    if (r.ok) {
      valid.push({ file, summary: r.value.summary });
      for (const note of retiredRuleNotes(file, r.value.retired, lang)) notes.push({ file, note });
    } else rejected.push({ file, reason: problemsText(file, r.error, lang) });
  }
  const d = dedupeSummaries(valid, (x) => x.summary, dedupe);
  return {
    files: paths.length,
    accepted: d.unique,
    rejected,
    duplicates: d.duplicates.map((x) => ({ file: x.item.file, of: (d.unique[x.of] as ImportedSummary).file, by: x.by })),
    notes,
  };
}

export interface RepReportOptions {
  readonly k?: number;
  /** The period to report; by default the most common period among the files (ties: the latest). */
  readonly period?: string;
}

/** The most common period; ties go to the latest. */
export function commonPeriod(summaries: readonly Summary[]): string | null {
  const counts = new Map<string, number>();
  for (const s of summaries) counts.set(s.period, (counts.get(s.period) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of counts) if (best === null || n > (counts.get(best) as number) || (n === counts.get(best) && p > best)) best = p;
  return best;
}

/** Why no report was made: `message` is English (for logs); adapters word it for their user from the code and its value. */
export type RepReportError =
  | (AppError & { readonly code: 'bad-k'; readonly k: number })
  | (AppError & { readonly code: 'no-summaries' })
  | (AppError & { readonly code: 'bad-period'; readonly period: string });

export function buildRepReport(imported: Omit<ImportResult, 'notes'>, options: RepReportOptions = {}): Result<AggregateReport, RepReportError> {
  const k = options.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < MIN_K) return err({ code: 'bad-k', k, message: `k must be a whole number of at least ${MIN_K} (got ${k}); smaller groups cannot be anonymised.` });
  const summaries = imported.accepted.map((a) => a.summary);
  const period = options.period ?? commonPeriod(summaries);
  if (period === null) return err({ code: 'no-summaries', message: 'None of the files is a readable Fyrabend summary, so there is nothing to report.' });
  if (!parsePeriod(period)) return err({ code: 'bad-period', period, message: `The period '${period}' is not a month (2026-11) or a quarter (2026-Q4).` });
  const report = aggregateSummaries(summaries, {
    period,
    k,
    input: { files: imported.files, duplicates: imported.duplicates.length, rejected: imported.rejected.length, otherPeriod: summaries.filter((s) => s.period !== period).length },
  });
  return ok(report);
}
