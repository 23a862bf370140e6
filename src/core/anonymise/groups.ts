/**
 * Group labels are never free text: each value must be one of the configured options of its dimension,
 * so a label cannot carry a name or a note. The check is exact (case and spacing included).
 */
import { GROUP_DIMENSIONS, type GroupDimension, type GroupLabels, type GroupOptions } from './model';

export type GroupCheck =
  | { readonly ok: true; readonly value: GroupLabels }
  | { readonly ok: false; readonly error: { readonly kind: 'unknown-dimension' | 'not-in-list'; readonly dimension: string; readonly value: string; readonly allowed: readonly string[] } };

export function isGroupDimension(name: string): name is GroupDimension {
  return (GROUP_DIMENSIONS as readonly string[]).includes(name);
}

/** Checks requested labels against the configured lists; returns them in dimension order. */
export function checkGroups(requested: Readonly<Record<string, string>>, options: GroupOptions): GroupCheck {
  const out: Partial<Record<GroupDimension, string>> = {};
  for (const [dimension, value] of Object.entries(requested)) {
    if (!isGroupDimension(dimension)) return { ok: false, error: { kind: 'unknown-dimension', dimension, value, allowed: GROUP_DIMENSIONS } };
    const allowed = options[dimension] ?? [];
    if (!allowed.includes(value)) return { ok: false, error: { kind: 'not-in-list', dimension, value, allowed } };
  }
  for (const dimension of GROUP_DIMENSIONS) {
    const value = requested[dimension];
    if (value !== undefined) out[dimension] = value;
  }
  return { ok: true, value: out };
}
