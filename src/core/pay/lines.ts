/**
 * From classified days to payroll lines: one line per wage type (lønnsart) with its quantity, and
 * corrections: the difference between what payroll already has for a submitted period and what
 * the log says now (issue 7: never silently change what payroll already has).
 */
import type { PayDay } from './types';

/** Day label → pay class id → ms: what a submitted period contained, or what it contains now. */
export type DayClasses = Readonly<Record<string, Readonly<Record<string, number>>>>;

export function dayClassesOf(days: readonly PayDay[]): DayClasses {
  const out: Record<string, Record<string, number>> = {};
  for (const d of days) {
    const row = (out[d.day] ??= {});
    for (const [id, ms] of Object.entries(d.classes)) row[id] = (row[id] ?? 0) + ms;
  }
  return out;
}

/** One line per wage type: the summed ms of every class mapped to it. Ordered as the classes first appear in `order`. */
export interface PayLine {
  readonly wageType: string;
  readonly classes: readonly string[];
  readonly ms: number;
}

/** Pay class ids in display order: base classes first, then tariff overtime classes, then supplements. */
export function classOrder(overtimeClassIds: readonly string[]): string[] {
  return ['normal', 'merarbeid', ...overtimeClassIds, 'night', 'sunday', 'on-call'];
}

export function sumClasses(rows: Iterable<Readonly<Record<string, number>>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) for (const [id, ms] of Object.entries(r)) out[id] = (out[id] ?? 0) + ms;
  return out;
}

export function payLines(classes: Readonly<Record<string, number>>, wageTypes: Readonly<Record<string, string>>, order: readonly string[]): PayLine[] {
  const byType = new Map<string, { classes: string[]; ms: number }>();
  const ids = [...order, ...Object.keys(classes).filter((id) => !order.includes(id)).sort()];
  for (const id of ids) {
    const ms = classes[id] ?? 0;
    if (ms === 0) continue;
    const type = wageTypes[id] ?? '';
    const line = byType.get(type) ?? { classes: [], ms: 0 };
    line.classes.push(id);
    line.ms += ms;
    byType.set(type, line);
  }
  return [...byType.entries()].filter(([, l]) => l.ms !== 0).map(([wageType, l]) => ({ wageType, classes: l.classes, ms: l.ms }));
}

/** Pay class ids with time in them that have no wage type. */
export function unmappedClasses(classes: Iterable<string>, wageTypes: Readonly<Record<string, string>>): string[] {
  const out = new Set<string>();
  for (const id of classes) if (!(wageTypes[id] ?? '').trim()) out.add(id);
  return [...out].sort();
}

export interface Correction {
  /** The submitted period `YYYY-MM` being corrected. */
  readonly period: string;
  readonly day: string;
  readonly classId: string;
  readonly submittedMs: number;
  readonly currentMs: number;
  readonly deltaMs: number;
}

/** Every (day, class) whose current ms differs from the submitted ms, in day then class order. */
export function corrections(period: string, submitted: DayClasses, current: DayClasses, order: readonly string[]): Correction[] {
  const out: Correction[] = [];
  const days = [...new Set([...Object.keys(submitted), ...Object.keys(current)])].sort();
  for (const day of days) {
    const a = submitted[day] ?? {};
    const b = current[day] ?? {};
    const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    ids.sort((x, y) => rank(order, x) - rank(order, y) || (x < y ? -1 : x > y ? 1 : 0));
    for (const classId of ids) {
      const submittedMs = a[classId] ?? 0;
      const currentMs = b[classId] ?? 0;
      if (submittedMs !== currentMs) out.push({ period, day, classId, submittedMs, currentMs, deltaMs: currentMs - submittedMs });
    }
  }
  return out;
}

function rank(order: readonly string[], id: string): number {
  const i = order.indexOf(id);
  return i < 0 ? order.length : i;
}
