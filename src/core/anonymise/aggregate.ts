/**
 * Aggregates many anonymised summaries into the representative's report, per group and per rule, with
 * disclosure control on every figure (./disclosure.ts) and complementary suppression per figure
 * (./suppression.ts, docs/privacy.md).
 *
 * Groups: one table for all contributors, then one table per group dimension that occurs in any summary,
 * with a row per label and a "not stated" row for summaries without that dimension.
 *
 * Linear: each summary is reduced once to a compact Contribution (a Float32Array of its figures); the
 * aggregation adds each contribution to its atom and its groups, and medians come from half-hour
 * histograms, so the cost grows with the number of summaries, not with its square or its sorting.
 *
 * The period total of overtime is the sum of the weekly totals shown in the trend, so it is published only
 * where every weekly total of the group is published: it then adds nothing a reader could not add up, and
 * each week's check (threshold, dominance, complementary) protects the total too (see docs/privacy.md).
 */
import type { RuleId } from '../model';
import { RULES } from '../rules/catalog';
import { isSensitive, primaryStatus, type CellStats, type DisclosureRule, type ZeroCells } from './disclosure';
import { GROUP_DIMENSIONS, roundTo, type GroupDimension, type Summary } from './model';
import { parsePeriod, periodWeeks } from './period';
import { DEFAULT_P, MAX_P, MIN_K, MIN_P, REPORT_FORMAT, type AggregateReport, type Figure, type GroupFigures, type ReportInput, type ReportTable, type RuleFigures, type SuppressionReason, type WeekFigures } from './report-model';
import { secondarySuppression, type CellStatus, type SuppressionGroup } from './suppression';

export interface AggregateOptions {
  readonly period: string;
  readonly k: number;
  /** Dominance percentage, MIN_P–MAX_P; DEFAULT_P when absent. */
  readonly p?: number;
  /** How a figure nobody has a non-zero value in is shown (./disclosure.ts); `publish` when absent. */
  readonly zeros?: ZeroCells;
  /** Counts of the import, copied into the report. `accepted` is the number of contributions. */
  readonly input?: Partial<Omit<ReportInput, 'accepted'>>;
}

/** Rule ids in catalog order: the report lists every rule, so the list itself reveals nothing. */
export const REPORT_RULES: readonly RuleId[] = Object.keys(RULES) as RuleId[];
const RULE_INDEX = new Map(REPORT_RULES.map((r, i) => [r, i]));

const BASE = ['contributors', 'withViolation', 'overtimeTotal', 'merarbeidTotal', 'outsideAgreedTotal', 'nightTotal', 'sundayTotal', 'hoursTotal'] as const;
type Base = (typeof BASE)[number];
const B = Object.fromEntries(BASE.map((b, i) => [b, i])) as Record<Base, number>;
const RULE_PARTS = 3; // contributors, withViolation, findings
const WEEK_PARTS = 2; // overtimeTotal, withViolation

/** Where each figure of a contribution sits, for the weeks of one period. */
interface Layout {
  readonly weeks: readonly string[];
  readonly size: number;
}
const rulePos = (r: number, part: 0 | 1 | 2): number => BASE.length + r * RULE_PARTS + part;
const weekPos = (w: number, part: 0 | 1): number => BASE.length + REPORT_RULES.length * RULE_PARTS + w * WEEK_PARTS + part;

/** A stable key for "not stated" that no label can equal (labels never contain a NUL). */
const NOT_STATED = '\u0000';

const layouts = new Map<string, Layout | null>();
function layoutOf(period: string): Layout | null {
  let l = layouts.get(period);
  if (l === undefined) {
    const p = parsePeriod(period);
    const weeks = p ? periodWeeks(p) : [];
    l = p ? { weeks, size: weekPos(weeks.length, 0) } : null;
    layouts.set(period, l);
  }
  return l;
}

/** One summary reduced to what the report needs. */
export interface Contribution {
  readonly period: string;
  readonly groups: Summary['groups'];
  /** The contribution's labels in every dimension, as one key. */
  readonly atom: string;
  /** Figures in Layout order (see rulePos, weekPos). */
  readonly values: Float32Array;
}

/**
 * The figures of many contributions share large blocks: one small typed array per summary would give each
 * of 100 000 summaries a buffer of its own outside the heap (allocated, zeroed and tracked by the garbage
 * collector one by one); views into a shared zeroed block cost one small object each.
 */
const BLOCK = 64 * 1024;
let block = new Float32Array(0);
let blockUsed = 0;
function zeroedFigures(size: number): Float32Array {
  if (blockUsed + size > block.length) {
    block = new Float32Array(Math.max(BLOCK, size));
    blockUsed = 0;
  }
  const v = block.subarray(blockUsed, blockUsed + size);
  blockUsed += size;
  return v;
}

