/**
 * The append-only audit log, read side. Entries are written only together with the change they
 * describe (SessionRepo.change); the store refuses any update or delete of an entry.
 */
import type { Instant } from '../../core/model';

export interface AuditEntry {
  readonly id: string;
  readonly at: Instant;
  readonly action: string;
  readonly sessionId: string | null;
  readonly before: string | null;
  readonly after: string | null;
  readonly reason: string;
}

export interface AuditLog {
  entries(sessionId?: string): AuditEntry[];
}
