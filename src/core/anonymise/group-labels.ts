/**
 * The rules of one group label in a configured list (docs/privacy.md): short, letters and digits with
 * simple punctuation, never free text. The summary reader (src/shared/formats/summary.ts), the IPC
 * contract of the list editor and the editor in the window all use these, so a label that can be saved
 * in a list can always be written to, and read back from, a summary file.
 */

/** Longest label, in characters. */
export const GROUP_LABEL_MAX_LENGTH = 60;
/** Most labels in the list of one dimension. */
export const GROUP_LABELS_MAX = 50;
/** A letter or digit first, then letters, digits, spaces and `. , & / ( ) ' + -`; at most 60 characters. */
export const GROUP_LABEL_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} .,&/()'+-]{0,59}$/u;

export type GroupLabelProblem = 'empty' | 'too-long' | 'characters';

/** Trims the label and turns every run of spaces, tabs or line breaks into one space. */
export function normaliseGroupLabel(text: string): string {
  return text.trim().replace(/\s+/gu, ' ');
}

/** What is wrong with an (already normalised) label, or null when it may go into a list. */
export function groupLabelProblem(label: string): GroupLabelProblem | null {
  if (label.length === 0) return 'empty';
  if ([...label].length > GROUP_LABEL_MAX_LENGTH) return 'too-long';
  return GROUP_LABEL_PATTERN.test(label) ? null : 'characters';
}

/** Two labels name the same group when they differ only in capital letters (after normalising). */
export function sameGroupLabel(a: string, b: string): boolean {
  return normaliseGroupLabel(a).toLowerCase() === normaliseGroupLabel(b).toLowerCase();
}

/** The labels without repeats (see sameGroupLabel), keeping the first spelling and the order. */
export function dedupeGroupLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const label of labels) {
    const key = normaliseGroupLabel(label).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(label);
  }
  return out;
}
