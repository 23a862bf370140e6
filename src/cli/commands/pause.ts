/** `fyrabend pause [--db F]`: ends the running session now and remembers it for `resume`. */
import { localTime } from '../../app/tracker/problems';
import type { Command } from '../command';
import { withSessions } from '../db';
import { duration, t } from '../session-texts';

export const pauseCommand: Command = {
  name: ['pause'],
  summary: 'Pause the running session (the time so far is saved).',
  usage: 'pause [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    return withSessions(args, io, ({ tracker, fail, lang, zone, clock }) => {
      const r = tracker.pause();
      if (!r.ok) return fail(r.error);
      const s = r.value;
      const time = localTime(clock.now(), zone);
      io.stdout((s ? t(lang, 'paused', { time, start: localTime(s.start, zone), end: localTime(s.end, zone), duration: duration(lang, s.end - s.start) }) : t(lang, 'paused-empty', { time })) + '\n');
      return 0 as const;
    });
  },
};
