/**
 * The warnings' state that must survive a restart (issue 4 item 3): the pending list (warnings not
 * shown yet, visible in the tray and window) and a running snooze. The app keeps it in SQLite
 * (src/store/warning-repos.ts); without one the scheduler keeps it in memory (tests).
 */
import type { Instant } from '../../core/model';
import type { PendingWarning } from './pending';

export interface WarningStateStore {
  loadPending(): readonly PendingWarning[];
  /** Replaces the stored list with `items`. */
  savePending(items: readonly PendingWarning[]): void;
  loadSnooze(): Instant | null;
  saveSnooze(until: Instant | null): void;
}

export class MemoryWarningState implements WarningStateStore {
  pending: readonly PendingWarning[] = [];
  snooze: Instant | null = null;

  loadPending(): readonly PendingWarning[] {
    return this.pending;
  }

  savePending(items: readonly PendingWarning[]): void {
    this.pending = [...items];
  }

  loadSnooze(): Instant | null {
    return this.snooze;
  }

  saveSnooze(until: Instant | null): void {
    this.snooze = until;
  }
}
