/**
 * Reads the exchange files a command is given, turning every problem into one clear sentence in the user's language (exit 2).
 *
 * Start-up (issue 21): a well-formed file is read by the fast paths (agreement-fast.ts, sessions-fast.ts),
 * which need no zod; the schema modules (agreement.ts, sessions.ts, and zod with them) are imported only
 * when a fast path refuses a file, to name its problems. In the bundle that import is lazy, so
 * `fyrabend check` of good files never evaluates zod. The reading is parseAgreementFile's and
 * parseSessionsFile's: the same JSON problems, the same fast path, then the same schema.
 */
import { basename, resolve } from 'node:path';
import type { Agreement, Lang } from '../core/index';
import { fastAgreement } from '../shared/formats/agreement-fast';
import type { SessionsFile } from '../shared/formats/sessions';
import { fastSessions } from '../shared/formats/sessions-fast';
import { ioReason, parseJsonText, problemsText, type FormatProblem } from '../shared/formats/problems';
import { translate } from '../shared/i18n/catalog';
import { FORMAT_PROBLEM_TEXTS } from '../shared/i18n/format-problems';
import { UsageError, type CliArgs, type CliIo } from './command';
import { u } from './usage-texts';

export function requireOption(args: CliArgs, name: string, example: string, lang: Lang): string {
  const v = args.options[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(u(lang, 'missing-option', { name, example }));
  return v;
}

/** The text of an input file, or a UsageError saying which file and why it cannot be read. */
export function readText(io: CliIo, path: string, what: 'sessions' | 'agreement' | 'groups', lang: Lang): string {
  try {
    return io.readFile(resolve(io.cwd, path));
  } catch (e) {
    throw new UsageError(`${translate(FORMAT_PROBLEM_TEXTS, lang, `file.${what}`, { file: path })} ${ioReason(e, lang)}; ${translate(FORMAT_PROBLEM_TEXTS, lang, 'io.checkPath')}`);
  }
}

/** The first problem as one sentence (the file, its JSON path, what is wrong), then how many more. */
function fail(path: string, problems: readonly FormatProblem[], lang: Lang): never {
  throw new UsageError(problemsText(basename(path), problems, lang, 1));
}

/** The JSON of an input file, or a UsageError naming where its syntax breaks. */
function readJson(io: CliIo, path: string, what: 'sessions' | 'agreement', lang: Lang): unknown {
  const json = parseJsonText(readText(io, path, what, lang));
  if (!json.ok) fail(path, [json.problem], lang);
  return json.value;
}

export async function readSessions(io: CliIo, path: string, lang: Lang): Promise<SessionsFile> {
  const value = readJson(io, path, 'sessions', lang);
  const fast = fastSessions(value);
  if (fast !== null) return fast;
  const { parseSessionsWithSchema } = await import('../shared/formats/sessions');
  const r = parseSessionsWithSchema(value);
  if (!r.ok) fail(path, r.error, lang);
  return r.value;
}

export async function readAgreement(io: CliIo, path: string, lang: Lang): Promise<Agreement> {
  const value = readJson(io, path, 'agreement', lang);
  const fast = fastAgreement(value);
  if (fast) return fast;
  const { parseWithSchema } = await import('../shared/formats/agreement');
  const r = parseWithSchema(value);
  if (!r.ok) fail(path, r.error, lang);
  return r.value;
}
