/**
 * The basis (grunnlag) of an overtime reason (issue 14 item 4) and how the overtime is taken (issue
 * 15 item 2). AML § 10-6 (1): work beyond the agreed hours only "when there is an exceptional and
 * time-limited need for it" ("særlig og tidsavgrenset behov"). The ground is stored as a code, never as
 * a phrase; the texts are in src/shared/i18n/overtime-basis.ts.
 */

/**
 * - `exceptional-time-limited`: an exceptional, time-limited need (an unforeseen peak, a deadline);
 * - `illness-absence-cover`: covering for a colleague who is ill or absent;
 * - `breakdown-emergency`: a breakdown, accident or other danger to life or property (compare the
 *   wording of § 10-6 (1) with the emergencies of §§ 10-8/10-12);
 * - `other`: another ground, which the free text must name.
 */
export const OVERTIME_GROUNDS = ['exceptional-time-limited', 'illness-absence-cover', 'breakdown-emergency', 'other'] as const;
export type OvertimeGround = (typeof OVERTIME_GROUNDS)[number];

/** `pay`: paid as overtime (the default); `time-off`: taken as time off in lieu (avspasering), the hours stay in the flexitime balance. */
export const OVERTIME_TAKEN_AS = ['pay', 'time-off'] as const;
export type OvertimeTakenAs = (typeof OVERTIME_TAKEN_AS)[number];

export const DEFAULT_OVERTIME_TAKEN_AS: OvertimeTakenAs = 'pay';

export function isOvertimeGround(v: unknown): v is OvertimeGround {
  return typeof v === 'string' && (OVERTIME_GROUNDS as readonly string[]).includes(v);
}

export function isOvertimeTakenAs(v: unknown): v is OvertimeTakenAs {
  return typeof v === 'string' && (OVERTIME_TAKEN_AS as readonly string[]).includes(v);
}

/** Whether a ground needs the free text (only `other`); a reason without a ground (stored before version 9) is its text. */
export function groundNeedsText(ground: OvertimeGround | null | undefined): boolean {
  return ground === undefined || ground === null || ground === 'other';
}
