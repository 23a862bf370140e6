/**
 * The append-only audit log, read side. Entries are written only together with the change they
 * describe (SessionRepo.change); the store refuses any update or delete of an entry.
 */
import type { OvertimeGround, OvertimeTakenAs } from '../../core/overtime-basis';
import type { Instant } from '../../core/model';

export interface AuditEntry {
  readonly id: string;
  readonly at: Instant;
  readonly action: string;
  readonly sessionId: string | null;
  readonly before: string | null;
  readonly after: string | null;
  readonly reason: string;
  /** An `overtime-reason` entry's ground and choice, from the reason it records (absent for other entries). */
  readonly basis?: { readonly ground: OvertimeGround | null; readonly takenAs: OvertimeTakenAs };
}

export interface AuditLog {
  entries(sessionId?: string): AuditEntry[];
}
