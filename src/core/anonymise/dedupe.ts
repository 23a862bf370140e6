/**
 * Counting a shared summary once: two files are duplicates when they have the same id (the same file
 * shared twice) or, in mode `id-or-content`, the same content apart from the id (the same data exported
 * twice). Content equality can also merge two different employees whose rounded figures happen to be
 * identical; mode `id` avoids that at the price of counting a re-export twice (docs/privacy.md).
 */
import { SEVERITY_ORDER, type RuleId } from '../model';
import { GROUP_DIMENSIONS, type Summary } from './model';

export type DedupeMode = 'id-or-content' | 'id';
export const DEDUPE_MODES: readonly DedupeMode[] = ['id-or-content', 'id'];

/** JSON with object keys sorted, so that key order in a file does not matter. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The content of a summary without its id, canonicalised (fixed field order, sorted rule and severity keys). */
export function contentKey(summary: Summary): string {
  return JSON.stringify([
    summary.format,
    summary.period,
    GROUP_DIMENSIONS.map((d) => summary.groups[d] ?? null),
    summary.weeks.map((w) => [
      w.week, w.hours, w.overtime, w.merarbeid, w.night, w.sunday, w.outsideAgreed,
      Object.keys(w.findings).sort().map((rule) => [rule, SEVERITY_ORDER.map((sev) => w.findings[rule as RuleId]?.[sev] ?? 0)]),
    ]),
  ]);
}

export interface DedupeResult<T> {
  readonly unique: readonly T[];
  /** Items dropped, with the index of the kept item they duplicate and why. */
  readonly duplicates: readonly { readonly item: T; readonly of: number; readonly by: 'id' | 'content' }[];
}

/** Keeps the first of each set of duplicates, in input order. */
export function dedupeSummaries<T>(items: readonly T[], summaryOf: (item: T) => Summary, mode: DedupeMode): DedupeResult<T> {
  const byId = new Map<string, number>();
  const byContent = new Map<string, number>();
  const unique: T[] = [];
  const duplicates: { item: T; of: number; by: 'id' | 'content' }[] = [];
  for (const item of items) {
    const s = summaryOf(item);
    const idHit = byId.get(s.id);
    if (idHit !== undefined) {
      duplicates.push({ item, of: idHit, by: 'id' });
      continue;
    }
    const key = mode === 'id-or-content' ? contentKey(s) : '';
    const contentHit = mode === 'id-or-content' ? byContent.get(key) : undefined;
    if (contentHit !== undefined) {
      duplicates.push({ item, of: contentHit, by: 'content' });
      continue;
    }
    byId.set(s.id, unique.length);
    if (mode === 'id-or-content') byContent.set(key, unique.length);
    unique.push(item);
  }
  return { unique, duplicates };
}
