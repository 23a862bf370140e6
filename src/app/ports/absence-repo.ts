/**
 * The absences as the app services see them (issue 15). Every change writes the absence and its
 * audit entry in one transaction.
 */
import type { Absence } from '../../core/absence/model';
import type { Instant } from '../../core/model';

export interface StoredAbsence extends Absence {
  readonly id: string;
}

export interface AbsenceRepo {
  /** Absences overlapping the local dates [from, to] (inclusive), by start date; all when omitted. */
  list(from?: string, to?: string): StoredAbsence[];
  get(id: string): StoredAbsence | null;
  add(a: Absence, at: Instant, reason: string): StoredAbsence;
  edit(id: string, a: Absence, at: Instant, reason: string): StoredAbsence;
  remove(id: string, at: Instant, reason: string): void;
}
