/**
 * `fyrabend stop [--at ISO] [--db F]`: stops the running session now. After a crash (the tray app
 * stopped without ending its session) `--at` gives the end the user confirms; without it the
 * command says when the session was last seen and proposes that time.
 */
import { localTime } from '../../app/tracker/problems';
import { UsageError, type Command } from '../command';
import { langOf, str, withSessions } from '../db';
import { duration, t } from '../session-texts';

const OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const stopCommand: Command = {
  name: ['stop'],
  summary: 'Stop the running session; after a crash, confirm its end with --at.',
  usage: 'stop [--at 2026-03-10T16:30:00+01:00] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const atText = str(args.options.at);
    if (args.options.at !== undefined && (!atText || !OFFSET.test(atText) || Number.isNaN(Date.parse(atText))))
      throw new UsageError(t(lang, 'bad-instant', { name: 'at', value: String(args.options.at) }));
    const at = atText ? Date.parse(atText) : undefined;
    return withSessions(args, io, ({ tracker, fail, zone, clock }) => {
      const status = tracker.status();
      const r = status.state === 'recovery-needed' && at !== undefined ? tracker.recover(at) : tracker.stop();
      if (!r.ok) return fail(r.error);
      const s = r.value;
      const params: Record<string, string> = s ? { time: localTime(clock.now(), zone), start: localTime(s.start, zone), end: localTime(s.end, zone), duration: duration(lang, s.end - s.start) } : {};
      const key = status.state === 'recovery-needed' ? 'recovered' : s ? 'stopped' : 'stopped-paused';
      io.stdout(t(lang, key, params) + '\n');
      return 0 as const;
    });
  },
};
