/** `fyrabend export sessions [--out FILE] [--from D --to D] [--db F]`: the log as `fyrabend.sessions/1` (stdout, or a file written atomically). */
import { resolve } from 'node:path';
import { localDateRange } from '../../core/index';
import { formatSessionsFile } from '../../shared/formats/sessions';
import { UsageError, type Command } from '../command';
import { langOf, str, withSessions } from '../db';
import { outTarget, writeOut } from '../out-file';
import { t } from '../session-texts';
import { ioReason } from '../../shared/formats/problems';
import { dateOption } from '../values';

export const exportSessionsCommand: Command = {
  name: ['export', 'sessions'],
  summary: 'Write the recorded sessions as fyrabend.sessions/1 (to stdout or --out FILE).',
  usage: 'export sessions [--out FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db FILE] [--zone Europe/Oslo] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    for (const name of ['from', 'to']) dateOption(args, name, lang);
    return withSessions(args, io, async ({ store, zone }) => {
      const from = str(args.options.from);
      const to = str(args.options.to);
      const { start: fromMs, end: toMs } = localDateRange(from, to, zone);
      const sessions = store.sessions.between(fromMs, toMs);
      const text = formatSessionsFile(sessions, store.sessions.availabilityBetween(fromMs, toMs), zone);
      const out = str(args.options.out);
      const target = outTarget(out ?? '-', resolve(io.cwd, out ?? '-'));
      try {
        await writeOut(target, text, io.stdout);
      } catch (e) {
        throw new UsageError(t(lang, 'cannot-write', { file: out ?? '-', detail: ioReason(e, lang) }));
      }
      if (target.kind !== 'stdout') io.stdout(t(lang, 'exported', { count: sessions.length, file: out ?? '-' }) + '\n');
      return 0 as const;
    }, { readOnly: { onMissing: (sentence) => {
      throw new UsageError(sentence);
    } } });
  },
};
