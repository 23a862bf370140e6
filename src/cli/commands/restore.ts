/**
 * `fyrabend restore FILE [--db F]`: replaces the database with a backup after validating the
 * backup. The current database (even a damaged one) is kept next to it, never deleted, and its
 * payroll record (months submitted, with what was sent) is carried into the restored log, so a
 * later change reaches payroll as a correction (issue 16). Close the tray app first.
 */
import { resolve } from 'node:path';
import type { Lang } from '../../core/model';
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import { UsageError, type Command } from '../command';
import { dbPathOf, langOf, storeErrorsAsUsage } from '../db';
import { t } from '../session-texts';

const TEXTS = defineCatalog<'carry-failed'>({
  nb: { 'carry-failed': 'Hva som er sendt til lønn, kunne ikke leses fra den erstattede databasen {previous}, så måneder sendt før gjenopprettingen blir sendt på nytt i sin helhet.' },
  nn: { 'carry-failed': 'Kva som er sendt til løn, kunne ikkje lesast frå den erstatta databasen {previous}, så månader sende før gjenopprettinga vert sende på nytt i heilskap.' },
  en: { 'carry-failed': 'What was sent to payroll could not be read from the replaced database {previous}, so months sent before the restore will be sent again in full.' },
});

const carryFailed = (lang: Lang, previous: string): string => translate(TEXTS, lang, 'carry-failed', { previous });

export const restoreCommand: Command = {
  name: ['restore'],
  summary: 'Restore the database from a backup file (the backup is checked first; the current file is kept).',
  usage: 'restore FILE [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const file = args.positional[0];
    if (!file) throw new UsageError(t(lang, 'missing-file', { what: 'restore' }));
    return storeErrorsAsUsage(lang, async () => {
      const { restoreKeepingPayroll } = await import('../../store/restore-carry');
      const outcome = await restoreKeepingPayroll(dbPathOf(args, io), resolve(io.cwd, file), Date.now());
      io.stdout(t(lang, 'restored', { file }) + '\n');
      if (outcome.previous) io.stdout(t(lang, 'restored-previous', { previous: outcome.previous }) + '\n');
      if (outcome.carryFailure && outcome.previous) io.stderr(`fyrabend: ${carryFailed(lang, outcome.previous)}\n`);
      return 0 as const;
    });
  },
};
