/** Checks the overtime reason the user types (the main process checks it again, src/app/warnings). */
import type { UiWarningsKey } from '../../shared/i18n/ui-warnings';

/** Longest reason accepted; the same limit as src/app/warnings/overtime-reason.ts. */
export const REASON_MAX = 500;

export function reasonProblem(text: string): { key: UiWarningsKey; params: Record<string, number> } | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { key: 'reason.empty', params: {} };
  if (trimmed.length > REASON_MAX) return { key: 'reason.tooLong', params: { n: trimmed.length, max: REASON_MAX } };
  return null;
}
