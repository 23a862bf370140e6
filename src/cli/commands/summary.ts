/**
 * `fyrabend summary --period 2026-Q4|2026-11 [--group "department=IT;workplace=Oslo"] [--groups F] --out F
 *  [--db F | --sessions F --agreement F] [--lang nb|nn|en] [--dry-run]`
 * Makes the anonymised summary for union representatives (issue 8). Prints exactly what the file
 * contains, in plain language, before writing it; `--dry-run` only prints.
 */
import { randomUUID } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseAgreementFile } from '../../shared/formats/agreement';
import { pickLang } from '../../shared/i18n/catalog';
import { GROUP_DIMENSIONS, type GroupOptions } from '../../core/anonymise/index';
import type { Agreement, AvailabilityMark, Lang, Session } from '../../core/model';
import { parseDate } from '../../core/time/civil';
import { zoneClock } from '../../core/time/zone';
import { makeSummary, sessionWindow } from '../../app/summary/index';
import { UsageError, type CliArgs, type CliIo, type Command, type ExitCode } from '../command';
import { readAgreement, readSessions, requireOption } from '../input-files';

const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** `department=IT;workplace=Oslo` → { department: 'IT', workplace: 'Oslo' }. */
export function parseGroupOption(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/[;,](?=\s*\w+\s*=)/)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new UsageError(`--group must look like department=IT or "workplace=Oslo;department=IT", not '${text}'`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** The configured lists of group labels: a JSON object { workplace: [...], department: [...], jobCategory: [...] }. */
export function parseGroupOptions(text: string, where: string): GroupOptions {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`${where} is not valid JSON; expected an object such as {"department": ["IT", "Sales"]}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${where}: $ expected an object such as {"department": ["IT", "Sales"]}`);
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(GROUP_DIMENSIONS as readonly string[]).includes(k)) throw new UsageError(`${where}: $.${k} is not a group; use workplace, department or jobCategory`);
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UsageError(`${where}: $.${k} expected a list of labels (texts)`);
    out[k] = v as string[];
  }
  return out;
}

interface Loaded {
  readonly sessions: readonly Session[];
  readonly availability: readonly AvailabilityMark[];
  readonly agreement: Agreement;
  readonly groupOptions: GroupOptions | null;
}

async function loadFromStore(dbPath: string, window: { from: string; to: string }, agreementPath: string | undefined, io: CliIo, lang: Lang): Promise<Loaded> {
  const { openStore, describeStoreError, StoreError } = await import('../../store/index');
  let store;
  try {
    store = await openStore(dbPath);
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(describeStoreError(e, 'en'));
    throw e;
  }
  try {
    let agreement: Agreement;
    if (agreementPath) agreement = readAgreement(io, agreementPath, lang);
    else {
      const stored = store.agreements.inForceOn(window.to);
      if (!stored) throw new UsageError(`no home-office agreement is stored in ${basename(dbPath)} for ${window.to}; save one in the app or pass --agreement FILE`);
      const r = parseAgreementFile(stored.json);
      if (!r.ok) throw new UsageError(`the stored agreement valid from ${stored.validFrom} cannot be read; save it again in the app`);
      agreement = r.value;
    }
    const clock = zoneClock(agreement.zone);
    const from = clock.startOfDay(parseDate(window.from));
    const to = clock.startOfDay(parseDate(window.to) + 1);
    const groupsJson = store.settings.get('summary.groupOptions');
    return {
      sessions: store.sessions.between(from, to),
      availability: store.sessions.availabilityBetween(from, to),
      agreement,
      groupOptions: groupsJson ? parseGroupOptions(groupsJson, 'the stored group lists') : null,
    };
  } finally {
    store.close();
  }
}

function writeAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export const summaryCommand: Command = {
  name: ['summary'],
  summary: 'Make an anonymised overtime summary (fyrabend.summary/1) for union representatives; shows its full content before saving.',
  usage: 'summary --period 2026-Q4|2026-11 [--group "department=IT;workplace=Oslo"] [--groups FILE] --out FILE [--db FILE | --sessions FILE --agreement FILE] [--lang nb|nn|en] [--dry-run]',
  async run(args: CliArgs, io: CliIo): Promise<ExitCode> {
    const period = requireOption(args, 'period', '2026-Q4');
    const window = sessionWindow(period);
    if (!window) throw new UsageError(`--period must be a month (2026-11) or a quarter (2026-Q4), not '${period}'`);
    const dryRun = args.options['dry-run'] === true;
    const out = str(args.options.out);
    if (!out && !dryRun) throw new UsageError('missing --out; for example --out summary-2026-Q4.json (or --dry-run to only see it)');
    const lang = pickLang(str(args.options.lang), io.env.FYRABEND_LANG ?? io.env.LANG);
    const sessionsPath = str(args.options.sessions);
    const agreementPath = str(args.options.agreement);
    const db = str(args.options.db) ?? io.env.FYRABEND_DB;
    let loaded: Loaded;
    if (sessionsPath) {
      const s = readSessions(io, sessionsPath, lang);
      loaded = { sessions: s.sessions, availability: s.availability, agreement: readAgreement(io, requireOption(args, 'agreement', 'agreement.json'), lang), groupOptions: null };
    } else if (db) loaded = await loadFromStore(db, window, agreementPath, io, lang);
    else throw new UsageError('say where the sessions are: --db FILE (the app\'s log) or --sessions FILE --agreement FILE');
    const groupsFile = str(args.options.groups);
    const groupOptions = groupsFile ? parseGroupOptions(io.readFile(groupsFile), basename(groupsFile)) : (loaded.groupOptions ?? {});
    const groupText = str(args.options.group);
    const r = makeSummary({
      sessions: loaded.sessions,
      availability: loaded.availability,
      agreement: loaded.agreement,
      period,
      groups: groupText ? parseGroupOption(groupText) : {},
      groupOptions,
      newId: randomUUID,
      lang,
    });
    if (!r.ok) throw new UsageError(r.error.message.replace(/\.$/, ''));
    io.stdout(r.value.preview.join('\n') + '\n');
    if (dryRun || !out) return 0;
    writeAtomic(out, r.value.text);
    io.stdout(`\n${lang === 'en' ? 'Saved' : 'Lagret'}: ${out}\n`);
    return 0;
  },
};
