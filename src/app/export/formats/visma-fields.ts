/**
 * The text fields of the Visma file (department and project, cost carriers R1 and R2) are checked
 * before any file is written (issue 16): a `"` or `;` would break the line for a reader that does
 * not undo doubled quotes; a value starting with `= + - @` would run as a formula if the file is
 * opened in a spreadsheet (Tidsbanken warns clerks that Excel can spoil the file); and every
 * character must exist in the chosen encoding. Each problem names the field.
 */
import type { VismaEncoding } from '../../../core/pay';
import { unencodable } from './encoding';

export type VismaField = 'department' | 'project';

export type VismaFieldProblem =
  | { readonly field: VismaField; readonly kind: 'formula'; readonly char: string }
  | { readonly field: VismaField; readonly kind: 'separator'; readonly char: string }
  | { readonly field: VismaField; readonly kind: 'control'; readonly char: string }
  | { readonly field: VismaField; readonly kind: 'encoding'; readonly char: string };

/** Characters that start a formula in Excel, LibreOffice and Google Sheets (OWASP CSV injection). */
export const FORMULA_START = /^[=+\-@]/;

/** The first problem with a department or project value, or null. */
export function vismaFieldProblem(field: VismaField, value: string, encoding: VismaEncoding | null): VismaFieldProblem | null {
  if (FORMULA_START.test(value)) return { field, kind: 'formula', char: value[0] as string };
  const sep = /[";]/.exec(value);
  if (sep) return { field, kind: 'separator', char: sep[0] };
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(value);
  if (control) return { field, kind: 'control', char: `U+${(control[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}` };
  const ch = encoding === null ? null : unencodable(value, encoding);
  return ch === null ? null : { field, kind: 'encoding', char: ch };
}
