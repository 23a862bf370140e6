/**
 * The summary id (issue 17): one id per person and period. The laptop keeps a secret made once per
 * installation; the id is HMAC-SHA-256(secret, SUMMARY_ID_CONTEXT + period), shaped as a UUID (version 8,
 * RFC 9562 "custom"). Every export of the same period by the same installation carries the same id, so the
 * representative keeps one file per person; ids of other periods are unlinkable, and without the secret
 * nothing about the installation can be learned from an id (docs/privacy.md).
 *
 * Pure: the HMAC itself is computed by the adapter (node:crypto); this module fixes the message and the shape.
 */

/** Prefixed to the period in the HMAC message, so the secret's HMACs for other purposes never collide with ids. */
export const SUMMARY_ID_CONTEXT = 'fyrabend.summary-id/1\u0000';

/** The message whose HMAC is the id of `period`. */
export function summaryIdMessage(period: string): string {
  return SUMMARY_ID_CONTEXT + period;
}

/** The first 128 bits of a hex digest as a UUID with version 8 and the RFC 9562 variant. */
export function summaryIdFromDigest(hex: string): string {
  if (!/^[0-9a-f]{32,}$/i.test(hex)) throw new RangeError('summaryIdFromDigest needs at least 32 hex digits');
  const h = hex.slice(0, 32).toLowerCase();
  const variant = ((parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
