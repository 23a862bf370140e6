/**
 * `fyrabend rep aggregate F…|FOLDER --senders N [--k 6] [--p 85] [--period P] [--invite invite.json] --out report.html|report.json|report.csv [--lang nb|nn|en]`
 * Combines many anonymised summaries into the representative's report (issues 8 and 17). Files are read
 * bounded (src/cli/bounded-read.ts); bad files are listed on stderr with the reason and skipped; the
 * newest file per summary id counts; the report is refused when the files hold more people than
 * `--senders`; the report itself never names a file.
 */
import { readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DEFAULT_K, DEFAULT_P, MAX_P, MIN_K, MIN_P } from '../../core/anonymise/index';
import { translate } from '../../shared/i18n/catalog';
import { FORMAT_PROBLEM_TEXTS } from '../../shared/i18n/format-problems';
import { buildRepReport, importSummaries, reportCsv, reportHtml, reportJson, reportSelection, type RepReportError, type SummaryFiles } from '../../app/summary/index';
import { repProblemText } from '../../app/api/summary-handlers';
import type { Lang } from '../../core/model';
import { readBounded } from '../bounded-read';
import { UsageError, type CliArgs, type CliIo, type Command } from '../command';
import { langOf } from '../db';
import { readInviteOption } from '../invite-file';
import { r } from '../rep-texts';
import { t } from '../session-texts';
import { u } from '../usage-texts';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export const nodeSummaryFiles: SummaryFiles = {
  read: (p, limits) => readBounded(p, limits),
  displayName: (p) => basename(p),
};

/** Why no report was made, in the user's language. */
function repErrorText(e: RepReportError, lang: Lang): string {
  if (e.code === 'bad-k') return u(lang, 'bad-k', { min: MIN_K, below: MIN_K - 1, value: String(e.k) });
  if (e.code === 'bad-period') return u(lang, 'bad-period', { value: e.period });
  if (e.code === 'no-summaries') return u(lang, 'no-summaries');
  return repProblemText(e, lang);
}

/** The files given: a folder stands for the `.json` files directly in it, in name order. */
function expandFolders(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let folder = false;
    try {
      folder = statSync(p).isDirectory();
    } catch {
      return [p]; // reported by the import, with the reason
    }
    if (!folder) return [p];
    return readdirSync(p).filter((n) => n.toLowerCase().endsWith('.json')).sort().map((n) => join(p, n));
  });
}

function numberOption(args: CliArgs, name: string): number | undefined {
  const v = args.options[name];
  if (v === undefined) return undefined;
  return typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.')) : NaN;
}

export const repAggregateCommand: Command = {
  name: ['rep', 'aggregate'],
  summary: 'Combine many anonymised summaries into a report for union representatives; every figure is hidden unless at least k people (default 6, at least 5) contributed and nobody holds more than p % (default 85).',
  usage: 'rep aggregate FILE…|FOLDER --senders N [--k 6] [--p 85] [--period 2026-Q4] [--invite invite.json] --out report.html|report.json|report.csv [--lang nb|nn|en]',
  run(args: CliArgs, io: CliIo) {
    const lang = langOf(args, io);
    if (args.positional.length === 0) throw new UsageError(u(lang, 'rep-no-files'));
    const out = str(args.options.out);
    if (!out) throw new UsageError(u(lang, 'rep-missing-out'));
    const ext = extname(out).toLowerCase();
    if (!['.html', '.htm', '.json', '.csv'].includes(ext)) throw new UsageError(u(lang, 'rep-out-ext', { file: basename(out) }));
    const k = numberOption(args, 'k') ?? DEFAULT_K;
    if (!Number.isInteger(k) || k < MIN_K) throw new UsageError(u(lang, 'bad-k', { min: MIN_K, below: MIN_K - 1, value: String(args.options.k) }));
    const p = numberOption(args, 'p') ?? DEFAULT_P;
    if (!Number.isFinite(p) || p < MIN_P || p > MAX_P) throw new UsageError(r(lang, 'p-bad', { min: MIN_P, max: MAX_P, value: String(args.options.p) }));
    const senders = numberOption(args, 'senders');
    if (senders === undefined) throw new UsageError(r(lang, 'senders-missing'));
    if (!Number.isInteger(senders) || senders < 1) throw new UsageError(r(lang, 'senders-bad', { value: String(args.options.senders) }));
    const invite = readInviteOption(args, io, lang);
    let period = str(args.options.period);
    if (invite && period && period !== invite.period) throw new UsageError(r(lang, 'invite-period', { period, invite: invite.period }));
    period ??= invite?.period;

    const paths = expandFolders(args.positional.map((x) => resolve(io.cwd, x)));
    const imported = importSummaries(paths, nodeSummaryFiles, lang);
    const skipped = translate(FORMAT_PROBLEM_TEXTS, lang, 'skipped');
    for (const x of imported.rejected) io.stderr(`fyrabend: ${skipped} ${x.reason}\n`);
    for (const n of imported.notes) io.stderr(`fyrabend: ${n.note}\n`);
    for (const d of imported.duplicates) io.stderr(`fyrabend: ${r(lang, d.by === 'replaced' ? 'replaced' : 'same', { file: d.file, of: d.of })}\n`);
    const built = buildRepReport(imported, { k, p, senders, ...(period ? { period } : {}), ...(invite ? { invite: invite.id } : {}) });
    if (!built.ok) throw new UsageError(repErrorText(built.error, lang));
    const report = built.value;
    const selection = reportSelection(imported, report.period, invite?.id);
    for (const x of selection.otherPeriod) io.stderr(`fyrabend: ${skipped} ${u(lang, 'rep-other-period', { file: x.file, period: x.period, report: report.period })}\n`);
    for (const x of selection.otherInvite) io.stderr(`fyrabend: ${skipped} ${r(lang, 'other-invite', { file: x.file })}\n`);
    const text = ext === '.json' ? reportJson(report) : ext === '.csv' ? reportCsv(report, lang) : reportHtml(report, lang);
    const target = resolve(io.cwd, out);
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, target);
    } catch (e) {
      throw new UsageError(t(lang, 'cannot-write', { file: out, detail: e instanceof Error ? e.message : String(e) }));
    }
    const i = report.input;
    io.stdout(`${r(lang, 'done', { files: i.files, ids: i.accepted, period: report.period, senders, k, p, skipped: i.rejected + i.otherPeriod + i.otherInvite, replaced: i.replaced, duplicates: i.duplicates, out })}\n`);
    return 0;
  },
};
