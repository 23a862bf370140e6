/**
 * The id the warnings give the session that is still running. The open session has no row id
 * until the tracker stops it, so it is named by its start: `open-1774900800000` (letters, digits
 * and dashes only, as the IPC id schema wants). The store links what was kept under that name (an
 * overtime reason) to the session row when it is closed.
 */
import type { Instant } from '../../core/model';

const PREFIX = 'open-';

export function openSessionId(start: Instant): string {
  return `${PREFIX}${start}`;
}

/** The start instant named by an open-session id, or null when `id` is not one. */
export function openSessionStart(id: string): Instant | null {
  if (!id.startsWith(PREFIX)) return null;
  const text = id.slice(PREFIX.length);
  return /^\d{1,16}$/.test(text) ? Number(text) : null;
}
