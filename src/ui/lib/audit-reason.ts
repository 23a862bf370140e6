/**
 * The change log's reasons in the reader's language (issue 20 item 4). Fyrabend stores its own reasons
 * as codes with parameters (src/shared/audit-reason.ts), and older rows as fixed English phrases; both
 * are rendered in nb, nn or en with local times. Anything else is the user's own text and is shown as written.
 */
export { auditReasonText } from '../../shared/audit-reason';
