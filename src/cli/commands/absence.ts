/**
 * `fyrabend absence add | list | remove` and `fyrabend export absence` (issue 15): the same absences the
 * window shows, checked with the same rules (fyrabend.absence/1) and audited. The private note is kept
 * in the log but never exported.
 */
import type { StoredAbsence } from '../../app/ports/absence-repo';
import { localDateOf, type Lang } from '../../core/index';
import { toJsonText } from '../../shared/formats/report';
import { formatAbsenceFile } from '../../shared/formats/absence';
import { UsageError, type CliArgs, type CliIo, type Command } from '../command';
import { resolve } from 'node:path';
import { langOf, str, withSessions, type SessionContext } from '../db';
import { outTarget, writeOut } from '../out-file';
import { t } from '../session-texts';
import { ioReason } from '../../shared/formats/problems';
import { dateOption } from '../values';
import { at, balanceText } from '../absence-texts';


async function service(ctx: SessionContext) {
  const { createAbsenceService } = await import('../../app/absence/service');
  const { agreementVersions } = await import('../../app/agreement-versions');
  return createAbsenceService({
    absences: ctx.store.absences,
    settings: ctx.store.settings,
    now: ctx.clock.now,
    zone: () => ctx.zone,
    lang: () => ctx.lang,
    agreements: () => agreementVersions(ctx.store.agreements),
    sessions: (from, to) => ctx.store.sessions.between(from, to),
    overtimeReasons: ctx.store.overtimeReasons,
  });
}

/** The absence in words: `sykdom 2026-03-02 – 2026-03-03 (3,5 t hver dag)`. */
function what(a: StoredAbsence, lang: Lang): string {
  const hours = a.hours === null ? '' : at(lang, 'part', { hours: String(a.hours).replace('.', lang === 'en' ? '.' : ',') });
  return `${at(lang, `kind.${a.kind}`)}  ${a.from} – ${a.to}${hours}`;
}

/** The service names fields as JSON paths (`$.paid`); on the command line they are the options (`--paid`). */
const asOptions = (message: string) => message.replace(/\$\.(\w+)/g, '--$1');

function absenceOf(args: CliArgs, lang: Lang): Record<string, unknown> {
  const hoursText = str(args.options.hours);
  const hours = hoursText === undefined ? null : Number(hoursText.replace(',', '.'));
  if (hours !== null && !Number.isFinite(hours)) throw new UsageError(at(lang, 'number', { value: hoursText ?? '' }));
  const paid = str(args.options.paid);
  if (paid !== undefined && paid !== 'yes' && paid !== 'no') throw new UsageError(at(lang, 'paid-value', { value: paid }));
  return {
    kind: str(args.options.kind),
    from: str(args.options.from),
    to: str(args.options.to) ?? str(args.options.from),
    hours,
    ...(str(args.options.document) ? { document: str(args.options.document) } : {}),
    ...(paid !== undefined ? { paid: paid === 'yes' } : {}),
    ...(str(args.options.note) ? { note: str(args.options.note) } : {}),
  };
}

export const absenceAddCommand: Command = {
  name: ['absence', 'add'],
  summary: 'Enter an absence (holiday, sick leave, a sick child, time off in lieu, leave, other) for whole or part days.',
  usage: 'absence add --kind KIND --from YYYY-MM-DD [--to YYYY-MM-DD] [--hours H] [--document egenmelding|sykmelding] [--paid yes|no] [--note TEXT] [--reason TEXT] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    // real calendar dates first, with the command line's own sentence (once, even when --to is left out)
    for (const name of ['from', 'to']) dateOption(args, name, langOf(args, io));
    return withSessions(args, io, async (ctx) => {
      const r = (await service(ctx)).save({ absence: absenceOf(args, ctx.lang), ...(str(args.options.reason) ? { reason: str(args.options.reason) } : {}) });
      if (!r.ok) throw new UsageError(asOptions(r.error.message));
      io.stdout(at(ctx.lang, 'added', { id: r.value.id, what: what(r.value, ctx.lang) }) + '\n');
      return 0 as const;
    });
  },
};

export const absenceListCommand: Command = {
  name: ['absence', 'list'],
  summary: 'List the absences entered (all, or those overlapping --from and --to), with the flexitime balance.',
  usage: 'absence list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    const lang = langOf(args, io);
    const from = dateOption(args, 'from', lang);
    const to = dateOption(args, 'to', lang);
    return withSessions(args, io, async (ctx) => {
      const s = await service(ctx);
      const list = s.list(from, to);
      if (args.options.json === true) {
        io.stdout(toJsonText({ absences: list }));
        return 0 as const;
      }
      const today = localDateOf(ctx.clock.now(), ctx.zone);
      const lines = list.length === 0 ? [at(ctx.lang, 'none')] : list.map((a) => at(ctx.lang, 'line', { id: a.id, what: what(a, ctx.lang) }));
      lines.push(at(ctx.lang, 'saldo', { value: balanceText(s.saldo(today), ctx.lang) }));
      io.stdout(lines.join('\n') + '\n');
      return 0 as const;
    }, { readOnly: { onMissing: (sentence) => (io.stdout(sentence + '\n'), 0) } });
  },
};

export const absenceRemoveCommand: Command = {
  name: ['absence', 'remove'],
  summary: 'Delete an absence by its id (see "fyrabend absence list"); the deletion is kept in the audit log.',
  usage: 'absence remove ID [--reason TEXT] [--db FILE] [--lang nb|nn|en]',
  run(args, io) {
    return withSessions(args, io, async (ctx) => {
      const id = args.positional[0] ?? '';
      const r = (await service(ctx)).remove(id, str(args.options.reason));
      if (!r.ok) throw new UsageError(r.error.message);
      io.stdout(at(ctx.lang, 'removed', { id }) + '\n');
      return 0 as const;
    });
  },
};

export const exportAbsenceCommand: Command = {
  name: ['export', 'absence'],
  summary: 'Write the absences as fyrabend.absence/1 (to the screen or --out FILE), without the private notes.',
  usage: 'export absence [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE] [--db FILE] [--lang nb|nn|en]',
  run(args: CliArgs, io: CliIo) {
    const lang = langOf(args, io);
    const from = dateOption(args, 'from', lang);
    const to = dateOption(args, 'to', lang);
    return withSessions(args, io, async (ctx) => {
      const list = (await service(ctx)).list(from, to);
      const out = str(args.options.out);
      const target = outTarget(out ?? '-', resolve(io.cwd, out ?? '-'));
      try {
        await writeOut(target, toJsonText(formatAbsenceFile(list)), io.stdout);
      } catch (e) {
        throw new UsageError(t(lang, 'cannot-write', { file: out ?? '-', detail: ioReason(e, lang) }));
      }
      if (target.kind !== 'stdout') io.stdout(at(lang, 'exported', { count: list.length, file: out ?? '-' }) + '\n');
      return 0 as const;
    }, { readOnly: { onMissing: (sentence) => {
      throw new UsageError(sentence);
    } } });
  },
};
