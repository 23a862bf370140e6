/**
 * Agreements with validity periods: each stored `fyrabend.agreement/1` text applies from its
 * `validFrom` date until the next one's; the agreement in force on a date is used to check that date.
 */
import type { Instant } from '../../core/model';

export interface StoredAgreement {
  readonly validFrom: string;
  readonly json: string;
  readonly savedAt: Instant;
}

export interface AgreementRepo {
  /** Stores (or replaces) the agreement valid from `validFrom` (YYYY-MM-DD). */
  save(validFrom: string, json: string, at: Instant): void;
  /** The agreement in force on a local date YYYY-MM-DD, or null. */
  inForceOn(date: string): StoredAgreement | null;
  list(): StoredAgreement[];
}
