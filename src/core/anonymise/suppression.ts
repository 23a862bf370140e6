/**
 * Primary and complementary cell suppression for the representative's report (docs/privacy.md).
 *
 * Every published figure of a group is a sum (or an order statistic) over the group's contributors. The
 * groups of one dimension partition the contributors, and the total is the sum of every dimension's groups,
 * so an attacker can add and subtract published figures ("total minus the other groups"). We model each
 * group as its indicator vector over the *atoms* (the non-empty combinations of labels, which a careful
 * attacker may know) and keep suppressing until:
 *
 * 1. every group with fewer than k contributors is suppressed (primary, "fewer than k");
 * 2. no suppressed group and no atom with fewer than k contributors lies in the linear span of the
 *    published groups, i.e. no linear combination of published figures yields it (complementary);
 * 3. while the total is published, the suppressed groups of each dimension together hold 0 or ≥ k
 *    contributors, since their combined figure is the total minus the published groups.
 *
 * Span membership is decided exactly by Gaussian elimination modulo a prime; a rational combination
 * always survives reduction modulo p, so the test can only err towards suppressing more.
 */

export interface SuppressionGroup {
  readonly id: string;
  /** The dimension the group belongs to; `all` for the total. */
  readonly dimension: string;
  /** Indices of the atoms the group is the union of. */
  readonly atoms: readonly number[];
  readonly contributors: number;
}

export type CellStatus = 'published' | 'fewer-than-k' | 'complementary';

const P = 67_108_859; // prime below 2^26: products stay below 2^53

const mod = (a: number): number => ((a % P) + P) % P;

function inverse(a: number): number {
  // Fermat: a^(P-2) mod P, with exact multiplication by splitting into 13-bit halves.
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

function mulmod(a: number, b: number): number {
  return (a * b) % P; // a, b < 2^26 ⇒ a·b < 2^52, exact in a double
}

/** A row-echelon basis modulo P of the span of 0/1 vectors. */
class SpanBasis {
  private readonly rows: { pivot: number; values: number[] }[] = [];

  constructor(private readonly width: number) {}

  private reduce(v: readonly number[]): number[] {
    const r = [...v];
    for (const row of this.rows) {
      const c = r[row.pivot] as number;
      if (c === 0) continue;
      for (let j = 0; j < this.width; j++) {
        const x = row.values[j] as number;
        if (x !== 0) r[j] = mod((r[j] as number) - mulmod(c, x));
      }
    }
    return r;
  }

  add(v: readonly number[]): void {
    const r = this.reduce(v);
    const pivot = r.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const inv = inverse(r[pivot] as number);
    const values = r.map((x) => mulmod(x, inv));
    // Keep the basis fully reduced so that reduce() works in one pass.
    for (const row of this.rows) {
      const c = row.values[pivot] as number;
      if (c === 0) continue;
      for (let j = 0; j < this.width; j++) row.values[j] = mod((row.values[j] as number) - mulmod(c, values[j] as number));
    }
    this.rows.push({ pivot, values });
  }

  contains(v: readonly number[]): boolean {
    return this.reduce(v).every((x) => x === 0);
  }
}

function indicator(atoms: readonly number[], width: number): number[] {
  const v = new Array<number>(width).fill(0);
  for (const a of atoms) v[a] = 1;
  return v;
}

/**
 * Decides which groups are published. `atomCounts[i]` is the number of contributors in atom i.
 * Returns a status per group id.
 */
export function suppressCells(groups: readonly SuppressionGroup[], atomCounts: readonly number[], k: number): Map<string, CellStatus> {
  const width = atomCounts.length;
  const status = new Map<string, CellStatus>(groups.map((g) => [g.id, g.contributors < k ? 'fewer-than-k' : 'published']));
  const vectors = new Map(groups.map((g) => [g.id, indicator(g.atoms, width)]));
  const smallAtoms = atomCounts.flatMap((n, i) => (n > 0 && n < k ? [i] : []));
  const byCount = [...groups].sort((a, b) => a.contributors - b.contributors || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const pick = (prefer: (g: SuppressionGroup) => boolean): SuppressionGroup | undefined =>
    byCount.find((g) => status.get(g.id) === 'published' && g.dimension !== 'all' && prefer(g)) ??
    byCount.find((g) => status.get(g.id) === 'published' && g.dimension !== 'all') ??
    byCount.find((g) => status.get(g.id) === 'published');

  for (;;) {
    const basis = new SpanBasis(width);
    for (const g of groups) if (status.get(g.id) === 'published') basis.add(vectors.get(g.id) as number[]);
    let next: SuppressionGroup | undefined;
    const leakingGroup = groups.find((g) => status.get(g.id) !== 'published' && basis.contains(vectors.get(g.id) as number[]));
    if (leakingGroup) {
      next = pick((g) => g.dimension === leakingGroup.dimension);
    }
    if (!next) {
      const atom = smallAtoms.find((a) => basis.contains(indicator([a], width)));
      if (atom !== undefined) next = pick((g) => g.atoms.includes(atom));
    }
    if (!next) {
      const total = groups.find((g) => g.dimension === 'all');
      if (total && status.get(total.id) === 'published') {
        const sums = new Map<string, number>();
        for (const g of groups) if (g.dimension !== 'all' && status.get(g.id) !== 'published') sums.set(g.dimension, (sums.get(g.dimension) ?? 0) + g.contributors);
        const dim = [...sums].find(([, n]) => n > 0 && n < k);
        if (dim) next = pick((g) => g.dimension === dim[0]);
      }
    }
    if (!next) return status;
    status.set(next.id, 'complementary');
  }
}
