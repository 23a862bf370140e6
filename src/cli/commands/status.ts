/**
 * `fyrabend status [--json] [--db F]`: tracking or not, since when, today's total, the flexitime balance, and what needs the
 * user (recovery, idle question, review). `--json` prints the same as one JSON object (instants as
 * epoch milliseconds and RFC 3339 text in the zone).
 */
import { formatInstant, localDateOf, startOfLocalDay } from '../../core/index';
import { describeProblem, localTime } from '../../app/tracker/problems';
import type { Command } from '../command';
import { withSessions, zoneOf } from '../db';
import { duration, t, word } from '../session-texts';
import { at, balanceText } from '../absence-texts';
import type { Store } from '../../store/index';
import type { Lang } from '../../core/model';

/** The running flexitime balance up to today (issue 15), or null without a stored agreement. */
async function flexitimeSaldo(store: Store, lang: Lang, zone: string, now: number): Promise<number | null> {
  const { agreementVersions } = await import('../../app/agreement-versions');
  const agreements = agreementVersions(store.agreements);
  if (agreements.length === 0) return null;
  const { createAbsenceService } = await import('../../app/absence/service');
  const service = createAbsenceService({ absences: store.absences, settings: store.settings, now: () => now, zone: () => zone, lang: () => lang, agreements: () => agreements, sessions: (from, to) => store.sessions.between(from, to), overtimeReasons: store.overtimeReasons });
  return service.saldo(localDateOf(now, zone));
}

export const statusCommand: Command = {
  name: ['status'],
  summary: 'Show whether a session is running, today\'s total and anything that needs your attention.',
  usage: 'status [--json] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    return withSessions(args, io, async ({ tracker, store, lang, zone, clock }) => {
      const now = clock.now();
      const s = tracker.status();
      const lines: string[] = [];
      if (s.state === 'recovery-needed') lines.push(describeProblem({ code: 'recovery-needed', start: s.open.start, proposedEnd: s.proposedEnd }, lang, zone));
      else if (s.state === 'running')
        lines.push(t(lang, 'status-running', { start: localTime(s.open.start, zone), duration: duration(lang, now - s.open.start), kind: word(lang, s.open.kind), location: word(lang, s.open.location) }));
      else {
        lines.push(s.state === 'paused' ? t(lang, 'status-paused', { since: localTime(s.paused.since, zone) }) : t(lang, 'status-stopped'));
        if (s.idle) lines.push(describeProblem({ code: 'idle-question', from: s.idle.from, to: s.idle.to ?? now }, lang, zone));
      }
      const dayStart = startOfLocalDay(now, zone);
      const today = store.sessions.between(dayStart, now + 1);
      let total = today.reduce((sum, x) => sum + Math.min(x.end, now) - Math.max(x.start, dayStart), 0);
      if (s.state === 'running') total += now - Math.max(s.open.start, dayStart);
      lines.push(t(lang, 'status-today', { duration: duration(lang, total) }));
      const review = store.sessions.between(now - 31 * 86_400_000, now + 1).filter((x) => x.review !== null).length;
      if (review > 0) lines.push(t(lang, 'status-review', { count: review }));
      const saldo = await flexitimeSaldo(store, lang, zone, now);
      if (saldo !== null) lines.push(at(lang, 'saldo', { value: balanceText(saldo, lang) }));
      if (args.options.json === true) {
        const since = s.state === 'running' || s.state === 'recovery-needed' ? s.open.start : s.state === 'paused' ? s.paused.since : null;
        const doc = { state: s.state, since: since === null ? null : formatInstant(since, zone), sinceMs: since, todayMs: total, toReview: review, saldoHours: saldo, zone, text: lines };
        io.stdout(JSON.stringify(doc) + '\n');
        return 0 as const;
      }
      io.stdout(lines.join('\n') + '\n');
      return 0 as const;
    }, { readOnly: { onMissing: (sentence) => {
      // --json stays JSON when there is no log yet (issue 18 item 6): the state says so, the sentence is in text
      if (args.options.json === true) io.stdout(JSON.stringify({ state: 'no-database', since: null, sinceMs: null, todayMs: 0, toReview: 0, saldoHours: null, zone: zoneOf(args, io), text: [sentence] }) + '\n');
      else io.stdout(sentence + '\n');
      return 0;
    } } });
  },
};
