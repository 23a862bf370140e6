/**
 * The first-run proposal: Monday–Friday 08:00–15:45, 37.5 h a week, availability 09:00–15:00, and the
 * exchange format's default limits — the core's `defaultAgreement`, dated and zoned. The user confirms or edits it.
 */
import { defaultAgreement } from '../../core/agreement/defaults';
import type { Agreement } from '../../core/model';

export function proposedAgreement(validFrom: string, zone: string): Agreement {
  return defaultAgreement({ validFrom, zone });
}
