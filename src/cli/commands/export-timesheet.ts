/**
 * `fyrabend export timesheet --period 2026-11 --format csv|csv-excel|xlsx|json|visma|html [--out F] [--db F]`:
 * the payroll export (issue 7) over the same app service the window uses. The pay settings,
 * agreements and sessions come from the same database as the other commands (`--db`, FYRABEND_DB,
 * the app's data folder); the file is written atomically.
 */
import { resolve } from 'node:path';
import { exportTimesheet } from '../../app/export/export-timesheet';
import { FORMAT_EXTENSION, isTimesheetFormat, TIMESHEET_FORMATS, type TimesheetFormat } from '../../app/export/formats';
import { loadPaySettings } from '../../app/export/pay-settings';
import type { Agreement, Lang } from '../../core/model';
import { parseAgreementFile } from '../../shared/formats/agreement';
import { AtomicFileSink } from '../../store/files/atomic-file-sink';
import { openStore } from '../../store/index';
import { UsageError, type CliIo, type Command, type ExitCode } from '../command';
import { dbPathOf, langOf, storeErrorsAsUsage } from '../db';
import { t } from '../session-texts';
import { u } from '../usage-texts';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export const exportTimesheetCommand: Command = {
  name: ['export', 'timesheet'],
  summary: 'Export the timesheet of a month (or year) for payroll, classified into pay classes and wage types.',
  usage: 'export timesheet --period YYYY-MM --format csv|csv-excel|xlsx|json|visma|html [--out FILE] [--db FILE] [--lang nb|nn|en]',
  async run(args, io) {
    const lang = langOf(args, io);
    const period = str(args.options.period);
    if (!period) throw new UsageError(u(lang, 'timesheet-missing-period'));
    const format = str(args.options.format);
    if (!format || !isTimesheetFormat(format)) throw new UsageError(t(lang, 'bad-option', { name: 'format', allowed: TIMESHEET_FORMATS.join(', '), value: String(args.options.format ?? '') }));
    const out = resolve(io.cwd, str(args.options.out) ?? `fyrabend-timesheet-${period}${format === 'csv-excel' ? '-excel' : ''}.${FORMAT_EXTENSION[format]}`);

    return storeErrorsAsUsage(lang, () => run(dbPathOf(args, io), { period, format, out, lang }, io));
  },
};

async function run(dbPath: string, request: { period: string; format: TimesheetFormat; out: string; lang: Lang }, io: CliIo): Promise<ExitCode> {
  const { lang } = request;
  const store = await openStore(dbPath);
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
    const result = await exportTimesheet(request, {
      sessions: store.sessions,
      agreements,
      paySettings: () => loadPaySettings(store.settings),
      locks: store.locks,
      files: new AtomicFileSink(),
      now: () => Date.now(),
    });
    if (!result.ok) {
      io.stderr(`fyrabend: ${result.error.message}\n`);
      return 2;
    }
    io.stdout(`${result.value.message}\n`);
    return 0;
  } finally {
    store.close();
  }
}
