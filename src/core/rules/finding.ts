/** Builds a finding with the rule's legal reference and its three-language explanation. */
import type { Finding, Message, RuleId, Severity } from '../model';
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

/**
 * Messages already worded, by rule and facts: long histories repeat the same few hundred (night work
 * of 1,5 hours, …), so findings share one frozen message object instead of three new strings each.
 * Bounded: emptied when it reaches MESSAGE_MEMO_SIZE entries.
 */
const messageMemo = new Map<string, Message>();
const MESSAGE_MEMO_SIZE = 10_000;

function memoMessage(rule: RuleId, measured: number, limit: number, extra: number | undefined, variant: string | undefined): Message {
  const key = `${rule}|${measured}|${limit}|${extra}|${variant}`;
  let m = messageMemo.get(key);
  if (!m) {
    if (messageMemo.size >= MESSAGE_MEMO_SIZE) messageMemo.clear();
    m = Object.freeze(findingMessage(rule, { measured, limit, extra, variant }));
    messageMemo.set(key, m);
  }
  return m;
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
    message: memoMessage(rule, measured, limit, f.extra, f.variant),
  };
}
