/** Exact linear algebra for the privacy tests, independent of the implementation: rationals with BigInt. */
type Q = [bigint, bigint];

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}
const norm = ([a, b]: Q): Q => {
  if (b < 0n) [a, b] = [-a, -b];
  const g = gcd(a < 0n ? -a : a, b);
  return g === 0n ? [0n, 1n] : [a / g, b / g];
};
const sub = (x: Q, y: Q): Q => norm([x[0] * y[1] - y[0] * x[1], x[1] * y[1]]);
const mul = (x: Q, y: Q): Q => norm([x[0] * y[0], x[1] * y[1]]);
const div = (x: Q, y: Q): Q => norm([x[0] * y[1], x[1] * y[0]]);

/** A basis of the span of some integer vectors; `contains` answers exactly whether a vector is a real linear combination of them. */
export class Span {
  private readonly basis: { pivot: number; row: Q[] }[] = [];

  constructor(vectors: readonly (readonly number[])[]) {
    for (const v of vectors) this.add(v);
  }

  private reduce(row: Q[]): Q[] {
    for (const b of this.basis) {
      const c = row[b.pivot]!;
      if (c[0] === 0n) continue;
      for (let j = 0; j < row.length; j++) row[j] = sub(row[j]!, mul(c, b.row[j]!));
    }
    return row;
  }

  add(v: readonly number[]): void {
    const row = this.reduce(v.map((x): Q => [BigInt(x), 1n]));
    const p = row.findIndex((x) => x[0] !== 0n);
    if (p < 0) return;
    const inv = row[p]!;
    const normed = row.map((x) => div(x, inv));
    for (const b of this.basis) {
      const c = b.row[p]!;
      if (c[0] !== 0n) for (let j = 0; j < normed.length; j++) b.row[j] = sub(b.row[j]!, mul(c, normed[j]!));
    }
    this.basis.push({ pivot: p, row: normed });
  }

  contains(v: readonly number[]): boolean {
    return this.reduce(v.map((x): Q => [BigInt(x), 1n])).every((x) => x[0] === 0n);
  }
}
