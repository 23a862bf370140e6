/**
 * `fyrabend export timesheet --period 2026-11 --format csv|csv-excel|xlsx|json|visma|html [--out F] [--db F]`:
 * the payroll export (issue 7) over the same app service the window uses. The pay settings,
 * agreements and sessions come from the database; the file is written atomically.
 */
import { resolve } from 'node:path';
import { exportTimesheet } from '../../app/export/export-timesheet';
import { FORMAT_EXTENSION, isTimesheetFormat } from '../../app/export/formats';
import { loadPaySettings } from '../../app/export/pay-settings';
import type { Agreement } from '../../core/model';
import { parseAgreementFile } from '../../shared/formats/agreement';
import { pickLang } from '../../shared/i18n/catalog';
import { AtomicFileSink } from '../../store/files/atomic-file-sink';
import { openStore } from '../../store/index';
import { UsageError, type Command } from '../command';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export const exportTimesheetCommand: Command = {
  name: ['export', 'timesheet'],
  summary: 'Export the timesheet of a month (or year) for payroll, classified into pay classes and wage types.',
  usage: 'export timesheet --period YYYY-MM --format csv|csv-excel|xlsx|json|visma|html [--out FILE] [--db FILE] [--lang nb|nn|en]',
  async run(args, io) {
    const period = str(args.options.period);
    if (!period) throw new UsageError('--period is missing: give a month like --period 2026-11 (or a year, --period 2026)');
    const format = str(args.options.format);
    if (!format || !isTimesheetFormat(format)) throw new UsageError(`--format must be one of csv, csv-excel, xlsx, json, visma, html, not '${format ?? ''}'`);
    const dbPath = str(args.options.db) ?? io.env.FYRABEND_DB;
    if (!dbPath) throw new UsageError('--db is missing: give the Fyrabend database file with --db FILE (or set FYRABEND_DB)');
    const lang = pickLang(str(args.options.lang), io.env.FYRABEND_LANG ?? io.env.LANG);
    const out = resolve(io.cwd, str(args.options.out) ?? `fyrabend-timesheet-${period}${format === 'csv-excel' ? '-excel' : ''}.${FORMAT_EXTENSION[format]}`);

    const store = await openStore(resolve(io.cwd, dbPath));
    try {
      const agreements = (): Agreement[] => {
        const out: Agreement[] = [];
        for (const stored of store.agreements.list()) {
          const parsed = parseAgreementFile(stored.json);
          if (!parsed.ok) throw new UsageError(`the stored agreement valid from ${stored.validFrom} cannot be read; save it again in the app or with a valid fyrabend.agreement/1 file`);
          out.push({ ...parsed.value, validFrom: stored.validFrom });
        }
        return out;
      };
      const result = await exportTimesheet(
        { period, format, out, lang },
        {
          sessions: store.sessions,
          agreements,
          paySettings: () => loadPaySettings(store.settings),
          locks: store.locks,
          files: new AtomicFileSink(),
          now: () => Date.now(),
        },
      );
      if (!result.ok) {
        io.stderr(`fyrabend: ${result.error.message}\n`);
        return 2;
      }
      io.stdout(`${result.value.message}\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};
