/** Reads the exchange files a command is given, turning every problem into one clear sentence in the user's language (exit 2). */
import { basename, resolve } from 'node:path';
import type { Agreement, Lang } from '../core/index';
import { parseAgreementFile } from '../shared/formats/agreement';
import { parseSessionsFile, type SessionsFile } from '../shared/formats/sessions';
import { ioReason, problemsText, type FormatProblem } from '../shared/formats/problems';
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

export function readSessions(io: CliIo, path: string, lang: Lang): SessionsFile {
  const r = parseSessionsFile(readText(io, path, 'sessions', lang));
  if (!r.ok) fail(path, r.error, lang);
  return r.value;
}

export function readAgreement(io: CliIo, path: string, lang: Lang): Agreement {
  const r = parseAgreementFile(readText(io, path, 'agreement', lang));
  if (!r.ok) fail(path, r.error, lang);
  return r.value;
}
