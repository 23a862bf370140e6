/** Picks the agreement version in force on a date (the latest `validFrom` on or before it). */
import type { Agreement } from '../model';

export function agreementInForce<A extends Pick<Agreement, 'validFrom'>>(versions: readonly A[], date: string): A | null {
  let best: A | null = null;
  for (const v of versions) if (v.validFrom <= date && (!best || v.validFrom > best.validFrom)) best = v;
  return best;
}
