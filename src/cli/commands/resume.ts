/**
 * `fyrabend resume [--idle keep|break|discard] [--db F]`: continues a paused session. After an idle
 * pause the user says what the time away was: keep (work), break, or discard (stop).
 */
import { localTime } from '../../app/tracker/problems';
import { UsageError, type Command } from '../command';
import { langOf, str, withSessions } from '../db';
import { t } from '../session-texts';

const CHOICES = ['keep', 'break', 'discard'] as const;

export const resumeCommand: Command = {
  name: ['resume'],
  summary: 'Resume a paused session; after time away, say whether to keep it, mark it as a break, or discard it.',
  usage: 'resume [--idle keep|break|discard] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const idle = str(args.options.idle);
    if (args.options.idle !== undefined && !(CHOICES as readonly (string | undefined)[]).includes(idle))
      throw new UsageError(t(lang, 'bad-option', { name: 'idle', allowed: CHOICES.join(', '), value: String(args.options.idle) }));
    return withSessions(args, io, ({ tracker, fail, zone }) => {
      if (idle) {
        const r = tracker.answerIdle(idle as (typeof CHOICES)[number]);
        if (!r.ok) return fail(r.error);
        const key = idle === 'keep' ? 'idle-kept' : idle === 'break' ? 'idle-break' : 'idle-discarded';
        io.stdout(t(lang, key, { time: r.value ? localTime(r.value.start, zone) : '' }) + '\n');
        return 0 as const;
      }
      const r = tracker.resume();
      if (!r.ok) return fail(r.error);
      io.stdout(t(lang, 'resumed', { time: localTime(r.value.start, zone) }) + '\n');
      return 0 as const;
    });
  },
};
