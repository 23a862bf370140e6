import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateSummaries, dedupeSummaries, GROUP_DIMENSIONS, MIN_K, type AggregateReport, type GroupDimension, type Summary } from '../../../src/core/anonymise/index';
import { summary } from './helpers';
import { RULES } from '../../../src/core/index';

const agg = (ss: readonly Summary[], k = 6) => aggregateSummaries(ss, { period: '2026-11', k });
const many = (n: number, opts: Parameters<typeof summary>[0] = {}) => Array.from({ length: n }, () => summary(opts));
const row = (r: AggregateReport, dim: string, label: string | null) => r.tables.find((t) => t.dimension === dim)!.rows.find((x) => x.label === label)!;

describe('aggregateSummaries: figures', () => {
  it('computes contributors, share with a violation, median, p90, total and the weekly trend', () => {
    const ss = [...many(3, { overtime: 0 }), ...many(2, { overtime: 2, violation: 'aml.10-8.daily-rest' }), summary({ overtime: 10, violation: 'aml.10-6.overtime-week-limit' })];
    const r = agg(ss);
    const all = row(r, 'all', null).cell;
    expect(all.status).toBe('published');
    if (all.status !== 'published') return;
    const f = all.figures;
    expect(f.contributors).toBe(6);
    expect(f.withViolation).toBe(3);
    expect(f.shareWithViolation).toBe(0.5);
    expect(f.overtimeTotal).toBe((2 * 2 + 10) * 4);
    expect(f.overtimeMedian).toBe(1); // 24 values: 12 zeros, 8 twos, 4 tens → median between 0 and 2
    expect(f.overtimeP90).toBe(10);
    expect(f.rules['aml.10-8.daily-rest']).toEqual({ contributors: 2, withViolation: 2, shareWithViolation: 0.333, findings: 2 });
    expect(f.weeks.map((w) => w.overtimeTotal)).toEqual([14, 14, 14, 14]);
    expect(f.weeks.map((w) => w.withViolation)).toEqual([3, 0, 0, 0]);
    expect(r.weeks).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
  });

  it('lists every rule of the catalog, so the list itself reveals nothing', () => {
    expect(agg(many(6)).rules.length).toBe(Object.keys(RULES).length);
    expect(agg(many(6)).rules).toEqual(expect.arrayContaining(['aml.10-6.total-week', 'aml.10-9.overtime-break']));
    expect(agg(many(6)).rules).not.toContain('aml.10-5.week-cap');
  });

  it.each([4, 5.5, 0, -1])('refuses k = %d (at least 5, whole numbers only)', (k) => {
    expect(() => agg(many(6), k)).toThrow(RangeError);
  });

  it('suppresses everything, never shows 0, when there are fewer than k contributors', () => {
    const r = agg(many(5, { groups: { department: 'IT' } }));
    for (const t of r.tables) for (const x of t.rows) expect(x.cell.status).toBe('fewer-than-k');
    expect(JSON.stringify(r)).not.toMatch(/"figures"/);
  });

  it('ignores summaries of another period and counts them', () => {
    const r = agg([...many(6), summary({ period: '2026-10' })]);
    expect(r.input).toMatchObject({ accepted: 6, otherPeriod: 1 });
  });
});

describe('aggregateSummaries: the differencing attack', () => {
  it('"total minus the other groups" cannot reveal a small group', () => {
    const ss = [...many(20, { groups: { department: 'IT' }, overtime: 1 }), ...many(3, { groups: { department: 'Sales' }, overtime: 5 })];
    const r = agg(ss);
    expect(row(r, 'department', 'Sales').cell.status).toBe('fewer-than-k');
    // Publishing both the total and IT would give Sales = total − IT. One of them must go.
    const total = row(r, 'all', null).cell;
    const it = row(r, 'department', 'IT').cell;
    expect(total.status === 'published' && it.status === 'published').toBe(false);
    expect(it.status).toBe('complementary');
  });

  it('suppressed groups of a dimension together hold at least k contributors', () => {
    const ss = [...many(10, { groups: { department: 'A' } }), ...many(10, { groups: { department: 'B' } }), ...many(2, { groups: { department: 'C' } }), ...many(1, { groups: { department: 'D' } })];
    const r = agg(ss);
    const suppressed = r.tables.find((t) => t.dimension === 'department')!.rows.filter((x) => x.cell.status !== 'published');
    expect(suppressed.map((x) => x.label).sort()).toEqual(['A', 'C', 'D']);
  });

  it('a nested dimension cannot be subtracted from another (department inside a workplace)', () => {
    // Workplace Bergen = departments X + Y; Y is small. Bergen − X would give Y.
    const ss = [
      ...many(12, { groups: { workplace: 'Oslo', department: 'Z' } }),
      ...many(10, { groups: { workplace: 'Bergen', department: 'X' } }),
      ...many(2, { groups: { workplace: 'Bergen', department: 'Y' } }),
    ];
    expect(suppressedAreSafe(agg(ss), ss, 6)).toEqual([]);
  });
});

