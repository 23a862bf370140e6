/**
 * `fyrabend stop [--at HH:MM|ISO] [--reason TEXT] [--db F]`: stops the running session now, or at a time
 * that has passed (`--at 16:10`, issue 14 item 3; a time inside a locked payroll period needs --reason).
 * After a crash (the tray app stopped without ending its session) `--at` gives the end the user
 * confirms; without it the command says when the session was last seen and proposes that time.
 */
import { localTime } from '../../app/tracker/problems';
import type { Command } from '../command';
import { chosenInstant } from '../chosen-time';
import { langOf, realClock, str, withSessions, zoneOf } from '../db';
import { duration, t } from '../session-texts';

export const stopCommand: Command = {
  name: ['stop'],
  summary: 'Stop the running session now, or at a time that has passed with --at; after a crash, confirm its end with --at.',
  usage: 'stop [--at HH:MM|ISO] [--reason TEXT] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const reason = str(args.options.reason);
    chosenInstant(args.options.at, realClock.now(), zoneOf(args, io), lang); // a bad --at stops before the log is opened
    return withSessions(args, io, ({ tracker, fail, zone, clock }) => {
      const at = chosenInstant(args.options.at, clock.now(), zone, lang);
      const status = tracker.status();
      const r = at === undefined ? tracker.stop() : status.state === 'recovery-needed' ? tracker.recover(at) : tracker.stopAt(at, reason);
      if (!r.ok) return fail(r.error);
      const s = r.value;
      const params: Record<string, string> = s ? { time: localTime(at ?? clock.now(), zone), start: localTime(s.start, zone), end: localTime(s.end, zone), duration: duration(lang, s.end - s.start) } : {};
      const key = status.state === 'recovery-needed' ? 'recovered' : s ? 'stopped' : 'stopped-paused';
      io.stdout(t(lang, key, params) + '\n');
      return 0 as const;
    });
  },
};