/** Reduces a summary (already checked by the reader: its weeks are exactly the period's). */
export function contributionOf(s: Summary): Contribution {
  const layout = layoutOf(s.period);
  if (!layout) throw new RangeError(`'${s.period}' is not a month (YYYY-MM) or quarter (YYYY-Qn)`);
  const v = zeroedFigures(layout.size);
  v[B.contributors] = 1;
  const labels = layout.weeks;
  const weeks = s.weeks;
  // The reader's summaries have exactly the period's weeks in order; anything else is matched by label.
  let inOrder = weeks.length === labels.length;
  for (let i = 0; inOrder && i < weeks.length; i++) inOrder = (weeks[i] as Summary['weeks'][number]).week === labels[i];
  const byWeek = inOrder ? null : new Map(weeks.map((w) => [w.week, w]));
  let overtime = 0, merarbeid = 0, outsideAgreed = 0, night = 0, sunday = 0, hours = 0;
  for (let wi = 0; wi < labels.length; wi++) {
    const w = byWeek ? byWeek.get(labels[wi] as string) : weeks[wi];
    if (!w) continue;
    // Half hours up to 168 a week: every partial sum is exact in a Float32Array, so summing here and
    // storing once gives the same figures as adding into the array week by week.
    overtime += w.overtime;
    merarbeid += w.merarbeid;
    outsideAgreed += w.outsideAgreed;
    night += w.night;
    sunday += w.sunday;
    hours += w.hours;
    v[weekPos(wi, 0)] = w.overtime;
    const findings = w.findings as Record<string, Record<string, number>>;
    for (const rule of Object.keys(findings)) {
      const r = RULE_INDEX.get(rule as RuleId);
      if (r === undefined) continue;
      const counts = findings[rule] as Record<string, number>;
      let n = 0;
      for (const c of Object.values(counts)) n += c;
      const violation = (counts.violation ?? 0) > 0;
      if (n > 0) v[rulePos(r, 0)] = 1;
      v[rulePos(r, 2)]! += n;
      if (violation) {
        v[rulePos(r, 1)] = 1;
        v[weekPos(wi, 1)] = 1;
        v[B.withViolation] = 1;
      }
    }
  }
  v[B.overtimeTotal] = overtime;
  v[B.merarbeidTotal] = merarbeid;
  v[B.outsideAgreedTotal] = outsideAgreed;
  v[B.nightTotal] = night;
  v[B.sundayTotal] = sunday;
  v[B.hoursTotal] = hours;
  let atom = '';
  for (let i = 0; i < GROUP_DIMENSIONS.length; i++) atom += (i === 0 ? '' : '\u0001') + (s.groups[GROUP_DIMENSIONS[i] as GroupDimension] ?? NOT_STATED);
  return { period: s.period, groups: s.groups, atom, values: v };
}

/** Sum, non-zero count and largest value per figure, for one atom or group. */
class Tally {
  readonly sum: Float64Array;
  readonly nonzero: Float64Array;
  readonly max: Float64Array;
  constructor(size: number) {
    this.sum = new Float64Array(size);
    this.nonzero = new Float64Array(size);
    this.max = new Float64Array(size);
  }
  add(v: Float32Array): void {
    for (let m = 0; m < v.length; m++) {
      const x = v[m] as number;
      if (x === 0) continue;
      this.sum[m]! += x;
      this.nonzero[m]! += 1;
      if (x > (this.max[m] as number)) this.max[m] = x;
    }
  }
  /** Adds another tally of other people. */
  merge(o: Tally): void {
    for (let m = 0; m < this.sum.length; m++) {
      this.sum[m]! += o.sum[m] as number;
      this.nonzero[m]! += o.nonzero[m] as number;
      if ((o.max[m] as number) > (this.max[m] as number)) this.max[m] = o.max[m] as number;
    }
  }
  get people(): number {
    return this.sum[B.contributors] as number;
  }
  stats(m: number): CellStats {
    return { people: this.people, sum: this.sum[m] as number, nonzero: this.nonzero[m] as number, max: this.max[m] as number };
  }
}

function unionStats(tallies: readonly Tally[], m: number): CellStats {
  let people = 0, sum = 0, nonzero = 0, max = 0;
  for (const t of tallies) {
    people += t.people;
    sum += t.sum[m] as number;
    nonzero += t.nonzero[m] as number;
    max = Math.max(max, t.max[m] as number);
  }
  return { people, sum, nonzero, max };
}

/** Weekly overtime values are half hours from 0 to 168. */
const BINS = 337;
const bin = (hours: number): number => Math.min(BINS - 1, Math.max(0, Math.round(hours * 2)));

