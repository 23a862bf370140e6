/**
 * Absence (issue 15): full or part days away from work that the employee enters. Public holidays (the
 * red days of the calendar) are days off by themselves, not absences to enter. The note never leaves
 * the laptop: no export or summary reads it.
 */

/** ferie (holiday), sykdom (sick leave), sykt-barn (a child's illness), avspasering (time off in lieu), permisjon (leave), annet (other). */
export const ABSENCE_KINDS = ['ferie', 'sykdom', 'sykt-barn', 'avspasering', 'permisjon', 'annet'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/** How a sick absence is documented: the employee's own declaration, or a doctor's sick note. */
export const SICK_DOCUMENTS = ['egenmelding', 'sykmelding'] as const;
export type SickDocument = (typeof SICK_DOCUMENTS)[number];

/** The kinds on which working gets `absence.work-while-absent` (sick, a sick child, holiday). */
export const NO_WORK_KINDS: readonly AbsenceKind[] = ['sykdom', 'sykt-barn', 'ferie'];

export interface Absence {
  /** Stable id from the store; never used by the rules. */
  readonly id?: string;
  readonly kind: AbsenceKind;
  /** Local dates `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Hours of each date for a part day; null for full days. */
  readonly hours: number | null;
  /** sykdom and sykt-barn: egenmelding or sykmelding. */
  readonly document?: SickDocument | null;
  /** permisjon: paid or unpaid. */
  readonly paid?: boolean | null;
  /** Private note; never exported. */
  readonly note?: string;
}
