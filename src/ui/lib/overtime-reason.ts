/** Checks the overtime reason the user gives (the main process checks it again, src/app/warnings). */
import { groundNeedsText, type OvertimeGround } from '../../core/overtime-basis';
import type { UiWarningsKey } from '../../shared/i18n/ui-warnings';

/** Longest reason accepted; the same limit as src/app/warnings/overtime-reason.ts. */
export const REASON_MAX = 500;

export interface ReasonProblem {
  readonly key: UiWarningsKey;
  readonly params: Record<string, number>;
  /** Which control the message belongs next to. */
  readonly field: 'ground' | 'text';
}

/**
 * The form's check: a ground is required (AML § 10-6 (1)); the free text is required for `other`,
 * optional otherwise, and at most REASON_MAX characters. `ground` undefined: the check of the text
 * alone (a reason without a ground, as stored before grounds existed, needs its text).
 */
export function reasonProblem(text: string, ground?: OvertimeGround | null): ReasonProblem | null {
  const trimmed = text.trim();
  if (ground === null) return { key: 'reason.noGround', params: {}, field: 'ground' };
  if (trimmed.length === 0 && groundNeedsText(ground)) return { key: 'reason.empty', params: {}, field: 'text' };
  if (trimmed.length > REASON_MAX) return { key: 'reason.tooLong', params: { n: trimmed.length, max: REASON_MAX }, field: 'text' };
  return null;
}
