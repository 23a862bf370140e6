/**
 * A fast path of the summary reader (issue 21: `rep aggregate` of 100 000 files in seconds): a hand-written
 * check that accepts exactly what summaryFileSchema / summaryFileSchemaV1 accept. When it says no, the zod
 * schema runs to name every problem with its JSON path; when it says yes, the zod run is skipped. A property
 * test (test/shared/summary-fast.test.ts) holds the two equal on random files and random damage.
 */
import { z } from 'zod';
import { SEVERITY_ORDER } from '../../core/model';
import { RULES } from '../../core/rules/catalog';
import { GROUP_DIMENSIONS, GROUP_LABEL_PATTERN, parsePeriod, periodWeeks, SUMMARY_FORMAT, SUMMARY_FORMAT_V1, type Summary } from '../../core/anonymise/index';
import { isoWeekLabel, mondayOfIsoWeek } from '../../core/time/civil';

const UUID = z.regexes.uuid();
const WEEK = /^\d{4}-W\d{2}$/;
const RULE_SET = new Set(Object.keys(RULES));
const SEVERITIES = new Set<string>(SEVERITY_ORDER);
const DIMENSIONS = new Set<string>(GROUP_DIMENSIONS);
const WEEK_KEYS = ['week', 'hours', 'overtime', 'merarbeid', 'night', 'sunday', 'outsideAgreed', 'findings'] as const;
const WHOLE = new Set(['hours', 'night', 'sunday']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const weekExists = (label: string): boolean => {
  const n = Number(label.slice(6));
  return n >= 1 && n <= 53 && isoWeekLabel(mondayOfIsoWeek(label)) === label;
};
const hoursOk = (v: unknown, whole: boolean): v is number =>
  typeof v === 'number' && v >= 0 && v <= 168 && (whole ? Number.isInteger(v) : Number.isInteger(v * 2));

const weeksOf = new Map<string, readonly string[]>();
function expectedWeeks(period: string): readonly string[] {
  let w = weeksOf.get(period);
  if (!w) {
    w = periodWeeks(parsePeriod(period)!);
    weeksOf.set(period, w);
  }
  return w;
}

/** The summary when `value` (parsed JSON) is a valid version 2 or version 1 summary; null when zod must say why not. */
export function fastSummary(value: unknown): Summary | null {
  if (!isObject(value)) return null;
  const v2 = value.format === SUMMARY_FORMAT;
  if (!v2 && value.format !== SUMMARY_FORMAT_V1) return null;
  const allowed = v2 ? 7 : 5;
  let keys = 0;
  for (const k of Object.keys(value)) {
    if (k === 'format' || k === 'id' || k === 'period' || k === 'groups' || k === 'weeks' || (v2 && (k === 'created' || k === 'invite'))) keys++;
    else return null;
  }
  if (keys > allowed) return null;
  const { id, period, created, invite, groups, weeks } = value;
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  if (typeof period !== 'string' || parsePeriod(period) === null) return null;
  if (v2 && (typeof created !== 'string' || !WEEK.test(created) || !weekExists(created))) return null;
  if (v2 && invite !== undefined && (typeof invite !== 'string' || !UUID.test(invite))) return null;
  if (!v2 && (created !== undefined || invite !== undefined)) return null;
  if (!isObject(groups)) return null;
  const outGroups: Record<string, string> = {};
  for (const [d, label] of Object.entries(groups)) {
    if (!DIMENSIONS.has(d)) return null;
    if (label === undefined) continue;
    if (typeof label !== 'string' || !GROUP_LABEL_PATTERN.test(label)) return null;
    outGroups[d] = label;
  }
  if (!Array.isArray(weeks) || weeks.length > 14) return null;
  const expected = expectedWeeks(period);
  if (weeks.length !== expected.length) return null;
  for (let i = 0; i < weeks.length; i++) {
    const w: unknown = weeks[i];
    if (!isObject(w)) return null;
    const wk = Object.keys(w);
    if (wk.length !== WEEK_KEYS.length) return null;
    for (const k of WEEK_KEYS) if (!Object.hasOwn(w, k)) return null;
    if (typeof w.week !== 'string' || !WEEK.test(w.week) || w.week !== expected[i]) return null;
    for (const k of WEEK_KEYS) if (k !== 'week' && k !== 'findings' && !hoursOk(w[k], WHOLE.has(k))) return null;
    const findings = w.findings;
    if (!isObject(findings)) return null;
    for (const [rule, counts] of Object.entries(findings)) {
      if (!RULE_SET.has(rule)) return null;
      if (counts === undefined) continue;
      if (!isObject(counts)) return null;
      for (const [sev, n] of Object.entries(counts)) {
        if (!SEVERITIES.has(sev)) return null;
        if (n === undefined) continue;
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1 || n > 10_000) return null;
      }
    }
  }
  const out: Record<string, unknown> = { format: value.format, id, period };
  if (v2) out.created = created;
  if (invite !== undefined) out.invite = invite;
  out.groups = outGroups;
  out.weeks = weeks;
  return out as unknown as Summary;
}
