/**
 * The change log's reasons in the reader's language (issue 20 item 4). Fyrabend stores its own reasons
 * as codes with parameters (src/shared/audit-reason.ts), and older rows as fixed English phrases; both
 * are rendered in nb, nn or en with local times. Anything else is the user's own text and is shown as written.
 */
import type { Lang } from '../../core/model';
import { auditReasonText } from '../../shared/audit-reason';

export { auditReasonText };

/**
 * A change log line that is only its reason: the running session's start moved (`change-start`, whose
 * reason names both times), "Starten endret fra 2026-03-10 08:00 til 2026-03-10 07:45; grunn: …".
 */
export function reasonLine(reason: string, lang: Lang, zone: string): string {
  const s = auditReasonText(reason, lang, zone);
  return s.charAt(0).toUpperCase() + s.slice(1);
}
