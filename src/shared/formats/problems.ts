/** Problems found while reading an exchange file: each names the JSON path and what was expected. */
import type { z } from 'zod';

export interface FormatProblem {
  /** JSON path such as `$.sessions[2].end`. */
  readonly path: string;
  readonly message: string;
}

/** `$.a[2].b` from a zod issue path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}

/** Turns zod issues into problems with user-facing sentences. */
export function problemsOf(error: z.ZodError): FormatProblem[] {
  return error.issues.map((i) => {
    let message = i.message;
    if (i.code === 'invalid_type') {
      const got = (i as { input?: unknown }).input;
      message = got === undefined ? `is missing; expected ${i.expected}` : `expected ${i.expected}, got ${describe(got)}`;
    } else if (i.code === 'unrecognized_keys') {
      message = `has unknown field(s) ${i.keys.map((k) => `'${k}'`).join(', ')}`;
    } else if (i.code === 'invalid_value') {
      const got = (i as { input?: unknown }).input;
      const wanted = i.values.length === 1 ? JSON.stringify(i.values[0]) : `one of ${i.values.map((v) => JSON.stringify(v)).join(', ')}`;
      message = got === undefined ? `is missing; expected ${wanted}` : `expected ${wanted}, got ${describe(got)}`;
    }
    return { path: jsonPath(i.path), message };
  });
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

/** One sentence naming the file, the JSON path and the problem. */
export function problemSentence(file: string, p: FormatProblem): string {
  return `${file}: ${p.path} ${p.message}.`.replace(/\.\.$/, '.');
}

/** Parses JSON text, or returns a problem that says where the syntax breaks. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problem: FormatProblem } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: { path: '$', message: `is not valid JSON (${detail}); check the file is a ${'fyrabend'} JSON file and not truncated` } };
  }
}
