/**
 * Aggregates many anonymised summaries into the representative's report, per group and per rule, with
 * k-threshold and complementary suppression (./suppression.ts, docs/privacy.md).
 *
 * Groups: one table for all contributors, then one table per group dimension that occurs in any summary,
 * with a row per label and a "not stated" row for summaries without that dimension. Every figure of a row
 * is published or suppressed together, so "any group × rule × week figure" shares the row's status.
 */
import type { RuleId } from '../model';
import { RULES } from '../rules/catalog';
import { GROUP_DIMENSIONS, type Summary } from './model';
import { periodWeeks, parsePeriod } from './period';
import { REPORT_FORMAT, MIN_K, type AggregateReport, type GroupFigures, type ReportInput, type ReportRow, type ReportTable, type RuleFigures } from './report-model';
import { quantileSorted, roundDecimals } from './stats';
import { suppressCells, type SuppressionGroup } from './suppression';

export interface AggregateOptions {
  readonly period: string;
  readonly k: number;
  /** Counts of the import, copied into the report. `accepted` is taken from `summaries`. */
  readonly input?: Omit<ReportInput, 'accepted'>;
}

/** Rule ids in catalog order: the report lists every rule, so the list itself reveals nothing. */
export const REPORT_RULES: readonly RuleId[] = Object.keys(RULES) as RuleId[];

/** One contributor, reduced to what the figures need. */
interface Contributor {
  readonly weeklyOvertime: readonly number[];
  readonly overtime: number;
  readonly merarbeid: number;
  readonly outsideAgreed: number;
  readonly night: number;
  readonly sunday: number;
  readonly hours: number;
  readonly violation: boolean;
  readonly weekViolation: readonly boolean[];
  readonly rules: ReadonlyMap<RuleId, { findings: number; violation: boolean }>;
}

