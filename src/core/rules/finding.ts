/** Builds a finding with the rule's legal reference and its three-language explanation. */
import type { Finding, RuleId, Severity } from '../model';
import { findingMessage } from '../i18n/finding-messages';
import { roundHours } from '../time/units';
import { RULES } from './catalog';

export interface FindingInput {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly measured: number;
  readonly limit: number;
  readonly severity?: Severity;
  readonly unit?: Finding['unit'];
  readonly extra?: number;
  readonly variant?: string;
}

export function makeFinding(rule: RuleId, f: FindingInput): Finding {
  const measured = roundHours(f.measured);
  const limit = roundHours(f.limit);
  return {
    rule,
    severity: f.severity ?? RULES[rule].severity,
    key: f.key,
    start: f.start,
    end: f.end,
    measured,
    limit,
    unit: f.unit ?? 'h',
    ref: RULES[rule].ref,
    message: findingMessage(rule, { measured, limit, extra: f.extra, variant: f.variant }),
  };
}
