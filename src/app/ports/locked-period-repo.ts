/**
 * Locked (exported) periods: once a period has gone to payroll its sessions are evidence. Later
 * edits inside it are still applied, but each one is kept as a correction the next export lists.
 */
import type { Instant } from '../../core/model';

export interface LockedPeriod {
  readonly id: string;
  readonly from: Instant;
  readonly to: Instant;
  readonly lockedAt: Instant;
  readonly label: string;
}

export interface Correction {
  readonly id: string;
  readonly at: Instant;
  readonly period: LockedPeriod;
  readonly action: 'add' | 'edit' | 'delete';
  readonly sessionId: string;
  /** The session before and after, as stored in the audit log (JSON), null where there was none. */
  readonly before: string | null;
  readonly after: string | null;
  readonly reason: string;
}

export interface LockedPeriodRepo {
  /** Locks [from, to) (e.g. after a payroll export). */
  lockPeriod(from: Instant, to: Instant, at: Instant, label: string): LockedPeriod;
  /** The first locked period overlapping [start, end), if any. */
  lockedOverlapping(start: Instant, end: Instant): LockedPeriod | null;
  list(): LockedPeriod[];
  /** Corrections recorded at or after `since`, oldest first. */
  correctionsSince(since: Instant): Correction[];
}