function reduce(s: Summary, weeks: readonly string[]): Contributor {
  const byWeek = new Map(s.weeks.map((w) => [w.week, w]));
  const weeklyOvertime: number[] = [];
  const weekViolation: boolean[] = [];
  const rules = new Map<RuleId, { findings: number; violation: boolean }>();
  let overtime = 0, merarbeid = 0, outsideAgreed = 0, night = 0, sunday = 0, hours = 0;
  for (const label of weeks) {
    const w = byWeek.get(label);
    weeklyOvertime.push(w?.overtime ?? 0);
    let anyViolation = false;
    if (w) {
      overtime += w.overtime;
      merarbeid += w.merarbeid;
      outsideAgreed += w.outsideAgreed;
      night += w.night;
      sunday += w.sunday;
      hours += w.hours;
      for (const [rule, counts] of Object.entries(w.findings) as [RuleId, Record<string, number>][]) {
        const n = Object.values(counts).reduce((a, b) => a + b, 0);
        const v = (counts.violation ?? 0) > 0;
        anyViolation ||= v;
        const r = rules.get(rule) ?? { findings: 0, violation: false };
        rules.set(rule, { findings: r.findings + n, violation: r.violation || v });
      }
    }
    weekViolation.push(anyViolation);
  }
  return { weeklyOvertime, overtime, merarbeid, outsideAgreed, night, sunday, hours, violation: weekViolation.some(Boolean), weekViolation, rules };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const share = (n: number, of: number): number => (of === 0 ? 0 : roundDecimals(n / of, 3));

function figures(members: readonly Contributor[], weeks: readonly string[]): GroupFigures {
  const n = members.length;
  const all = members.flatMap((c) => c.weeklyOvertime).sort((a, b) => a - b);
  const withViolation = members.filter((c) => c.violation).length;
  const rules: Partial<Record<RuleId, RuleFigures>> = {};
  for (const rule of REPORT_RULES) {
    const hit = members.filter((c) => c.rules.has(rule));
    const v = hit.filter((c) => c.rules.get(rule)?.violation).length;
    rules[rule] = { contributors: hit.length, withViolation: v, shareWithViolation: share(v, n), findings: sum(hit.map((c) => c.rules.get(rule)?.findings ?? 0)) };
  }
  return {
    contributors: n,
    withViolation,
    shareWithViolation: share(withViolation, n),
    overtimeMedian: roundDecimals(quantileSorted(all, 0.5), 2),
    overtimeP90: roundDecimals(quantileSorted(all, 0.9), 2),
    overtimeTotal: sum(members.map((c) => c.overtime)),
    merarbeidTotal: sum(members.map((c) => c.merarbeid)),
    outsideAgreedTotal: sum(members.map((c) => c.outsideAgreed)),
    nightTotal: sum(members.map((c) => c.night)),
    sundayTotal: sum(members.map((c) => c.sunday)),
    hoursTotal: sum(members.map((c) => c.hours)),
    rules,
    weeks: weeks.map((week, i) => {
      const values = members.map((c) => c.weeklyOvertime[i] as number).sort((a, b) => a - b);
      return {
        week,
        overtimeTotal: sum(values),
        overtimeMedian: roundDecimals(quantileSorted(values, 0.5), 2),
        withViolation: members.filter((c) => c.weekViolation[i]).length,
      };
    }),
  };
}

/** A stable key for "not stated" that no label can equal (labels never contain a NUL). */
const NOT_STATED = '\u0000';

/**
 * Aggregates summaries of one period. Summaries of another period must be filtered out by the caller
 * (they are ignored here). Throws a RangeError when k < MIN_K or the period is not a month or quarter.
 */
export function aggregateSummaries(summaries: readonly Summary[], options: AggregateOptions): AggregateReport {
  if (!Number.isInteger(options.k) || options.k < MIN_K) throw new RangeError(`k must be a whole number of at least ${MIN_K}, got ${options.k}`);
  const period = parsePeriod(options.period);
  if (!period) throw new RangeError(`'${options.period}' is not a month (YYYY-MM) or quarter (YYYY-Qn)`);
  const weeks = periodWeeks(period);
  const own = summaries.filter((s) => s.period === options.period);
  const people = own.map((s) => reduce(s, weeks));
  const dims = GROUP_DIMENSIONS.filter((d) => own.some((s) => s.groups[d] !== undefined));

  // Atoms: the non-empty combinations of labels over the dimensions in use.
  const atomOf = own.map((s) => dims.map((d) => s.groups[d] ?? NOT_STATED).join('\u0001'));
  const atomIndex = new Map<string, number>();
  for (const a of atomOf) if (!atomIndex.has(a)) atomIndex.set(a, atomIndex.size);
  const atomCounts = new Array<number>(atomIndex.size).fill(0);
  for (const a of atomOf) atomCounts[atomIndex.get(a) as number]! += 1;

  interface Group extends SuppressionGroup { readonly label: string | null; readonly notStated: boolean; readonly members: number[] }
  const groups: Group[] = [{ id: 'all', dimension: 'all', atoms: [...atomIndex.values()], contributors: own.length, label: null, notStated: false, members: own.map((_, i) => i) }];
  for (const d of dims) {
    const byLabel = new Map<string, number[]>();
    own.forEach((s, i) => {
      const key = s.groups[d] ?? NOT_STATED;
      const list = byLabel.get(key);
      if (list) list.push(i);
      else byLabel.set(key, [i]);
    });
    const labels = [...byLabel.keys()].sort((a, b) => (a === NOT_STATED ? 1 : b === NOT_STATED ? -1 : a.localeCompare(b, 'nb')));
    for (const label of labels) {
      const members = byLabel.get(label) as number[];
      const atoms = [...new Set(members.map((i) => atomIndex.get(atomOf[i] as string) as number))];
      groups.push({ id: `${d}\u0001${label}`, dimension: d, atoms, contributors: members.length, label: label === NOT_STATED ? null : label, notStated: label === NOT_STATED, members });
    }
  }
  const status = suppressCells(groups, atomCounts, options.k);
  const tables: ReportTable[] = (['all', ...dims] as const).map((dimension) => ({
    dimension,
    rows: groups
      .filter((g) => g.dimension === dimension)
      .map((g): ReportRow => {
        const s = status.get(g.id) ?? 'fewer-than-k';
        return {
          label: g.label,
          notStated: g.notStated,
          cell: s === 'published' ? { status: 'published', figures: figures(g.members.map((i) => people[i] as Contributor), weeks) } : { status: s },
        };
      }),
  }));
  const input: ReportInput = {
    files: options.input?.files ?? summaries.length,
    accepted: own.length,
    duplicates: options.input?.duplicates ?? 0,
    rejected: options.input?.rejected ?? 0,
    otherPeriod: options.input?.otherPeriod ?? summaries.length - own.length,
  };
  return { format: REPORT_FORMAT, period: options.period, k: options.k, weeks, rules: REPORT_RULES, input, tables };
}
