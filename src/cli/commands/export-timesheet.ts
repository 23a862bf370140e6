/**
 * `fyrabend export timesheet --period 2026-11 --format csv|csv-excel|xlsx|json|visma|html
 *  [--submit | --again] [--dry-run] [--out F] [--db F]`: the payroll export (issues 7 and 16) over the
 * same use case the window uses. Without `--submit` the file is a preview that marks nothing;
 * `--submit` sends it to payroll (a month already sent goes as its corrections); `--again` repeats
 * what was sent (a lost file); `--dry-run` prints what would be written and writes nothing. The pay
 * settings, agreements and sessions come from the same database as the other commands (`--db`,
 * FYRABEND_DB, the app's data folder); the file is written atomically.
 */
import { resolve } from 'node:path';
import { exportTimesheet, type ExportMode } from '../../app/export/export-timesheet';
import { exportFileName } from '../../app/export/file-name';
import { isTimesheetFormat, TIMESHEET_FORMATS, type TimesheetFormat } from '../../app/export/formats';
import { loadPaySettings } from '../../app/export/pay-settings';
import type { Agreement, Lang } from '../../core/model';
import { parseAgreementFile } from '../../shared/formats/agreement';
import { AtomicFileSink } from '../../store/files/atomic-file-sink';
import { openStore } from '../../store/index';
import { SqliteSubmissionRepo } from '../../store/submission-repo';
import { UsageError, type CliArgs, type CliIo, type Command, type ExitCode } from '../command';
import { dbPathOf, langOf, storeErrorsAsUsage } from '../db';
import { t } from '../session-texts';
import { tt } from '../timesheet-texts';
import { u } from '../usage-texts';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** A `--flag` that takes no value; `--flag something` is refused rather than read as on. */
function flag(args: CliArgs, name: string, lang: Lang): boolean {
  const v = args.options[name];
  if (v === undefined) return false;
  if (v !== true) throw new UsageError(tt(lang, 'flag-value', { name, value: v }));
  return true;
}

interface Request {
  readonly period: string;
  readonly format: TimesheetFormat;
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly mode: ExportMode;
  readonly dryRun: boolean;
}

export const exportTimesheetCommand: Command = {
  name: ['export', 'timesheet'],
  summary: 'Export the timesheet of a month (or year) for payroll: a preview, or --submit to send it (a sent month goes as its corrections).',
  usage: 'export timesheet --period YYYY-MM --format csv|csv-excel|xlsx|json|visma|html [--submit | --again] [--dry-run] [--out FILE] [--db FILE] [--lang nb|nn|en]',
  async run(args, io) {
    const lang = langOf(args, io);
    const period = str(args.options.period);
    if (!period) throw new UsageError(u(lang, 'timesheet-missing-period'));
    const format = str(args.options.format);
    if (!format || !isTimesheetFormat(format)) throw new UsageError(t(lang, 'bad-option', { name: 'format', allowed: TIMESHEET_FORMATS.join(', '), value: String(args.options.format ?? '') }));
    const submit = flag(args, 'submit', lang);
    const again = flag(args, 'again', lang);
    const dryRun = flag(args, 'dry-run', lang);
    if (submit && again) throw new UsageError(tt(lang, 'submit-again'));
    if (dryRun && !submit && !again) throw new UsageError(tt(lang, 'dry-run-needs'));
    const mode: ExportMode = submit ? 'submit' : again ? 'again' : 'preview';
    const out = str(args.options.out);
    return storeErrorsAsUsage(lang, () => run(dbPathOf(args, io), { period, format, out: out === undefined ? undefined : resolve(io.cwd, out), lang, mode, dryRun }, io));
  },
};

/** Formats whose content a dry run prints (the text ones). */
const PRINTED: readonly TimesheetFormat[] = ['csv', 'csv-excel', 'json', 'visma'];

async function run(dbPath: string, request: Request, io: CliIo): Promise<ExitCode> {
  const { lang } = request;
  // Like the other commands (db.ts): the full integrity check on the first open of the day, before its backup.
  const store = await openStore(dbPath, { integrityCheck: 'daily' });
  try {
    const agreements = (): Agreement[] => {
      const out: Agreement[] = [];
      for (const stored of store.agreements.list()) {
        const parsed = parseAgreementFile(stored.json);
        if (!parsed.ok) throw new UsageError(u(lang, 'stored-agreement-bad', { date: stored.validFrom }));
        out.push({ ...parsed.value, validFrom: stored.validFrom });
      }
      return out;
    };
    const paySettings = () => loadPaySettings(store.settings);
    const out = request.out ?? resolve(io.cwd, exportFileName(request.period, request.format, paySettings()?.employeeNumber ?? ''));
    const result = await exportTimesheet(
      { period: request.period, format: request.format, out, lang, mode: request.mode, dryRun: request.dryRun },
      {
        sessions: store.sessions,
        agreements,
        paySettings,
        locks: store.locks,
        submissions: new SqliteSubmissionRepo(store.db, store.path),
        overtimeReasons: store.overtimeReasons,
        absences: store.absences,
        files: new AtomicFileSink(),
        now: () => Date.now(),
      },
    );
    if (!result.ok) {
      io.stderr(`fyrabend: ${result.error.message}\n`);
      return 2;
    }
    io.stdout(`${result.value.message}\n`);
    if (request.dryRun && PRINTED.includes(request.format)) {
      const text = new TextDecoder(request.format === 'visma' ? vismaDecoder(result.value.content) : 'utf-8').decode(result.value.content);
      io.stdout(`${tt(lang, 'dry-run-content')}\n${text.replace(/^\uFEFF/, '')}${text.endsWith('\n') ? '' : '\n'}`);
    }
    return 0;
  } finally {
    store.close();
  }
}

/** The label TextDecoder needs for the Visma file as written (UTF-8 unless the bytes are not valid UTF-8). */
function vismaDecoder(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
