/**
 * `fyrabend summary --period 2026-Q4|2026-11 | --invite invite.json [--group "department=IT;workplace=Oslo"] [--groups F] --out F
 *  [--db F | --sessions F --agreement F] [--lang nb|nn|en] [--dry-run]`
 * Makes the anonymised summary for union representatives (issues 8 and 17). Prints exactly what the file
 * contains, in plain language, before writing it; `--dry-run` only prints. From the app's log (`--db`) the
 * summary id is the installation's id of the period (the same at every export); from files it is made
 * with a secret of this run only. `--invite` takes the period and the group lists from the invitation.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseAgreementFile } from '../../shared/formats/agreement';
import type { GroupOptions } from '../../core/anonymise/index';
import type { Absence } from '../../core/absence/model';
import type { Agreement, AvailabilityMark, Lang, Session } from '../../core/model';
import { parseDate } from '../../core/time/civil';
import { zoneClock } from '../../core/time/zone';
import { GROUP_OPTIONS_KEY, installationSummaryIds, makeSummary, oneTimeSummaryIds, readGroupOptions, sessionWindow, type MakeSummaryError } from '../../app/summary/index';
import { nodeSummaryCrypto } from '../node-summary-crypto';
import { readInviteOption } from '../invite-file';
import { r as repText } from '../rep-texts';
import { UsageError, type CliArgs, type CliIo, type Command, type ExitCode } from '../command';
import { langOf } from '../db';
import { parseGroupOption, parseGroupOptions } from '../group-options';
import { readAgreement, readSessions, readText, requireOption } from '../input-files';
import { t } from '../session-texts';
import { u } from '../usage-texts';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

interface Loaded {
  readonly sessions: readonly Session[];
  readonly availability: readonly AvailabilityMark[];
  /** Issue 15: the stored absences (none when the sessions come from a file). */
  readonly absences?: readonly Absence[];
  readonly agreement: Agreement;
  /** The lists stored by the app (none when the sessions come from a file). */
  readonly groupOptions: GroupOptions;
  /** The summary id of the period. */
  readonly id: string;
}

async function loadFromStore(dbPath: string, period: string, window: { from: string; to: string }, agreementPath: string | undefined, io: CliIo, lang: Lang): Promise<Loaded> {
  const { openStore, describeStoreError, StoreError } = await import('../../store/index');
  let store;
  try {
    store = await openStore(dbPath);
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(describeStoreError(e, lang));
    throw e;
  }
  try {
    let agreement: Agreement;
    if (agreementPath) agreement = await readAgreement(io, agreementPath, lang);
    else {
      const stored = store.agreements.inForceOn(window.to);
      if (!stored) throw new UsageError(u(lang, 'no-agreement', { file: basename(dbPath), date: window.to }));
      const r = parseAgreementFile(stored.json);
      if (!r.ok) throw new UsageError(u(lang, 'stored-agreement-bad', { date: stored.validFrom }));
      agreement = r.value;
    }
    const clock = zoneClock(agreement.zone);
    const from = clock.startOfDay(parseDate(window.from));
    const to = clock.startOfDay(parseDate(window.to) + 1);
    return {
      sessions: store.sessions.between(from, to),
      availability: store.sessions.availabilityBetween(from, to),
      absences: store.absences.list(window.from, window.to),
      agreement,
      groupOptions: readGroupOptions(store.settings.get(GROUP_OPTIONS_KEY)),
      id: installationSummaryIds(store.settings, nodeSummaryCrypto)(period),
    };
  } finally {
    store.close();
  }
}

/** Why no summary was made, in the user's language. */
function summaryErrorText(e: MakeSummaryError, lang: Lang): string {
  if (e.code === 'bad-period') return u(lang, 'bad-period', { value: e.period });
  const g = e.group;
  if (g.kind === 'unknown-dimension') return u(lang, 'group-unknown', { dimension: g.dimension });
  const allowed = g.allowed.length > 0 ? g.allowed.map((a) => `"${a}"`).join(', ') : u(lang, 'group-none-listed');
  return u(lang, 'group-not-listed', { value: g.value, dimension: g.dimension, allowed });
}

function writeAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export const summaryCommand: Command = {
  name: ['summary'],
  summary: 'Make an anonymised overtime summary (fyrabend.summary/2) for union representatives; shows its full content before saving.',
  usage: 'summary --period 2026-Q4|2026-11 | --invite invite.json [--group "department=IT;workplace=Oslo"] [--groups FILE] --out FILE [--db FILE | --sessions FILE --agreement FILE] [--lang nb|nn|en] [--dry-run]',
  async run(args: CliArgs, io: CliIo): Promise<ExitCode> {
    const lang = langOf(args, io);
    const invite = readInviteOption(args, io, lang);
    const periodOption = str(args.options.period);
    if (invite && periodOption && periodOption !== invite.period) throw new UsageError(repText(lang, 'invite-period', { period: periodOption, invite: invite.period }));
    const period = invite ? invite.period : requireOption(args, 'period', '2026-Q4', lang);
    const window = sessionWindow(period);
    if (!window) throw new UsageError(u(lang, 'bad-period', { value: period }));
    const dryRun = args.options['dry-run'] === true;
    const out = str(args.options.out);
    if (!out && !dryRun) throw new UsageError(u(lang, 'summary-missing-out'));
    const sessionsPath = str(args.options.sessions);
    const agreementPath = str(args.options.agreement);
    const db = str(args.options.db) ?? io.env.FYRABEND_DB;
    let loaded: Loaded;
    if (sessionsPath) {
      const s = await readSessions(io, sessionsPath, lang);
      const id = oneTimeSummaryIds(nodeSummaryCrypto)(period);
      loaded = { sessions: s.sessions, availability: s.availability, agreement: await readAgreement(io, requireOption(args, 'agreement', 'agreement.json', lang), lang), groupOptions: {}, id };
    } else if (db) loaded = await loadFromStore(resolve(io.cwd, db), period, window, agreementPath, io, lang);
    else throw new UsageError(u(lang, 'summary-no-source'));
    const groupsFile = str(args.options.groups);
    const groupOptions = invite ? invite.groups : groupsFile ? parseGroupOptions(readText(io, groupsFile, 'groups', lang), basename(groupsFile), lang) : loaded.groupOptions;
    const groupText = str(args.options.group);
    const r = makeSummary({
      sessions: loaded.sessions,
      availability: loaded.availability,
      ...(loaded.absences ? { absences: loaded.absences } : {}),
      agreement: loaded.agreement,
      period,
      groups: groupText ? parseGroupOption(groupText, groupOptions, lang) : {},
      groupOptions,
      summaryId: () => loaded.id,
      now: Date.now(),
      ...(invite ? { invite: invite.id } : {}),
      lang,
    });
    if (!r.ok) throw new UsageError(summaryErrorText(r.error, lang));
    io.stdout(r.value.preview.join('\n') + '\n');
    if (dryRun || !out) return 0;
    try {
      writeAtomic(resolve(io.cwd, out), r.value.text);
    } catch (e) {
      throw new UsageError(t(lang, 'cannot-write', { file: out, detail: e instanceof Error ? e.message : String(e) }));
    }
    io.stdout(`\n${u(lang, 'saved', { file: out })}\n`);
    return 0;
  },
};
