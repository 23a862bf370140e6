/** `fyrabend log [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json] [--db F]`: the recorded sessions (default the last 7 days), one a line, or as one JSON object. */
import { formatInTimeZone } from 'date-fns-tz';
import { addDays, formatInstant, localDateOf, localDateRange } from '../../core/index';
import { localTime } from '../../app/tracker/problems';
import { UsageError, type Command } from '../command';
import { langOf, str, withSessions, zoneOf } from '../db';
import { duration, t, word } from '../session-texts';
import { printable } from '../terminal-text';
import { dateOption } from '../values';

export const logCommand: Command = {
  name: ['log'],
  summary: 'List the recorded sessions (default: the last 7 days).',
  usage: 'log [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|json] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    for (const name of ['from', 'to']) dateOption(args, name, lang);
    const format = args.options.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(t(lang, 'bad-option', { name: 'format', allowed: 'text, json', value: String(format) }));
    return withSessions(args, io, ({ store, zone, clock }) => {
      const now = clock.now();
      const to = str(args.options.to) ?? localDateOf(now, zone);
      const from = str(args.options.from) ?? addDays(localDateOf(now, zone), -6);
      const { start: fromMs, end: toMs } = localDateRange(from, to, zone);
      const rows = store.sessions.between(fromMs, toMs);
      if (format === 'json') {
        const sessions = rows.map((s) => ({ id: s.id, start: formatInstant(s.start, zone), end: formatInstant(s.end, zone), kind: s.kind, location: s.location, initiative: s.initiative, breakWithDuties: s.breakWithDuties, note: s.note ?? null, review: s.review }));
        io.stdout(JSON.stringify({ from, to, zone, sessions }) + '\n');
        return 0 as const;
      }
      if (rows.length === 0) {
        io.stdout(t(lang, 'log-empty', { from, to }) + '\n');
        return 0 as const;
      }
      for (const s of rows) {
        const flag = s.review ? `  [${t(lang, 'log-review')}: ${s.review}]` : '';
        const note = s.note ? `  ${printable(s.note)}` : '';
        io.stdout(`${s.id.padStart(5)}  ${localTime(s.start, zone)}–${formatInTimeZone(s.end, zone, 'HH:mm')}  ${duration(lang, s.end - s.start).padStart(11)}  ${word(lang, s.kind)}, ${word(lang, s.location)}${flag}${note}\n`);
      }
      return 0 as const;
    }, { readOnly: { onMissing: (sentence) => {
      if (format === 'json') {
        // --format json stays JSON when there is no log yet (issue 18 item 6): no sessions, and the sentence
        const zone = zoneOf(args, io);
        const today = localDateOf(Date.now(), zone);
        io.stdout(JSON.stringify({ from: str(args.options.from) ?? addDays(today, -6), to: str(args.options.to) ?? today, zone, sessions: [], database: null, text: sentence }) + '\n');
      } else io.stdout(sentence + '\n');
      return 0;
    } } });
  },
};
