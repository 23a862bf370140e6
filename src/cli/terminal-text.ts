/**
 * What the CLI prints to a terminal (issue 18 item 6): text that came from a file or the log (a
 * note, a file name) has its control characters shown as escapes (`\u001b`, `\n`), so a note cannot
 * move the cursor, clear the screen or fake a line; and long problem lists are capped at the first
 * PROBLEMS_SHOWN with a count of the rest.
 */
export const PROBLEMS_SHOWN = 20;

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with C0/C1 control characters, DEL and the bidi overrides written as visible escapes. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first PROBLEMS_SHOWN items, and how many were left out. */
export function capped<T>(items: readonly T[], shown = PROBLEMS_SHOWN): { readonly shown: readonly T[]; readonly more: number } {
  return { shown: items.slice(0, shown), more: Math.max(0, items.length - shown) };
}
