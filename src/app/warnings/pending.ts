/**
 * Warnings that could not be shown (do-not-disturb was on, or the notification server failed)
 * stay here, visible in the tray and the window, until the user dismisses them. The list is kept
 * in a WarningStateStore (SQLite in the app), so a restart neither loses nor repeats them.
 */
import type { Instant } from '../../core/model';
import type { NotificationRequest } from '../ports/notifier';
import type { WarningStateStore } from './warning-state';

export type PendingCause = 'do-not-disturb' | 'not-shown';

export interface PendingWarning extends NotificationRequest {
  readonly since: Instant;
  readonly cause: PendingCause;
  /**
   * Held back by do-not-disturb while work goes on: sent again as one summary when do-not-disturb
   * ends during the same open session. Cleared when the session ends or the summary goes out.
   */
  readonly resend: boolean;
  /** Snoozed from the tray or window: hidden from the list until this instant. */
  readonly hiddenUntil?: Instant;
}

export type PendingListener = (pending: readonly PendingWarning[]) => void;

export class PendingList {
  private items: PendingWarning[];
  private readonly listeners = new Set<PendingListener>();

  constructor(private readonly store: WarningStateStore) {
    this.items = [...store.loadPending()];
  }

  list(): readonly PendingWarning[] {
    return this.items;
  }

  /** The held warnings to send again as one summary. */
  toResend(): readonly PendingWarning[] {
    return this.items.filter((i) => i.resend);
  }

  add(request: NotificationRequest, since: Instant, cause: PendingCause): void {
    if (this.items.some((i) => i.id === request.id)) return;
    this.set([...this.items, { ...request, since, cause, resend: cause === 'do-not-disturb' }]);
  }

  /** Removes the given ids; returns how many were removed. */
  remove(ids: readonly string[]): number {
    const before = this.items.length;
    this.set(this.items.filter((i) => !ids.includes(i.id)));
    return before - this.items.length;
  }

  /** Hides an item from the list until `until` (a snooze on it); an id not listed changes nothing. */
  hide(id: string, until: Instant): void {
    this.set(this.items.map((i) => (i.id === id ? { ...i, hiddenUntil: until } : i)));
  }

  /**
   * Keeps the items visible but stops sending them again (the work they concern has ended), except
   * those `keep` accepts.
   */
  stopResending(keep: (item: PendingWarning) => boolean = () => false): void {
    const stop = (i: PendingWarning) => i.resend && !keep(i);
    if (this.items.some(stop)) this.set(this.items.map((i) => (stop(i) ? { ...i, resend: false } : i)));
  }

  /** Forgets items older than `before` (a week-old warning is no longer news; the findings remain). */
  prune(before: Instant): void {
    if (this.items.some((i) => i.since < before)) this.set(this.items.filter((i) => i.since >= before));
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: PendingListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(items: PendingWarning[]): void {
    if (items.length === this.items.length && items.every((item, i) => item === this.items[i])) return;
    this.items = items;
    this.store.savePending(items);
    for (const l of this.listeners) l(this.items);
  }
}
