/**
 * Primary disclosure control of one figure (issue 17, docs/privacy.md), after the threshold and dominance
 * rules of statistical disclosure control (Eurostat's handbook on SDC, τ-Argus):
 *
 * - threshold rule: a count or total is published only if at least k contributors have a non-zero value in it;
 * - dominance rule (n = 1, p): no single contributor holds more than p % of it;
 * - every figure of a group of fewer than k people is hidden, zeros included.
 *
 * A figure in which nobody has a non-zero value (a zero in a group of at least k people) tells nothing about
 * any one person beyond "none of the k or more"; it is published unless `zeros` is `suppress` (a setting,
 * since the wording counts it as "fewer than k non-zero contributors").
 */
import type { CellStatus } from './suppression';

export type ZeroCells = 'publish' | 'suppress';

export interface DisclosureRule {
  readonly k: number;
  /** Dominance percentage (MIN_P–MAX_P). */
  readonly p: number;
  readonly zeros: ZeroCells;
}

/** What the rules need to know of a figure: its people, its sum, how many have a non-zero value, the largest value. */
export interface CellStats {
  readonly people: number;
  readonly sum: number;
  readonly nonzero: number;
  readonly max: number;
}

export function primaryStatus(c: CellStats, rule: DisclosureRule): CellStatus {
  if (c.people < rule.k) return 'fewer-than-k';
  if (c.nonzero === 0) return rule.zeros === 'publish' ? 'published' : 'fewer-than-k';
  if (c.nonzero < rule.k) return 'fewer-than-k';
  // max > p % of sum, in exact arithmetic for half-hour values.
  if (c.max * 100 > rule.p * c.sum) return 'dominance';
  return 'published';
}

/** A figure no combination of published figures may yield (an atom, or the hidden rest of a dimension). */
export function isSensitive(c: CellStats, rule: DisclosureRule): boolean {
  return c.people > 0 && primaryStatus(c, rule) !== 'published';
}