// ---------- property tests ----------

const LABELS: Record<GroupDimension, string[]> = { workplace: ['Oslo', 'Bergen'], department: ['A', 'B', 'C'], jobCategory: ['Nurse', 'Doctor'] };

const contributorArb = fc.record({
  workplace: fc.option(fc.constantFrom(...LABELS.workplace), { nil: undefined }),
  department: fc.option(fc.constantFrom(...LABELS.department), { nil: undefined }),
  jobCategory: fc.option(fc.constantFrom(...LABELS.jobCategory), { nil: undefined }),
  overtime: fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
  violation: fc.boolean(),
});
type C = typeof contributorArb extends fc.Arbitrary<infer T> ? T : never;

function toSummary(c: C): Summary {
  const groups: Partial<Record<GroupDimension, string>> = {};
  for (const d of GROUP_DIMENSIONS) if (c[d] !== undefined) groups[d] = c[d];
  return summary({ groups, overtime: c.overtime, ...(c.violation ? { violation: 'aml.10-8.daily-rest' as const } : {}) });
}

/** The atom (combination of labels) of a summary over the dimensions in use. */
function atomKey(s: Summary, dims: readonly GroupDimension[]): string {
  return dims.map((d) => s.groups[d] ?? '-').join('|');
}

/** Vectors over atoms for each row, computed here independently of the implementation. */
function rowVectors(r: AggregateReport, ss: readonly Summary[]) {
  const dims = r.tables.map((t) => t.dimension).filter((d): d is GroupDimension => d !== 'all');
  const atoms = [...new Set(ss.map((s) => atomKey(s, dims)))];
  const rows = r.tables.flatMap((t) =>
    t.rows.map((x) => {
      const members = ss.filter((s) => t.dimension === 'all' || (x.notStated ? s.groups[t.dimension] === undefined : s.groups[t.dimension] === x.label));
      const set = new Set(members.map((s) => atomKey(s, dims)));
      return { dimension: t.dimension, label: x.label, status: x.cell.status, n: members.length, vector: atoms.map((a) => (set.has(a) ? 1 : 0)) };
    }),
  );
  const atomCounts = atoms.map((a) => ss.filter((s) => atomKey(s, dims) === a).length);
  return { rows, atoms, atomCounts };
}

/** Is v a real linear combination of the rows of m? Exact: fractions with BigInt. */
function inSpan(m: readonly number[][], v: readonly number[]): boolean {
  type Q = [bigint, bigint];
  const norm = ([a, b]: Q): Q => {
    if (b < 0n) [a, b] = [-a, -b];
    const g = gcd(a < 0n ? -a : a, b);
    return g === 0n ? [0n, 1n] : [a / g, b / g];
  };
  const sub = (x: Q, y: Q): Q => norm([x[0] * y[1] - y[0] * x[1], x[1] * y[1]]);
  const mul = (x: Q, y: Q): Q => norm([x[0] * y[0], x[1] * y[1]]);
  const div = (x: Q, y: Q): Q => norm([x[0] * y[1], x[1] * y[0]]);
  const basis: { pivot: number; row: Q[] }[] = [];
  const reduce = (row: Q[]) => {
    for (const b of basis) {
      const c = row[b.pivot]!;
      if (c[0] === 0n) continue;
      for (let j = 0; j < row.length; j++) row[j] = sub(row[j]!, mul(c, b.row[j]!));
    }
    return row;
  };
  for (const r of m) {
    const row = reduce(r.map((x): Q => [BigInt(x), 1n]));
    const p = row.findIndex((x) => x[0] !== 0n);
    if (p < 0) continue;
    const inv = row[p]!;
    const normed = row.map((x) => div(x, inv));
    for (const b of basis) {
      const c = b.row[p]!;
      if (c[0] !== 0n) for (let j = 0; j < normed.length; j++) b.row[j] = sub(b.row[j]!, mul(c, normed[j]!));
    }
    basis.push({ pivot: p, row: normed });
  }
  return reduce(v.map((x): Q => [BigInt(x), 1n])).every((x) => x[0] === 0n);
}
function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Every problem found: a published row below k, or a suppressed row / small atom recoverable from published rows. */
function suppressedAreSafe(r: AggregateReport, ss: readonly Summary[], k: number): string[] {
  const { rows, atomCounts } = rowVectors(r, ss);
  const published = rows.filter((x) => x.status === 'published');
  const problems: string[] = [];
  for (const x of published) if (x.n < k) problems.push(`published ${x.dimension}/${x.label} with ${x.n} < k`);
  for (const x of rows) if (x.status !== 'published' && x.n > 0 && inSpan(published.map((p) => p.vector), x.vector)) problems.push(`suppressed ${x.dimension}/${x.label} is a combination of published rows`);
  atomCounts.forEach((n, i) => {
    if (n > 0 && n < k && inSpan(published.map((p) => p.vector), atomCounts.map((_, j) => (j === i ? 1 : 0)))) problems.push(`atom ${i} (${n} people) is a combination of published rows`);
  });
  return problems;
}

