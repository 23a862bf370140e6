/**
 * The configured group lists as the app stores them (a setting shared by the window and the CLI):
 * `{ "department": ["IT", …], … }`. Reading fails closed: anything malformed is left out (no list,
 * no label), and a label that breaks the rules of src/core/anonymise/group-labels.ts is dropped.
 */
import { dedupeGroupLabels, GROUP_DIMENSIONS, groupLabelProblem, type GroupDimension, type GroupOptions } from '../../core/anonymise/index';

/** The setting holding the configured group lists. */
export const GROUP_OPTIONS_KEY = 'summary.groupOptions';

/** Reads the stored group lists; anything malformed is left out. */
export function readGroupOptions(json: string | null): GroupOptions {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Partial<Record<GroupDimension, string[]>> = {};
  for (const d of GROUP_DIMENSIONS) {
    const list = (value as Record<string, unknown>)[d];
    if (Array.isArray(list)) out[d] = dedupeGroupLabels(list.filter((x): x is string => typeof x === 'string' && groupLabelProblem(x) === null));
  }
  return out;
}

/** The stored form of the lists: dimensions in GROUP_DIMENSIONS order, empty lists left out. */
export function groupOptionsJson(options: GroupOptions): string {
  const out: Partial<Record<GroupDimension, readonly string[]>> = {};
  for (const d of GROUP_DIMENSIONS) if ((options[d]?.length ?? 0) > 0) out[d] = options[d];
  return JSON.stringify(out);
}
