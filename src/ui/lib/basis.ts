/**
 * Issue 14 item 4: which recorded overtime reason ("grunnlag") answers which finding, and which
 * session a new one is kept with. A "needs basis" finding is answered by a reason recorded for a
 * session that overlaps the finding's interval; it is then shown as info with the reason.
 */
import type { Finding, Interval, Lang, PlanReason, RuleId, Severity } from '../../core/model';
import type { BasisRecordView } from '../../shared/ipc/basis-contract';
import { basisText } from '../../shared/i18n/overtime-basis';

/** The planner's lines a finding corresponds to (what the stored reason says it answers). */
const LINES_OF_RULE: Partial<Record<RuleId, readonly PlanReason[]>> = {
  'aml.10-6.overtime-day': ['daily-normal-limit'],
  'aml.10-6.overtime-week': ['weekly-normal-limit'],
  'aml.10-6.overtime-week-limit': ['weekly-overtime-limit'],
  'aml.10-6.total-day': ['total-day-limit'],
  'aml.10-6.total-week': ['total-week-limit'],
  'aml.10-11.night': ['night-start'],
  'aml.10-10.sunday': ['sunday-start'],
  'agreement.outside-hours': ['agreed-end'],
};

export function linesOfRule(rule: RuleId): readonly PlanReason[] {
  return LINES_OF_RULE[rule] ?? [];
}

export interface ShownFinding {
  readonly finding: Finding;
  /** The severity shown: info once a basis is recorded for a "needs basis" finding. */
  readonly severity: Severity;
  /** The recorded reasons that answer it, each "ground: text" in the window's language (empty when none). */
  readonly basis: readonly string[];
  /** True while it still needs a basis (the button is offered). */
  readonly needsBasis: boolean;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Each finding with what is recorded for it. `now` closes a running session's interval; `lang` names the grounds. */
export function withBasis(findings: readonly Finding[], records: readonly BasisRecordView[], now: number, lang: Lang = 'en'): ShownFinding[] {
  return findings.map((f) => {
    if (f.severity !== 'needs-basis') return { finding: f, severity: f.severity, basis: [], needsBasis: false };
    const texts = records.filter((r) => overlaps({ start: r.sessionStart, end: r.sessionEnd ?? Math.max(now, r.sessionStart + 1) }, f)).map((r) => basisText(lang, r));
    const basis = [...new Set(texts)];
    return basis.length > 0 ? { finding: f, severity: 'info', basis, needsBasis: false } : { finding: f, severity: f.severity, basis: [], needsBasis: true };
  });
}

export interface SessionRef extends Interval {
  readonly id: string;
}

/** The session a new reason for `finding` is kept with: the last one overlapping it, or null. */
export function sessionForFinding(finding: Pick<Finding, 'start' | 'end'>, sessions: readonly SessionRef[]): SessionRef | null {
  const hits = sessions.filter((s) => overlaps(s, finding)).sort((a, b) => a.start - b.start);
  return hits[hits.length - 1] ?? null;
}
