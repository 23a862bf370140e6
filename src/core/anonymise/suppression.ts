/**
 * Complementary (secondary) cell suppression for the representative's report (docs/privacy.md), run once
 * per figure (a measure such as "night hours" or "contributors with a finding of § 10-8") over the groups.
 *
 * Every published figure of a group is a sum over the group's contributors. The groups of one dimension
 * partition the contributors, and the total is the sum of every dimension's groups, so an attacker can add
 * and subtract published figures ("total minus the other groups"). We model each group as its indicator
 * vector over the *atoms* (the non-empty combinations of labels, which a careful attacker may know) and,
 * starting from the primary statuses (./disclosure.ts), keep suppressing until:
 *
 * 1. no suppressed group and no sensitive atom lies in the linear span of the published groups, i.e. no
 *    linear combination of published figures yields it;
 * 2. while the total is published, the suppressed groups of each dimension together form a figure that is
 *    not sensitive itself, since it is the total minus the published groups.
 *
 * Span membership is decided exactly by Gaussian elimination modulo a prime; a rational combination
 * always survives reduction modulo p, so the test can only err towards suppressing more.
 */
import type { SuppressionReason } from './report-model';

export interface SuppressionGroup {
  readonly id: string;
  /** The dimension the group belongs to; `all` for the total. */
  readonly dimension: string;
  /** Indices of the atoms the group is the union of. */
  readonly atoms: readonly number[];
  /** People in the group (orders the choice of complementary cells: smallest first). */
  readonly contributors: number;
}

export type CellStatus = 'published' | SuppressionReason;

export interface SuppressionProblem {
  readonly groups: readonly SuppressionGroup[];
  /** Number of atoms. */
  readonly width: number;
  /** Primary status per group (same order as `groups`). */
  readonly primary: readonly CellStatus[];
  /** Atoms whose own figure is sensitive: no combination of published figures may yield them. */
  readonly sensitiveAtoms: readonly number[];
  /** Whether the figure of the union of these groups (indices into `groups`, one dimension) is sensitive. */
  unionSensitive(groups: readonly number[]): boolean;
}

const P = 67_108_859; // prime below 2^26: products stay below 2^53

const mod = (a: number): number => ((a % P) + P) % P;
const mulmod = (a: number, b: number): number => (a * b) % P; // a, b < 2^26 ⇒ a·b < 2^52, exact in a double

function inverse(a: number): number {
  // Fermat: a^(P-2) mod P.
  let result = 1;
  let base = mod(a);
  let e = P - 2;
  while (e > 0) {
    if (e & 1) result = mulmod(result, base);
    base = mulmod(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}

/** A fully reduced row-echelon basis modulo P of the span of some vectors. */
class SpanBasis {
  private readonly rows: { pivot: number; values: Float64Array }[] = [];
  private readonly pivotRow = new Map<number, Float64Array>();

  constructor(private readonly width: number) {}

  private reduce(v: ArrayLike<number>): Float64Array {
    const r = Float64Array.from(v);
    for (const row of this.rows) {
      const c = r[row.pivot] as number;
      if (c === 0) continue;
      const values = row.values;
      for (let j = 0; j < this.width; j++) {
        const x = values[j] as number;
        if (x !== 0) r[j] = mod((r[j] as number) - mulmod(c, x));
      }
    }
    return r;
  }

  add(v: ArrayLike<number>): void {
    const r = this.reduce(v);
    const pivot = r.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const inv = inverse(r[pivot] as number);
    const values = r.map((x) => mulmod(x, inv));
    for (const row of this.rows) {
      const c = row.values[pivot] as number;
      if (c === 0) continue;
      for (let j = 0; j < this.width; j++) row.values[j] = mod((row.values[j] as number) - mulmod(c, values[j] as number));
    }
    this.rows.push({ pivot, values });
    this.pivotRow.set(pivot, values);
  }

  contains(v: ArrayLike<number>): boolean {
    return this.reduce(v).every((x) => x === 0);
  }

  /** e_a is in a fully reduced span exactly when the row with pivot a is e_a itself. */
  containsUnit(a: number): boolean {
    const row = this.pivotRow.get(a);
    if (!row) return false;
    for (let j = 0; j < this.width; j++) if (j !== a && row[j] !== 0) return false;
    return true;
  }
}

function indicator(atoms: readonly number[], width: number): Float64Array {
  const v = new Float64Array(width);
  for (const a of atoms) v[a] = 1;
  return v;
}

/** Statuses per group after complementary suppression (same order as `problem.groups`). */
export function secondarySuppression(problem: SuppressionProblem): CellStatus[] {
  const { groups, width } = problem;
  const status = [...problem.primary];
  const vectors = groups.map((g) => indicator(g.atoms, width));
  const byCount = groups.map((_, i) => i).sort((a, b) => {
    const ga = groups[a] as SuppressionGroup, gb = groups[b] as SuppressionGroup;
    return ga.contributors - gb.contributors || (ga.id < gb.id ? -1 : ga.id > gb.id ? 1 : 0);
  });
  const published = (i: number) => status[i] === 'published';
  const pick = (prefer: (g: SuppressionGroup) => boolean): number | undefined =>
    byCount.find((i) => published(i) && groups[i]!.dimension !== 'all' && prefer(groups[i]!)) ??
    byCount.find((i) => published(i) && groups[i]!.dimension !== 'all') ??
    byCount.find((i) => published(i));
  const totalIndex = groups.findIndex((g) => g.dimension === 'all');

  for (;;) {
    if (!status.some((s) => s !== 'published') && problem.sensitiveAtoms.length === 0) return status;
    const basis = new SpanBasis(width);
    groups.forEach((_, i) => published(i) && basis.add(vectors[i] as Float64Array));
    let next: number | undefined;
    const leaking = groups.findIndex((_, i) => !published(i) && basis.contains(vectors[i] as Float64Array));
    if (leaking >= 0) next = pick((g) => g.dimension === groups[leaking]!.dimension);
    if (next === undefined) {
      const atom = problem.sensitiveAtoms.find((a) => basis.containsUnit(a));
      if (atom !== undefined) next = pick((g) => g.atoms.includes(atom));
    }
    if (next === undefined && totalIndex >= 0 && published(totalIndex)) {
      const hidden = new Map<string, number[]>();
      groups.forEach((g, i) => {
        if (g.dimension !== 'all' && !published(i)) hidden.set(g.dimension, [...(hidden.get(g.dimension) ?? []), i]);
      });
      const dim = [...hidden].find(([, members]) => problem.unionSensitive(members));
      if (dim) next = pick((g) => g.dimension === dim[0]);
    }
    if (next === undefined) return status;
    status[next] = 'complementary';
  }
}

/**
 * The row suppression of a table of head counts: groups below k are primary, atoms below k are sensitive,
 * and the hidden groups of a dimension together must hold 0 or at least k people. Returns a status per id.
 */
export function suppressCells(groups: readonly SuppressionGroup[], atomCounts: readonly number[], k: number): Map<string, CellStatus> {
  const statuses = secondarySuppression({
    groups,
    width: atomCounts.length,
    primary: groups.map((g) => (g.contributors < k ? 'fewer-than-k' : 'published')),
    sensitiveAtoms: atomCounts.flatMap((n, i) => (n > 0 && n < k ? [i] : [])),
    unionSensitive: (members) => {
      const n = members.reduce((a, i) => a + (groups[i] as SuppressionGroup).contributors, 0);
      return n > 0 && n < k;
    },
  });
  return new Map(groups.map((g, i) => [g.id, statuses[i] as CellStatus]));
}
