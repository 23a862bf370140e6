/**
 * `fyrabend restore FILE [--db F]`: replaces the database with a backup after validating the
 * backup. The current database (even a damaged one) is kept next to it, never deleted.
 * Close the tray app first.
 */
import { resolve } from 'node:path';
import { UsageError, type Command } from '../command';
import { dbPathOf, langOf, storeErrorsAsUsage } from '../db';
import { t } from '../session-texts';

export const restoreCommand: Command = {
  name: ['restore'],
  summary: 'Restore the database from a backup file (the backup is checked first; the current file is kept).',
  usage: 'restore FILE [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const file = args.positional[0];
    if (!file) throw new UsageError(t(lang, 'missing-file', { what: 'restore' }));
    return storeErrorsAsUsage(lang, async () => {
      const { restoreBackup } = await import('../../store/index');
      const outcome = await restoreBackup(dbPathOf(args, io), resolve(io.cwd, file), Date.now());
      io.stdout(t(lang, 'restored', { file }) + '\n');
      if (outcome.previous) io.stdout(t(lang, 'restored-previous', { previous: outcome.previous }) + '\n');
      return 0 as const;
    });
  },
};
