/**
 * `fyrabend rep aggregate F… [--k 6] [--period P] [--dedupe id-or-content|id] --out report.html|report.json|report.csv [--lang nb|nn|en]`
 * Combines many anonymised summaries into the representative's report (issue 8). Bad files are listed
 * on stderr with the reason and skipped; the report itself never names a file.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DEDUPE_MODES, DEFAULT_K, MIN_K, type DedupeMode } from '../../core/anonymise/index';
import { translate } from '../../shared/i18n/catalog';
import { FORMAT_PROBLEM_TEXTS } from '../../shared/i18n/format-problems';
import { buildRepReport, importSummaries, reportCsv, reportHtml, reportJson, type RepReportError, type SummaryFiles } from '../../app/summary/index';
import type { Lang } from '../../core/model';
import { UsageError, type CliArgs, type CliIo, type Command } from '../command';
import { langOf } from '../db';
import { t } from '../session-texts';
import { u } from '../usage-texts';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export const nodeSummaryFiles: SummaryFiles = {
  size: (p) => statSync(p).size,
  read: (p) => readFileSync(p, 'utf8'),
  displayName: (p) => basename(p),
};

/** Why no report was made, in the user's language. */
function repErrorText(e: RepReportError, lang: Lang): string {
  if (e.code === 'bad-k') return u(lang, 'bad-k', { min: MIN_K, below: MIN_K - 1, value: String(e.k) });
  if (e.code === 'bad-period') return u(lang, 'bad-period', { value: e.period });
  return u(lang, 'no-summaries');
}

export const repAggregateCommand: Command = {
  name: ['rep', 'aggregate'],
  summary: 'Combine many anonymised summaries into a report for union representatives, suppressing groups below k (default 6, at least 5).',
  usage: 'rep aggregate FILE… [--k 6] [--period 2026-Q4] [--dedupe id-or-content|id] --out report.html|report.json|report.csv [--lang nb|nn|en]',
  run(args: CliArgs, io: CliIo) {
    const lang = langOf(args, io);
    if (args.positional.length === 0) throw new UsageError(u(lang, 'rep-no-files'));
    const out = str(args.options.out);
    if (!out) throw new UsageError(u(lang, 'rep-missing-out'));
    const ext = extname(out).toLowerCase();
    if (!['.html', '.htm', '.json', '.csv'].includes(ext)) throw new UsageError(u(lang, 'rep-out-ext', { file: basename(out) }));
    const kOption = args.options.k;
    const k = kOption === undefined ? DEFAULT_K : typeof kOption === 'string' && kOption.trim() !== '' ? Number(kOption) : NaN;
    if (!Number.isInteger(k) || k < MIN_K) throw new UsageError(u(lang, 'bad-k', { min: MIN_K, below: MIN_K - 1, value: String(kOption) }));
    const dedupe = (str(args.options.dedupe) ?? 'id-or-content') as DedupeMode;
    if (!DEDUPE_MODES.includes(dedupe)) throw new UsageError(t(lang, 'bad-option', { name: 'dedupe', allowed: DEDUPE_MODES.join(', '), value: String(args.options.dedupe) }));

    const paths = args.positional.map((p) => resolve(io.cwd, p));
    const imported = importSummaries(paths, nodeSummaryFiles, lang, dedupe);
    const skipped = translate(FORMAT_PROBLEM_TEXTS, lang, 'skipped');
    for (const r of imported.rejected) io.stderr(`fyrabend: ${skipped} ${r.reason}\n`);
    for (const n of imported.notes) io.stderr(`fyrabend: ${n.note}\n`);
    for (const d of imported.duplicates) io.stderr(`fyrabend: ${u(lang, 'rep-duplicate', { file: d.file, of: d.of, by: u(lang, d.by === 'id' ? 'by-id' : 'by-content') })}\n`);
    const period = str(args.options.period);
    const built = buildRepReport(imported, { k, ...(period ? { period } : {}) });
    if (!built.ok) throw new UsageError(repErrorText(built.error, lang));
    const report = built.value;
    for (const x of imported.accepted) if (x.summary.period !== report.period) io.stderr(`fyrabend: ${skipped} ${u(lang, 'rep-other-period', { file: x.file, period: x.summary.period, report: report.period })}\n`);
    const text = ext === '.json' ? reportJson(report) : ext === '.csv' ? reportCsv(report, lang) : reportHtml(report, lang);
    const target = resolve(io.cwd, out);
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, target);
    } catch (e) {
      throw new UsageError(t(lang, 'cannot-write', { file: out, detail: e instanceof Error ? e.message : String(e) }));
    }
    const done = { accepted: report.input.accepted, period: report.period, k, skipped: imported.rejected.length, duplicates: imported.duplicates.length, out };
    io.stdout(`${u(lang, 'rep-done', done)}\n`);
    return 0;
  },
};