/** The q-quantile (type 7, as quantileSorted) of the values counted in `hist`. */
function histQuantile(hist: Uint32Array, offset: number, n: number, q: number): number {
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  let a = NaN, b = NaN, seen = 0;
  for (let i = 0; i < BINS && Number.isNaN(b); i++) {
    seen += hist[offset + i] as number;
    if (Number.isNaN(a) && seen > lo) a = i / 2;
    if (seen > hi) b = i / 2;
  }
  return a + (b - a) * (pos - lo);
}


interface Group extends SuppressionGroup {
  readonly label: string | null;
  readonly notStated: boolean;
  readonly tally: Tally;
  /** (weeks + 1) histograms of weekly overtime: one per week, then all weeks together. */
  readonly hist: Uint32Array;
}

const suppressed = (reason: SuppressionReason): Figure => ({ suppressed: reason });
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Checks k and p; throws a RangeError when one is outside its bounds. */
export function checkDisclosureSettings(k: number, p: number): void {
  if (!Number.isInteger(k) || k < MIN_K) throw new RangeError(`k must be a whole number of at least ${MIN_K}, got ${k}`);
  if (!Number.isFinite(p) || p < MIN_P || p > MAX_P) throw new RangeError(`p must be between ${MIN_P} and ${MAX_P} %, got ${p}`);
}

/**
 * Aggregates the contributions of one period (others are ignored and counted). Throws a RangeError when
 * k or p is out of bounds or the period is not a month or quarter.
 */
