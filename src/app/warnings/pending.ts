/**
 * Warnings that could not be shown (do-not-disturb was on, or the notification server failed)
 * stay here, visible in the tray and the window, until the user dismisses them.
 */
import type { Instant } from '../../core/model';
import type { NotificationRequest } from '../ports/notifier';

export type PendingCause = 'do-not-disturb' | 'not-shown';

export interface PendingWarning extends NotificationRequest {
  readonly since: Instant;
  readonly cause: PendingCause;
}

export type PendingListener = (pending: readonly PendingWarning[]) => void;

export class PendingList {
  private items: PendingWarning[] = [];
  private readonly listeners = new Set<PendingListener>();

  list(): readonly PendingWarning[] {
    return this.items;
  }

  add(request: NotificationRequest, since: Instant, cause: PendingCause): void {
    if (this.items.some((i) => i.id === request.id)) return;
    this.items = [...this.items, { ...request, since, cause }];
    this.emit();
  }

  /** Removes the given ids; returns how many were removed. */
  remove(ids: readonly string[]): number {
    const before = this.items.length;
    this.items = this.items.filter((i) => !ids.includes(i.id));
    if (this.items.length !== before) this.emit();
    return before - this.items.length;
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: PendingListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l(this.items);
  }
}
