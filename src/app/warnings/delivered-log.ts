/**
 * Which warnings were already delivered, keyed by kind, reason and line instant: the guard that
 * makes a re-plan (after resume, clock change, edit) never show the same warning twice.
 */
import type { Instant, PlanItem } from '../../core/model';

export type DeliveryKind = 'warn' | 'follow';

/** `warn:night-start:1774900800000` — the (reason, line) pair of one warning or follow-up. */
export function deliveryKey(kind: DeliveryKind, item: Pick<PlanItem, 'reason' | 'line'>): string {
  return `${kind}:${item.reason}:${item.line}`;
}

export interface DeliveredLog {
  has(key: string): boolean;
  /** Records keys whose line is `line` (kept until the line is long past). */
  add(keys: readonly string[], line: Instant): void;
  /** Forgets keys whose line is before `before`. */
  prune(before: Instant): void;
}

/** An in-memory DeliveredLog; the shell may pass a persistent one so a restart does not repeat either. */
export class MemoryDeliveredLog implements DeliveredLog {
  private readonly lines = new Map<string, Instant>();

  has(key: string): boolean {
    return this.lines.has(key);
  }

  add(keys: readonly string[], line: Instant): void {
    for (const k of keys) this.lines.set(k, line);
  }

  prune(before: Instant): void {
    for (const [k, line] of this.lines) if (line < before) this.lines.delete(k);
  }

  get size(): number {
    return this.lines.size;
  }
}
