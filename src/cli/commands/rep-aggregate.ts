/**
 * `fyrabend rep aggregate F… [--k 6] [--period P] [--dedupe id-or-content|id] --out report.html|report.json|report.csv [--lang nb|nn|en]`
 * Combines many anonymised summaries into the representative's report (issue 8). Bad files are listed
 * on stderr with the reason and skipped; the report itself never names a file.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join } from 'node:path';
import { DEDUPE_MODES, DEFAULT_K, MIN_K, type DedupeMode } from '../../core/anonymise/index';
import { pickLang, translate } from '../../shared/i18n/catalog';
import { FORMAT_PROBLEM_TEXTS } from '../../shared/i18n/format-problems';
import { buildRepReport, importSummaries, reportCsv, reportHtml, reportJson, type SummaryFiles } from '../../app/summary/index';
import { UsageError, type CliArgs, type CliIo, type Command } from '../command';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export const nodeSummaryFiles: SummaryFiles = {
  size: (p) => statSync(p).size,
  read: (p) => readFileSync(p, 'utf8'),
  displayName: (p) => basename(p),
};

export const repAggregateCommand: Command = {
  name: ['rep', 'aggregate'],
  summary: 'Combine many anonymised summaries into a report for union representatives, suppressing groups below k (default 6, at least 5).',
  usage: 'rep aggregate FILE… [--k 6] [--period 2026-Q4] [--dedupe id-or-content|id] --out report.html|report.json|report.csv [--lang nb|nn|en]',
  run(args: CliArgs, io: CliIo) {
    if (args.positional.length === 0) throw new UsageError('give the summary files to combine, for example: fyrabend rep aggregate summaries/*.json --out report.html');
    const out = str(args.options.out);
    if (!out) throw new UsageError('missing --out; for example --out report.html (or report.json, report.csv)');
    const ext = extname(out).toLowerCase();
    if (!['.html', '.htm', '.json', '.csv'].includes(ext)) throw new UsageError(`--out must end in .html, .json or .csv, not '${basename(out)}'`);
    const kText = str(args.options.k);
    const k = kText === undefined ? DEFAULT_K : Number(kText);
    if (!Number.isInteger(k) || k < MIN_K) throw new UsageError(`--k must be a whole number of at least ${MIN_K} (groups of ${MIN_K - 1} or fewer cannot be anonymised), not '${kText}'`);
    const dedupe = (str(args.options.dedupe) ?? 'id-or-content') as DedupeMode;
    if (!DEDUPE_MODES.includes(dedupe)) throw new UsageError(`--dedupe must be ${DEDUPE_MODES.join(' or ')}`);
    const lang = pickLang(str(args.options.lang), io.env.FYRABEND_LANG ?? io.env.LANG);

    const paths = args.positional.map((p) => (isAbsolute(p) ? p : join(io.cwd, p)));
    const imported = importSummaries(paths, nodeSummaryFiles, lang, dedupe);
    for (const r of imported.rejected) io.stderr(`fyrabend: ${translate(FORMAT_PROBLEM_TEXTS, lang, 'skipped')} ${r.reason}\n`);
    for (const d of imported.duplicates) io.stderr(`fyrabend: ${d.file} is the same summary as ${d.of} (same ${d.by}); counted once.\n`);
    const period = str(args.options.period);
    const built = buildRepReport(imported, { k, ...(period ? { period } : {}) });
    if (!built.ok) throw new UsageError(built.error.message.replace(/\.$/, ''));
    const report = built.value;
    for (const x of imported.accepted) if (x.summary.period !== report.period) io.stderr(`fyrabend: skipped ${x.file}: it is for ${x.summary.period}, this report covers ${report.period}.\n`);
    const text = ext === '.json' ? reportJson(report) : ext === '.csv' ? reportCsv(report, lang) : reportHtml(report, lang);
    const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, out);
    io.stdout(`${report.input.accepted} summaries for ${report.period} combined (k = ${k}); ${imported.rejected.length} skipped, ${imported.duplicates.length} duplicates. Written: ${out}\n`);
    return 0;
  },
};