export function aggregateContributions(contributions: readonly Contribution[], options: AggregateOptions): AggregateReport {
  const p = options.p ?? DEFAULT_P;
  checkDisclosureSettings(options.k, p);
  const layout = layoutOf(options.period);
  if (!layout) throw new RangeError(`'${options.period}' is not a month (YYYY-MM) or quarter (YYYY-Qn)`);
  const rule: DisclosureRule = { k: options.k, p, zeros: options.zeros ?? 'publish' };
  const W = layout.weeks.length;
  const own = contributions.filter((c) => c.period === options.period);
  const dims = GROUP_DIMENSIONS.filter((d) => own.some((c) => c.groups[d] !== undefined));

  // Atoms (label combinations; a dimension nobody uses is "not stated" for everyone, so it adds no atoms),
  // tallied in one pass; each atom's histograms go straight to its groups.
  const atomIndex = new Map<string, number>();
  const atomLabels: string[][] = [];
  const atomTallies: Tally[] = [];
  const atomGroups: Group[][] = [];
  /** Per atom, the same histograms as its groups', added to them once after the pass. */
  const atomHists: Uint32Array[] = [];
  const groupByKey = new Map<string, Group>();
  const newGroup = (id: string, dimension: string, label: string | null, notStated: boolean): Group => ({
    id, dimension, label, notStated, atoms: [], contributors: 0, tally: new Tally(layout.size), hist: new Uint32Array((W + 1) * BINS),
  });
  const all = newGroup('all', 'all', null, false);
  const groupOf = (d: GroupDimension, label: string): Group => {
    const key = `${d}\u0001${label}`;
    let g = groupByKey.get(key);
    if (!g) {
      g = newGroup(key, d, label === NOT_STATED ? null : label, label === NOT_STATED);
      groupByKey.set(key, g);
    }
    return g;
  };
  for (const c of own) {
    let a = atomIndex.get(c.atom);
    if (a === undefined) {
      a = atomIndex.size;
      atomIndex.set(c.atom, a);
      const labels = dims.map((d) => c.groups[d] ?? NOT_STATED);
      atomLabels.push(labels);
      atomTallies.push(new Tally(layout.size));
      atomGroups.push([all, ...dims.map((d, i) => groupOf(d, labels[i] as string))]);
      atomHists.push(new Uint32Array((W + 1) * BINS));
    }
    atomTallies[a]!.add(c.values);
    const hist = atomHists[a]!;
    for (let w = 0; w < W; w++) {
      const b = bin(c.values[weekPos(w, 0)] as number);
      hist[w * BINS + b]! += 1;
      hist[W * BINS + b]! += 1;
    }
  }
  atomTallies.forEach((t, a) => {
    const hist = atomHists[a]!;
    for (const g of atomGroups[a]!) {
      g.tally.merge(t);
      for (let i = 0; i < hist.length; i++) g.hist[i]! += hist[i] as number;
    }
  });

  // Groups in table order, with their atoms.
  const groups: Group[] = [{ ...all, atoms: [...atomIndex.values()], contributors: all.tally.people }];
  dims.forEach((d, di) => {
    const ofDim = [...groupByKey.values()].filter((g) => g.dimension === d);
    ofDim.sort((a, b) => (a.notStated ? 1 : b.notStated ? -1 : (a.label as string).localeCompare(b.label as string, 'nb')));
    for (const g of ofDim) {
      const value = g.notStated ? NOT_STATED : (g.label as string);
      const atoms = atomLabels.flatMap((labels, i) => (labels[di] === value ? [i] : []));
      groups.push({ ...g, atoms, contributors: g.tally.people });
    }
  });

  // Every figure: primary status per group, then complementary suppression over the groups.
  const statusOf: CellStatus[][] = [];
  for (let m = 0; m < layout.size; m++) {
    statusOf.push(
      secondarySuppression({
        groups,
        width: atomTallies.length,
        primary: groups.map((g) => primaryStatus(g.tally.stats(m), rule)),
        sensitiveAtoms: atomTallies.flatMap((t, i) => (isSensitive(t.stats(m), rule) ? [i] : [])),
        unionSensitive: (members) => isSensitive(unionStats(members.map((i) => (groups[i] as Group).tally), m), rule),
      }),
    );
  }

  const tables: ReportTable[] = (['all', ...dims] as const).map((dimension) => ({
    dimension,
    rows: groups.flatMap((g, gi) => (g.dimension === dimension ? [{ label: g.label, notStated: g.notStated, figures: groupFigures(g, gi) }] : [])),
  }));

  function figure(gi: number, m: number): Figure {
    const s = (statusOf[m] as CellStatus[])[gi] as CellStatus;
    return s === 'published' ? ((groups[gi] as Group).tally.sum[m] as number) : suppressed(s);
  }
  function percent(gi: number, m: number): Figure {
    const part = figure(gi, m);
    const whole = figure(gi, B.contributors);
    if (typeof part !== 'number') return part;
    if (typeof whole !== 'number') return suppressed('complementary'); // the share would give the hidden head count
    return whole === 0 ? 0 : round1((100 * part) / whole);
  }
  function quantile(g: Group, w: number, q: number): Figure {
    const n = g.tally.people * (w === W ? W : 1);
    if (g.tally.people < rule.k || n === 0) return suppressed('fewer-than-k');
    return roundTo(histQuantile(g.hist, w * BINS, n, q), 0.5);
  }
  function groupFigures(g: Group, gi: number): GroupFigures {
    const weeks: WeekFigures[] = layout!.weeks.map((week, w) => ({
      week,
      overtimeTotal: figure(gi, weekPos(w, 0)),
      overtimeMedian: quantile(g, w, 0.5),
      withViolation: figure(gi, weekPos(w, 1)),
    }));
    let overtimeTotal = figure(gi, B.overtimeTotal);
    if (typeof overtimeTotal === 'number' && weeks.some((w) => typeof w.overtimeTotal !== 'number')) overtimeTotal = suppressed('complementary');
    const rules: Partial<Record<RuleId, RuleFigures>> = {};
    REPORT_RULES.forEach((r, ri) => {
      rules[r] = { contributors: figure(gi, rulePos(ri, 0)), contributorsPercent: percent(gi, rulePos(ri, 0)), withViolation: figure(gi, rulePos(ri, 1)), violationPercent: percent(gi, rulePos(ri, 1)), findings: figure(gi, rulePos(ri, 2)) };
    });
    return {
      contributors: figure(gi, B.contributors),
      withViolation: figure(gi, B.withViolation),
      violationPercent: percent(gi, B.withViolation),
      overtimeMedian: W === 0 ? suppressed('fewer-than-k') : quantile(g, W, 0.5),
      overtimeP90: W === 0 ? suppressed('fewer-than-k') : quantile(g, W, 0.9),
      overtimeTotal,
      merarbeidTotal: figure(gi, B.merarbeidTotal),
      outsideAgreedTotal: figure(gi, B.outsideAgreedTotal),
      nightTotal: figure(gi, B.nightTotal),
      sundayTotal: figure(gi, B.sundayTotal),
      hoursTotal: figure(gi, B.hoursTotal),
      rules,
      weeks,
    };
  }

  const i = options.input ?? {};
  const input: ReportInput = {
    files: i.files ?? contributions.length,
    accepted: own.length,
    replaced: i.replaced ?? 0,
    duplicates: i.duplicates ?? 0,
    rejected: i.rejected ?? 0,
    otherPeriod: i.otherPeriod ?? contributions.length - own.length,
    otherInvite: i.otherInvite ?? 0,
    senders: i.senders ?? null,
  };
  return { format: REPORT_FORMAT, period: options.period, k: options.k, p, weeks: layout.weeks, rules: REPORT_RULES, input, tables };
}

/** Aggregates summaries of one period (see aggregateContributions); summaries of another period are ignored and counted. */
export function aggregateSummaries(summaries: readonly Summary[], options: AggregateOptions): AggregateReport {
  if (!parsePeriod(options.period)) throw new RangeError(`'${options.period}' is not a month (YYYY-MM) or quarter (YYYY-Qn)`);
  const own = summaries.filter((s) => s.period === options.period).map(contributionOf);
  return aggregateContributions(own, { ...options, input: { otherPeriod: summaries.length - own.length, files: summaries.length, ...options.input } });
}

