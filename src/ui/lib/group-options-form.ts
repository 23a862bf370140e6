/**
 * The group-list editor's form: one row per label and dimension, each with a stable key (for React
 * and focus), checked with the same label rules the main process applies (src/core/anonymise/group-labels.ts),
 * so every wrong row gets its message before anything is sent.
 */
import { GROUP_DIMENSIONS, type GroupDimension, type GroupOptions } from '../../core/anonymise/model';
import { groupLabelProblem, normaliseGroupLabel, sameGroupLabel, type GroupLabelProblem } from '../../core/anonymise/group-labels';

export interface GroupRow {
  readonly key: number;
  readonly text: string;
}
export type GroupForm = Readonly<Record<GroupDimension, readonly GroupRow[]>>;

/** What is wrong with a row: a label rule, or a repeat of an earlier row (`of` is that row's label). */
export type RowProblem = { readonly kind: GroupLabelProblem } | { readonly kind: 'repeat'; readonly of: string };
/** Problems by row key. */
export type GroupFormErrors = ReadonlyMap<number, RowProblem>;

let nextKey = 1;
/** A fresh row key (unique within the window's lifetime). */
export const newRowKey = (): number => nextKey++;

export function formOf(options: GroupOptions): GroupForm {
  const rows = (d: GroupDimension) => (options[d] ?? []).map((text) => ({ key: newRowKey(), text }));
  return { workplace: rows('workplace'), department: rows('department'), jobCategory: rows('jobCategory') };
}

/** The lists to send, or the problems of the rows (every row is checked, not only the first). */
export function checkForm(form: GroupForm): { ok: true; options: Partial<Record<GroupDimension, string[]>> } | { ok: false; errors: GroupFormErrors } {
  const errors = new Map<number, RowProblem>();
  const options: Partial<Record<GroupDimension, string[]>> = {};
  for (const d of GROUP_DIMENSIONS) {
    const kept: string[] = [];
    for (const row of form[d]) {
      const label = normaliseGroupLabel(row.text);
      const problem = groupLabelProblem(label);
      const earlier = kept.find((k) => sameGroupLabel(k, label));
      if (problem) errors.set(row.key, { kind: problem });
      else if (earlier !== undefined) errors.set(row.key, { kind: 'repeat', of: earlier });
      else kept.push(label);
    }
    if (kept.length > 0) options[d] = kept;
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, options };
}
