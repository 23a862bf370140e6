/**
 * Problems found while reading an exchange file: each names the JSON path and carries a code with
 * parameters, rendered in the reader's language by `problemText` (texts in src/shared/i18n/format-problems.ts).
 * Schemas name their own problems with `problemKey`, as a zod message, so every sentence comes from the catalog.
 */
import type { z } from 'zod';
import type { Lang } from '../../core/model';
import { translate, type Params } from '../i18n/catalog';
import { FORMAT_PROBLEM_TEXTS, type FormatProblemCode } from '../i18n/format-problems';
import { jsonErrorOffset, lineAndColumn } from './json-position';

export type { FormatProblemCode };

export interface FormatProblem {
  /** JSON path such as `$.sessions[2].end`. */
  readonly path: string;
  readonly code: FormatProblemCode;
  readonly params: Params;
  /** The English text, for logs; show users `problemText(p, lang)`. */
  readonly message: string;
}

/** A problem at `path`, with its English text filled in. */
export function formatProblem(path: string, code: FormatProblemCode, params: Params = {}): FormatProblem {
  return { path, code, params, message: translate(FORMAT_PROBLEM_TEXTS, 'en', code, params) };
}

/** A problem code used as a zod message (`{ message: problemKey('clock.from') }`); checked by the compiler. */
export const problemKey = (code: FormatProblemCode): FormatProblemCode => code;

const isCode = (message: string): message is FormatProblemCode => Object.hasOwn(FORMAT_PROBLEM_TEXTS.en, message);

/** The problem in words, to follow its JSON path: `mangler; forventet tekst`. */
export function problemText(p: FormatProblem, lang: Lang): string {
  return translate(FORMAT_PROBLEM_TEXTS, lang, p.code, p.params);
}

/** One sentence naming the file (when given), the JSON path and the problem. */
export function problemSentence(file: string | null, p: FormatProblem, lang: Lang): string {
  return `${file === null ? '' : `${file}: `}${p.path} ${problemText(p, lang)}.`.replace(/\.\.$/, '.');
}

/** The first problems as sentences, then "(and n more problems)". */
export function problemsText(file: string | null, problems: readonly FormatProblem[], lang: Lang, shown = 3): string {
  const more = problems.length - shown;
  return problems.slice(0, shown).map((p) => problemSentence(file, p, lang)).join(' ') + (more > 0 ? ` ${translate(FORMAT_PROBLEM_TEXTS, lang, 'more', { n: more })}` : '');
}

/** Why a file could not be opened (`finnes ikke`, `is a folder, not a file`, …), from the error's code. */
export function ioReason(e: unknown, lang: Lang): string {
  const code = (e as { code?: string } | null)?.code;
  return translate(FORMAT_PROBLEM_TEXTS, lang, code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' ? `io.${code}` : 'io.other');
}

/** `$.a[2].b` from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}

/** What the file had, for "expected X, got Y". */
export function gotParams(v: unknown): { gotKind: string; gotValue: string } {
  if (v === null) return { gotKind: 'null', gotValue: 'null' };
  if (Array.isArray(v)) return { gotKind: 'array', gotValue: '' };
  if (typeof v === 'string') return { gotKind: 'text', gotValue: JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v) };
  if (typeof v === 'object') return { gotKind: 'object', gotValue: '' };
  return { gotKind: typeof v, gotValue: String(v) };
}

type Issue = z.core.$ZodIssue & { input?: unknown };

function problemOf(i: Issue): { code: FormatProblemCode; params: Params } {
  const got = i.input === undefined ? null : gotParams(i.input);
  switch (i.code) {
    case 'invalid_type':
      return got ? { code: 'wrongType', params: { expected: i.expected, ...got } } : { code: 'missing', params: { expected: i.expected } };
    case 'unrecognized_keys':
      return { code: 'unknownFields', params: { fields: i.keys.map((k) => `'${k}'`).join(', '), count: i.keys.length } };
    case 'invalid_value': {
      const values = { values: i.values.map((v) => JSON.stringify(v)).join(', '), count: i.values.length };
      return got ? { code: 'wrongValue', params: { ...values, ...got } } : { code: 'missing', params: values };
    }
    default:
      break;
  }
  if (isCode(i.message)) return { code: i.message, params: i.code === 'custom' ? ((i.params ?? {}) as Params) : {} };
  switch (i.code) {
    case 'too_small':
      return { code: 'tooSmall', params: { origin: i.origin, limit: Number(i.minimum) } };
    case 'too_big':
      return { code: 'tooBig', params: { origin: i.origin, limit: Number(i.maximum) } };
    case 'not_multiple_of':
      return { code: 'notMultiple', params: { divisor: Number(i.divisor) } };
    case 'invalid_format':
      return { code: 'badForm', params: {} };
    default:
      return { code: 'notAllowed', params: {} };
  }
}

/** Turns zod issues into problems; the schemas' own messages are problem codes (see `problemKey`). */
export function problemsOf(error: z.ZodError): FormatProblem[] {
  return error.issues.map((i) => {
    const p = problemOf(i as Issue);
    return formatProblem(jsonPath(i.path), p.code, p.params);
  });
}

/** Parses JSON text, or returns a problem that says where the syntax breaks. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: FormatProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const p = jsonSyntaxProblem(body);
    return { ok: false, problem: formatProblem('$', p.code, p.params) };
  }
}

/** Where the JSON breaks: an empty file, a file that ends in the middle, or a line and column. */
function jsonSyntaxProblem(body: string): { code: FormatProblemCode; params: Params } {
  if (body.trim() === '') return { code: 'json.empty', params: {} };
  let at: number;
  try {
    at = jsonErrorOffset(body);
  } catch {
    return { code: 'json.bad', params: {} }; // nested too deep to scan
  }
  if (at < 0) return { code: 'json.bad', params: {} };
  if (at >= body.length) return { code: 'json.end', params: {} };
  return { code: 'json.at', params: lineAndColumn(body, at) };
}
