/** `fyrabend backup [--out FILE] [--db F]`: a consistent copy of the database now (SQLite online backup API). */
import { resolve } from 'node:path';
import type { Command } from '../command';
import { str, withSessions } from '../db';
import { t } from '../session-texts';

export const backupCommand: Command = {
  name: ['backup'],
  summary: 'Back up the database now (automatic backups are also made daily and before every upgrade).',
  usage: 'backup [--out FILE] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const out = str(args.options.out);
    return withSessions(args, io, async ({ store, lang }) => {
      const file = await store.backup(out ? resolve(io.cwd, out) : undefined);
      io.stdout(t(lang, 'backup-made', { file }) + '\n');
      return 0 as const;
    });
  },
};
