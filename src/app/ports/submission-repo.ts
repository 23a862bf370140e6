/**
 * Submissions to payroll (issue 16): each time a month is sent ("Send to payroll",
 * `fyrabend export timesheet --submit`), what payroll then has for it is kept as a snapshot: the
 * classified days and the sessions they came from. Every later difference between the log and the
 * latest snapshot is a correction, whatever caused it (an edit in the window, an import, a
 * deletion, a restored backup). Append-only: a submission is never changed or removed.
 */
import type { Instant } from '../../core/model';

export interface Submission {
  readonly id: string;
  /** The month sent, `YYYY-MM`. */
  readonly month: string;
  readonly at: Instant;
  /** `submit`: the month's first submission; `correction`: the changes since the one before. */
  readonly kind: 'submit' | 'correction';
  /** The format of the file written (`visma`, `csv`, …). */
  readonly format: string;
  /** What payroll has for the month after this submission (JSON, see app/export/submission-snapshot.ts). */
  readonly snapshot: string;
}

export interface SubmissionRepo {
  /** Every submission, oldest first. */
  list(): Submission[];
  /** Records the submissions of one file, all or none. */
  add(entries: readonly Omit<Submission, 'id'>[]): Submission[];
}
