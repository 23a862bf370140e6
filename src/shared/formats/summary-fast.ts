/**
 * A fast path of the summary reader (issue 21: `rep aggregate` of 100 000 files in seconds): a hand-written
 * check that accepts exactly what summaryFileSchema / summaryFileSchemaV1 accept. When it says no, the zod
 * schema runs to name every problem with its JSON path; when it says yes, the zod run is skipped. A property
 * test (test/shared/summary-fast.test.ts) holds the two equal on random files and random damage.
 */
import * as z from 'zod';
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

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const weekExists = (label: string): boolean => {
  const n = Number(label.slice(6));
  return n >= 1 && n <= 53 && isoWeekLabel(mondayOfIsoWeek(label)) === label;
};
const isHalf = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 168 && Number.isInteger(v * 2);
const isWhole = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v <= 168 && Number.isInteger(v);

/** The weeks of a valid period (and whether each has the week pattern), or null for a text that is not a period; a few are kept. */
interface PeriodWeeks {
  readonly weeks: readonly string[];
  readonly patterned: boolean;
}
const periods = new Map<string, PeriodWeeks | null>();
function weeksOfPeriod(period: string): PeriodWeeks | null {
  let w = periods.get(period);
  if (w === undefined) {
    const p = parsePeriod(period);
    const weeks = p ? periodWeeks(p) : [];
    w = p ? { weeks, patterned: weeks.every((x) => WEEK.test(x)) } : null;
    if (periods.size >= 64) periods.clear();
    periods.set(period, w);
  }
  return w;
}

/** Whether `created` is an existing ISO week label; the few labels seen are kept. */
const createdWeeks = new Map<string, boolean>();
function isCreatedWeek(label: string): boolean {
  let ok = createdWeeks.get(label);
  if (ok === undefined) {
    ok = WEEK.test(label) && weekExists(label);
    if (createdWeeks.size >= 256) createdWeeks.clear();
    createdWeeks.set(label, ok);
  }
  return ok;
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
  if (typeof period !== 'string') return null;
  const of = weeksOfPeriod(period);
  if (of === null) return null;
  if (v2 && (typeof created !== 'string' || !isCreatedWeek(created))) return null;
  if (v2 && invite !== undefined && (typeof invite !== 'string' || !UUID.test(invite))) return null;
  if (!v2 && (created !== undefined || invite !== undefined)) return null;
  if (!isObject(groups)) return null;
  const outGroups: Record<string, string> = {};
  for (const d of Object.keys(groups)) {
    if (!DIMENSIONS.has(d)) return null;
    const label = groups[d];
    if (label === undefined) continue;
    if (typeof label !== 'string' || !GROUP_LABEL_PATTERN.test(label)) return null;
    outGroups[d] = label;
  }
  if (!Array.isArray(weeks) || weeks.length > 14) return null;
  const expected = of.weeks;
  if (weeks.length !== expected.length || (weeks.length > 0 && !of.patterned)) return null;
  for (let i = 0; i < weeks.length; i++) {
    const w: unknown = weeks[i];
    if (!isObject(w)) return null;
    // Exactly the eight keys (no more, none missing), each figure with the writer's rounding.
    if (Object.keys(w).length !== WEEK_KEYS.length) return null;
    for (const k of WEEK_KEYS) if (!Object.hasOwn(w, k)) return null;
    if (w.week !== expected[i]) return null; // the period's own label, which has the week pattern (of.patterned)
    if (!isWhole(w.hours) || !isHalf(w.overtime) || !isHalf(w.merarbeid) || !isWhole(w.night) || !isWhole(w.sunday) || !isHalf(w.outsideAgreed)) return null;
    const findings = w.findings;
    if (!isObject(findings)) return null;
    for (const rule of Object.keys(findings)) {
      if (!RULE_SET.has(rule)) return null;
      const counts = findings[rule];
      if (counts === undefined) continue;
      if (!isObject(counts)) return null;
      for (const sev of Object.keys(counts)) {
        if (!SEVERITIES.has(sev)) return null;
        const n = counts[sev];
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