describe('aggregateSummaries: privacy properties', () => {
  it('every published cell has ≥ k contributors and no suppressed cell is a linear combination of published ones', () => {
    fc.assert(
      fc.property(fc.array(contributorArb, { maxLength: 60 }), fc.integer({ min: MIN_K, max: 8 }), (cs, k) => {
        const ss = cs.map(toSummary);
        const r = agg(ss, k);
        expect(suppressedAreSafe(r, ss, k)).toEqual([]);
        for (const t of r.tables) for (const x of t.rows) if (x.cell.status === 'published') expect(x.cell.figures.contributors).toBeGreaterThanOrEqual(k);
      }),
      { numRuns: 150 },
    );
  });

  it('along rows and columns: total minus the published groups of a dimension never isolates fewer than k people', () => {
    fc.assert(
      fc.property(fc.array(contributorArb, { maxLength: 60 }), (cs) => {
        const ss = cs.map(toSummary);
        const r = agg(ss);
        const total = r.tables[0]!.rows[0]!.cell;
        if (total.status !== 'published') return;
        for (const t of r.tables.slice(1)) {
          const pub = t.rows.flatMap((x) => (x.cell.status === 'published' ? [x.cell.figures] : []));
          const remainder = total.figures.contributors - pub.reduce((a, f) => a + f.contributors, 0);
          expect(remainder === 0 || remainder >= 6).toBe(true);
          const hidden = t.rows.filter((x) => x.cell.status !== 'published');
          expect(hidden.length === 0 || hidden.length >= 2 || remainder >= 6).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adding or removing one contributor never changes a published cell of a group below k', () => {
    fc.assert(
      fc.property(fc.array(contributorArb, { maxLength: 40 }), contributorArb, fc.boolean(), (cs, extra, add) => {
        const ss = cs.map(toSummary);
        const before = agg(ss);
        const target = add ? toSummary(extra) : ss[0];
        if (!target) return;
        const after = agg(add ? [...ss, target] : ss.slice(1));
        for (const d of GROUP_DIMENSIONS) {
          const label = target.groups[d];
          const n = ss.filter((s) => s.groups[d] === label).length;
          const nAfter = n + (add ? 1 : -1);
          if (n >= 6 || nAfter >= 6) continue;
          for (const rep of [before, after]) {
            const t = rep.tables.find((x) => x.dimension === d);
            const x = t?.rows.find((y) => (label === undefined ? y.notStated : y.label === label));
            if (x) expect(x.cell.status).not.toBe('published');
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('duplicates count once: same id or same content', () => {
    const a = summary({ overtime: 2 });
    const b = { ...a, id: '99999999-9999-4999-8999-999999999999' };
    const c = summary({ overtime: 3 });
    const d = dedupeSummaries([a, a, b, c], (s) => s, 'id-or-content');
    expect(d.unique).toEqual([a, c]);
    expect(d.duplicates.map((x) => x.by)).toEqual(['id', 'content']);
    expect(dedupeSummaries([a, a, b, c], (s) => s, 'id').unique).toEqual([a, b, c]);
  });
});
