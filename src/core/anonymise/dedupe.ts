/**
 * One file per person and period (issue 17): a version 2 summary id is the same for every export of the
 * same period by the same installation (./summary-id.ts), so the representative keeps the newest file per
 * id, by its `created` week, and says which files were replaced. Identical figures under different ids are
 * different people and both count: matching by content would drop exactly the people with no overtime
 * (docs/privacy.md). A version 1 file has no `created` week and counts as older than any version 2 file.
 */
import type { Summary } from './model';

export interface NewestResult<T> {
  /** One item per id, in the order the ids first appeared. */
  readonly unique: readonly T[];
  /**
   * Items left out, with the index (in `unique`) of the item kept for the same id: `replaced` when the kept
   * one was made in a later week, `duplicate` when both were made in the same week (the first one is kept).
   */
  readonly dropped: readonly { readonly item: T; readonly of: number; readonly by: 'replaced' | 'duplicate' }[];
}

const createdOf = (s: Pick<Summary, 'created'>): string => s.created ?? '';

/** Keeps the newest item per summary id (ties: the first given). Linear in the number of items. */
export function newestPerId<T>(items: readonly T[], summaryOf: (item: T) => Pick<Summary, 'id' | 'created'>): NewestResult<T> {
  const slot = new Map<string, number>();
  const kept: T[] = [];
  const losers: { item: T; id: string; by: 'replaced' | 'duplicate' }[] = [];
  for (const item of items) {
    const s = summaryOf(item);
    const at = slot.get(s.id);
    if (at === undefined) {
      slot.set(s.id, kept.length);
      kept.push(item);
      continue;
    }
    const old = kept[at] as T;
    const a = createdOf(summaryOf(old));
    const b = createdOf(s);
    if (b > a) {
      losers.push({ item: old, id: s.id, by: 'replaced' });
      kept[at] = item;
    } else losers.push({ item, id: s.id, by: b === a ? 'duplicate' : 'replaced' });
  }
  return { unique: kept, dropped: losers.map((l) => ({ item: l.item, of: slot.get(l.id) as number, by: l.by })) };
}
