/**
 * Presence events from the operating system, stamped with the clock when they happened. Only
 * presence is known: never window titles, apps or content. `idle` says that at `at` the user had
 * given no input for `minutes`; `active` says input was seen again.
 */
import type { Instant } from '../../core/model';

export type PresenceEvent =
  | { readonly type: 'idle'; readonly at: Instant; readonly minutes: number }
  | { readonly type: 'active'; readonly at: Instant }
  | { readonly type: 'locked'; readonly at: Instant }
  | { readonly type: 'unlocked'; readonly at: Instant }
  | { readonly type: 'suspend'; readonly at: Instant }
  | { readonly type: 'resume'; readonly at: Instant };

export interface PresenceSource {
  /** Calls `listener` for every event until the returned function is called. */
  subscribe(listener: (event: PresenceEvent) => void): () => void;
}
