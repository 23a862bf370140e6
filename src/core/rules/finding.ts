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
 * Keyed by rule (with extra and variant when set), then limit, then measured, as numbers (no key
 * strings to build). Bounded: emptied when it holds MESSAGE_MEMO_SIZE messages.
 */
const messageMemo = new Map<string, Map<number, Map<number, Message>>>();
const MESSAGE_MEMO_SIZE = 10_000;
let memoSize = 0;

function memoMessage(rule: RuleId, measured: number, limit: number, extra: number | undefined, variant: string | undefined): Message {
  const head = extra === undefined && variant === undefined ? rule : `${rule}|${extra}|${variant}`;
  let byLimit = messageMemo.get(head);
  if (!byLimit) messageMemo.set(head, (byLimit = new Map()));
  let byMeasured = byLimit.get(limit);
  if (!byMeasured) byLimit.set(limit, (byMeasured = new Map()));
  let m = byMeasured.get(measured);
  if (!m) {
    if (memoSize >= MESSAGE_MEMO_SIZE) {
      messageMemo.clear();
      memoSize = 0;
    }
    m = Object.freeze(findingMessage(rule, { measured, limit, extra, variant }));
    byMeasured.set(measured, m);
    memoSize++;
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
