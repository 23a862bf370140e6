/** Reads the exchange files a command is given, turning every problem into one clear sentence (exit 2). */
import { basename } from 'node:path';
import type { Agreement } from '../core/index';
import { parseAgreementFile } from '../shared/formats/agreement';
import { parseSessionsFile, type SessionsFile } from '../shared/formats/sessions';
import { problemSentence, type FormatProblem } from '../shared/formats/problems';
import { UsageError, type CliArgs, type CliIo } from './command';

export function requireOption(args: CliArgs, name: string, example: string): string {
  const v = args.options[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(`missing --${name}; for example --${name} ${example}`);
  return v;
}

function readText(io: CliIo, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : 'cannot be read';
    throw new UsageError(`the ${what} file ${path} ${why}; check the path`);
  }
}

function fail(path: string, problems: readonly FormatProblem[]): never {
  const first = problems[0] as FormatProblem;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  throw new UsageError(problemSentence(basename(path), first).replace(/\.$/, '') + more + '.');
}

export function readSessions(io: CliIo, path: string): SessionsFile {
  const r = parseSessionsFile(readText(io, path, 'sessions'));
  if (!r.ok) fail(path, r.error);
  return r.value;
}

export function readAgreement(io: CliIo, path: string): Agreement {
  const r = parseAgreementFile(readText(io, path, 'agreement'));
  if (!r.ok) fail(path, r.error);
  return r.value;
}
