/**
 * `fyrabend backup [--out FILE] [--db F]`: a consistent copy of the database now (SQLite online
 * backup API). `--out` naming a symlink writes the file it points to (never replacing the link); a
 * special file (a FIFO, /dev/stdout) gets the copy written through it from a temporary backup.
 */
import { readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type Command } from '../command';
import { str, withSessions } from '../db';
import { outTarget } from '../out-file';
import { t } from '../session-texts';

export const backupCommand: Command = {
  name: ['backup'],
  summary: 'Back up the database now (automatic backups are also made daily and before every upgrade).',
  usage: 'backup [--out FILE] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const out = str(args.options.out);
    return withSessions(args, io, async ({ store, lang }) => {
      if (out === '-') throw new UsageError(t(lang, 'bad-option', { name: 'out', allowed: 'FILE', value: '-' }));
      const target = out ? outTarget(out, resolve(io.cwd, out)) : null;
      if (target?.kind === 'through') {
        const real = realpathSync(target.path);
        if (outTarget(real, real).kind === 'file') {
          await store.backup(real); // the file the link points to, beside it; the link stays
        } else {
          const temp = await store.backup(`${store.path}.backup-out-${process.pid}.tmp`);
          try {
            writeFileSync(target.path, readFileSync(temp));
          } catch (e) {
            const { asBackupTargetError, backupDirFor } = await import('../../store/index');
            throw asBackupTargetError(e, target.path, store.path, backupDirFor(store.path));
          } finally {
            rmSync(temp, { force: true });
          }
        }
        io.stdout(t(lang, 'backup-made', { file: out ?? '' }) + '\n');
        return 0 as const;
      }
      const file = await store.backup(target?.kind === 'file' ? target.path : undefined);
      io.stdout(t(lang, 'backup-made', { file }) + '\n');
      return 0 as const;
    });
  },
};
