/** `fyrabend start [--kind work|on-call] [--location home|office|other] [--own] [--note TEXT] [--at HH:MM|ISO] [--reason TEXT] [--db F]`: starts tracking now, or from a time that has passed (`--at`). */
import type { Initiative, SessionKind, SessionLocation } from '../../core/model';
import { UsageError, type CliArgs, type Command } from '../command';
import { langOf, realClock, str, withSessions, zoneOf } from '../db';
import { chosenInstant } from '../chosen-time';
import { localTime } from '../../app/tracker/problems';
import { t, word } from '../session-texts';
import type { Lang } from '../../core/model';

function choice<T extends string>(args: CliArgs, lang: Lang, name: string, allowed: readonly T[], fallback: T): T {
  const v = args.options[name];
  if (v === undefined) return fallback;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(t(lang, 'bad-option', { name, allowed: allowed.join(', '), value: String(v) }));
}

export const startCommand: Command = {
  name: ['start'],
  summary: 'Start tracking a work session now, or from a time that has passed with --at (the same session log the tray app uses).',
  usage: 'start [--kind work|on-call] [--location home|office|other] [--own] [--note TEXT] [--at HH:MM|ISO] [--reason TEXT] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const kind = choice<SessionKind>(args, lang, 'kind', ['work', 'on-call'], 'work');
    const location = choice<SessionLocation>(args, lang, 'location', ['home', 'office', 'other'], 'home');
    const initiative: Initiative = args.options.own !== undefined ? 'own' : 'employer';
    const note = str(args.options.note);
    const reason = str(args.options.reason);
    chosenInstant(args.options.at, realClock.now(), zoneOf(args, io), lang); // a bad --at stops before the log is opened
    return withSessions(args, io, (ctx) => {
      const at = chosenInstant(args.options.at, ctx.clock.now(), ctx.zone, lang);
      const options = { kind, location, initiative, ...(note !== undefined ? { note } : {}) };
      const r = at === undefined ? ctx.tracker.start(options) : ctx.tracker.startAt(at, options, reason);
      if (!r.ok) return ctx.fail(r.error);
      io.stdout(t(lang, 'started', { time: localTime(r.value.start, ctx.zone), kind: word(lang, kind), location: word(lang, location) }) + '\n');
      return 0 as const;
    });
  },
};
