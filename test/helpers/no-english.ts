/**
 * The check of issue 20 item 4, shared by test/ui/no-english-in-norwegian.test.tsx (every page and export as
 * rendered) and test/shared/no-english-in-norwegian.test.ts (every catalog text): English words and internal
 * ids that must not reach a reader of bokmål or nynorsk.
 */

/** English words that must not appear in an nb or nn text (whole words, any case). */
export const ENGLISH = [
  'the', 'and', 'of', 'session', 'sessions', 'overtime', 'warning', 'warnings', 'basis', 'field', 'fields', 'week', 'weeks', 'hours',
  'reason', 'error', 'hidden', 'total', 'night', 'break', 'findings', 'finding', 'violation', 'info', 'summary', 'report', 'period',
  'save', 'cancel', 'delete', 'loading', 'undefined', 'null', 'nan', 'true', 'false', 'invalid', 'expected', 'got',
];
/** Internal ids and machine forms that must not reach a Norwegian reader. */
export const INTERNAL: readonly (readonly [string, RegExp])[] = [
  ['a rule id', /\b(?:aml|agreement)\.[a-z0-9-]+(?:\.[a-z0-9-]+)*/],
  ['a severity or code in brackets', /\[(?:warning|violation|needs-basis|info|error)\]/i],
  ['needs-basis', /needs-basis/i],
  ['an ISO week id', /\b\d{4}-W\d{2}\b|\bW\d{2}\b/],
  ['a quarter id', /\b\d{4}-Q[1-4]\b/],
  ['a month id', /(?<![\d-])\d{4}-(?:0[1-9]|1[0-2])(?![\d-])/],
  ['a decimal point', /(?<![\d.])\d+\.\d+(?![\d.])/],
  ['an unfilled placeholder', /\{[a-zA-Z]+(?:\|[^}]*)?\}/],
  ['a JavaScript leftover', /\[object |\bNaN\b|\bundefined\b/],
  ['a plural dodge', /\w\((?:er|e|s|ar|r)\)/],
];

/**
 * Each English word and internal id in `text`, as "where: what "hit" in «context»"; the `allowed` substrings
 * (a reviewed list, each with its reason at the caller) are taken out first.
 */
export function norwegianProblems(where: string, text: string, allowed: readonly string[] = []): string[] {
  for (const a of allowed) text = text.split(a).join(' ');
  const found: string[] = [];
  const around = (i: number, len: number) => text.slice(Math.max(0, i - 50), i + len + 50).replace(/\s+/g, ' ');
  const words = new RegExp(`(?<![\\p{L}\\d_.-])(${ENGLISH.join('|')})(?![\\p{L}\\d_-])`, 'giu');
  for (const m of text.matchAll(words)) found.push(`${where}: English "${m[1]}" in «${around(m.index, m[0].length)}»`);
  for (const [what, re] of INTERNAL) {
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) found.push(`${where}: ${what} "${m[0]}" in «${around(m.index, m[0].length)}»`);
  }
  return found;
}
