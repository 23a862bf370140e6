/**
 * The representative's report (issue 17): disclosure control on every figure (threshold k and dominance p,
 * then complementary suppression per figure across rows, the total, dimensions and — for overtime — weeks),
 * one id per person, and the named attacks of the red-team review.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateSummaries, isPublished, MIN_K, newestPerId, parsePeriod, periodWeeks, type AggregateReport, type Figure, type ReportRow, type Summary } from '../../../src/core/anonymise/index';
import { RULES } from '../../../src/core/index';
import { summary } from './helpers';
import { personArb, toSummary, type Person } from './population';
import { Span } from './span';

const PERIOD = '2026-11';
const WEEKS = periodWeeks(parsePeriod(PERIOD)!);
const agg = (ss: readonly Summary[], k = 6, p = 85) => aggregateSummaries(ss, { period: PERIOD, k, p });
const many = (n: number, opts: Parameters<typeof summary>[0] = {}) => Array.from({ length: n }, () => summary(opts));
const row = (r: AggregateReport, dim: string, label: string | null): ReportRow => r.tables.find((t) => t.dimension === dim)!.rows.find((x) => x.label === label)!;
const hidden = (f: Figure) => (isPublished(f) ? null : f.suppressed);

describe('aggregateSummaries: figures', () => {
  it('computes contributors, share with a violation, median, p90, totals and the weekly trend', () => {
    const ss = [...many(6, { overtime: 0 }), ...many(6, { overtime: 2, violation: 'aml.10-8.daily-rest' })];
    const f = row(agg(ss), 'all', null).figures;
    expect(f.contributors).toBe(12);
    expect(f.withViolation).toBe(6);
    expect(f.violationPercent).toBe(50);
    expect(f.overtimeTotal).toBe(6 * 2 * 4);
    expect(f.overtimeMedian).toBe(1); // 48 weekly values: 24 zeros and 24 twos
    expect(f.overtimeP90).toBe(2);
    expect(f.hoursTotal).toBe(12 * 38 * 4);
    expect(f.nightTotal).toBe(0); // nobody: a zero tells nothing about one person
    expect(f.rules['aml.10-8.daily-rest']).toEqual({ contributors: 6, contributorsPercent: 50, withViolation: 6, violationPercent: 50, findings: 6 });
    expect(f.weeks.map((w) => w.overtimeTotal)).toEqual([12, 12, 12, 12]);
    expect(f.weeks.map((w) => w.withViolation)).toEqual([6, 0, 0, 0]);
  });

  it('rounds medians and percentiles to half hours', () => {
    const ss = [...many(3, { overtime: 0 }), ...many(3, { overtime: 1.5 }), ...many(1, { overtime: 3 })];
    const f = row(agg(ss, 5), 'all', null).figures;
    expect(f.overtimeMedian).toBe(1.5);
    expect((f.overtimeP90 as number) % 0.5).toBe(0);
    for (const w of f.weeks) expect((w.overtimeMedian as number) % 0.5).toBe(0);
  });

  it('lists every rule of the catalog, so the list itself reveals nothing', () => {
    const r = agg(many(6));
    expect(r.rules).toEqual(Object.keys(RULES));
    expect(r.rules).not.toContain('aml.10-5.week-cap');
  });

  it.each([4, 5.5, 0, -1])('refuses k = %d (at least 5, whole numbers only)', (k) => {
    expect(() => agg(many(6), k)).toThrow(RangeError);
  });

  it.each([86, 49, NaN])('refuses p = %d (50 to 85 %)', (p) => {
    expect(() => agg(many(6), 6, p)).toThrow(RangeError);
  });

  it('hides every figure of a group below k, zeros included', () => {
    const r = agg(many(5, { groups: { department: 'IT' } }));
    for (const t of r.tables) for (const x of t.rows) expect(JSON.stringify(x.figures)).not.toMatch(/":\s*\d/);
  });
});

describe('the attacks of the review', () => {
  it('identical figures from different ids are different people (seven 37.5-hour weeks count seven times)', () => {
    const ss = many(7, { groups: { department: 'IT' } });
    const kept = newestPerId(ss, (s) => s);
    expect(kept.unique).toHaveLength(7);
    expect(kept.dropped).toEqual([]);
    expect(row(agg(kept.unique), 'department', 'IT').figures.contributors).toBe(7);
  });

  it('the same id twice keeps the newest by its created week and says which was replaced', () => {
    const id = '11111111-2222-8333-8444-555555555555';
    const old = summary({ id, created: '2026-W48', overtime: 1 });
    const fresh = summary({ id, created: '2026-W50', overtime: 2 });
    const again = summary({ id, created: '2026-W50', overtime: 3 });
    const r = newestPerId([old, fresh, again], (s) => s);
    expect(r.unique).toEqual([fresh]);
    expect(r.dropped).toEqual([{ item: old, of: 0, by: 'replaced' }, { item: again, of: 0, by: 'duplicate' }]);
  });

  it('the night-count disclosure: one night worker in a published group of 6 shows neither the count nor the hours', () => {
    const ss = [...many(5, { groups: { department: 'Legal' } }), summary({ groups: { department: 'Legal' }, night: 9, violation: 'aml.10-11.night' })];
    const legal = row(agg(ss), 'department', 'Legal').figures;
    expect(legal.contributors).toBe(6);
    expect(hidden(legal.nightTotal)).toBe('fewer-than-k');
    expect(hidden(legal.rules['aml.10-11.night']!.contributors)).toBe('fewer-than-k');
    expect(hidden(legal.rules['aml.10-11.night']!.findings)).toBe('fewer-than-k');
    expect(JSON.stringify(legal)).not.toMatch(/:36\b|:9\b/); // 9 h a week
  });

  it('dominance: one person with most of a total hides it even with k contributors', () => {
    const ss = [...many(6, { night: 1 }), summary({ night: 40 })];
    const f = row(agg(ss), 'all', null).figures;
    expect(hidden(f.nightTotal)).toBe('dominance'); // 160 of 184 hours is 87 %
    expect(isPublished(row(agg(ss, 6, 85), 'all', null).figures.contributors)).toBe(true);
  });

  it('"total minus the other groups" cannot reveal a small group', () => {
    const ss = [...many(20, { groups: { department: 'IT' }, overtime: 1 }), ...many(3, { groups: { department: 'Sales' }, overtime: 5 })];
    const r = agg(ss);
    expect(hidden(row(r, 'department', 'Sales').figures.contributors)).toBe('fewer-than-k');
    const total = row(r, 'all', null).figures.contributors;
    const it = row(r, 'department', 'IT').figures.contributors;
    expect(isPublished(total) && isPublished(it)).toBe(false);
    expect(hidden(it)).toBe('complementary');
  });
});

// ---------- property tests ----------

/** One figure of the report, its value per person, and where it sits in a row. */
interface Measure {
  readonly name: string;
  value(p: Person): number;
  figure(r: ReportRow): Figure;
}
const MEASURES: readonly Measure[] = [
  { name: 'contributors', value: () => 1, figure: (r) => r.figures.contributors },
  { name: 'withViolation', value: (p) => (p.rest > 0 ? 1 : 0), figure: (r) => r.figures.withViolation },
  { name: 'nightTotal', value: (p) => p.night, figure: (r) => r.figures.nightTotal },
  { name: 'rule.findings', value: (p) => p.rest, figure: (r) => r.figures.rules['aml.10-8.daily-rest']!.findings },
  ...WEEKS.map((w, i): Measure => ({ name: `week ${w}`, value: (p) => p.overtime[i]!, figure: (r) => r.figures.weeks[i]!.overtimeTotal })),
  { name: 'overtimeTotal', value: (p) => p.overtime.reduce((a, b) => a + b, 0), figure: (r) => r.figures.overtimeTotal },
];

/** The report's rows with their members (computed here, not by the implementation). */
function rowsOf(r: AggregateReport, people: readonly Person[]) {
  const dims = r.tables.map((t) => t.dimension).filter((d): d is 'workplace' | 'department' => d !== 'all');
  const atomOf = (p: Person) => dims.map((d) => p[d as 'workplace' | 'department'] ?? '-').join('|');
  const atoms = [...new Set(people.map(atomOf))];
  const rows = r.tables.flatMap((t) =>
    t.rows.map((x) => {
      const members = people.filter((p) => t.dimension === 'all' || (x.notStated ? p[t.dimension as 'workplace'] === undefined : p[t.dimension as 'workplace'] === x.label));
      const set = new Set(members.map(atomOf));
      return { dimension: t.dimension, row: x, members, vector: atoms.map((a) => (set.has(a) ? 1 : 0)) };
    }),
  );
  return { rows, atoms, atomMembers: atoms.map((a) => people.filter((p) => atomOf(p) === a)) };
}

/** Would this set of people's figure be hidden by the primary rules (threshold k, dominance p, groups below k)? */
function sensitive(members: readonly Person[], m: Measure, k: number, p: number): boolean {
  if (members.length === 0) return false;
  if (members.length < k) return true;
  const values = members.map(m.value).filter((v) => v !== 0);
  if (values.length === 0) return false;
  const sum = values.reduce((a, b) => a + b, 0);
  return values.length < k || Math.max(...values) * 100 > p * sum;
}

function problems(r: AggregateReport, people: readonly Person[], k: number, p: number): string[] {
  const { rows, atoms, atomMembers } = rowsOf(r, people);
  const out: string[] = [];
  for (const m of MEASURES) {
    const published = rows.filter((x) => isPublished(m.figure(x.row)));
    for (const x of published) {
      if (x.members.length < k) out.push(`${m.name}: published ${x.dimension}/${x.row.label} of ${x.members.length} people`);
      const values = x.members.map(m.value).filter((v) => v !== 0);
      const sum = values.reduce((a, b) => a + b, 0);
      if (values.length > 0 && values.length < k) out.push(`${m.name}: published ${x.dimension}/${x.row.label} with ${values.length} non-zero contributors`);
      if (values.length > 0 && Math.max(...values) * 100 > p * sum) out.push(`${m.name}: published ${x.dimension}/${x.row.label} dominated by one person`);
      if (Math.abs((m.figure(x.row) as number) - sum) > 1e-9) out.push(`${m.name}: ${x.dimension}/${x.row.label} is ${String(m.figure(x.row))}, not ${sum}`);
    }
    if (m.name === 'overtimeTotal') continue; // checked with the weeks below
    const span = new Span(published.map((x) => x.vector));
    for (const x of rows) if (x.members.length > 0 && !isPublished(m.figure(x.row)) && span.contains(x.vector)) out.push(`${m.name}: hidden ${x.dimension}/${x.row.label} is a combination of published figures`);
    atoms.forEach((a, i) => {
      if (sensitive(atomMembers[i]!, m, k, p) && span.contains(atoms.map((_, j) => (j === i ? 1 : 0)))) out.push(`${m.name}: atom ${a} is a combination of published figures`);
    });
    // The hidden rest of a dimension (total minus its published groups) is a figure too.
    const total = rows.find((x) => x.dimension === 'all')!;
    if (isPublished(m.figure(total.row))) {
      for (const d of new Set(rows.map((x) => x.dimension))) {
        if (d === 'all') continue;
        const rest = rows.filter((x) => x.dimension === d && !isPublished(m.figure(x.row))).flatMap((x) => x.members);
        if (sensitive(rest, m, k, p)) out.push(`${m.name}: the hidden rest of ${d} is sensitive and equals the total minus the published groups`);
      }
    }
  }
  // Overtime: week cells and the period total of every row in one table over atoms × weeks.
  const W = WEEKS.length;
  const cellVector = (x: (typeof rows)[number], week: number | null) => x.vector.flatMap((v) => Array.from({ length: W }, (_, w) => (v && (week === null || week === w) ? 1 : 0)));
  const weekMeasures = MEASURES.filter((m) => m.name.startsWith('week '));
  const totalMeasure = MEASURES.find((m) => m.name === 'overtimeTotal')!;
  const pub: number[][] = [];
  const hid: { name: string; v: number[] }[] = [];
  for (const x of rows.filter((y) => y.members.length > 0)) {
    weekMeasures.forEach((m, w) => (isPublished(m.figure(x.row)) ? pub : (hid as unknown as number[][])).push(isPublished(m.figure(x.row)) ? cellVector(x, w) : ({ name: `${m.name} ${x.dimension}/${x.row.label}`, v: cellVector(x, w) } as never)));
    if (isPublished(totalMeasure.figure(x.row))) pub.push(cellVector(x, null));
    else hid.push({ name: `overtimeTotal ${x.dimension}/${x.row.label}`, v: cellVector(x, null) });
  }
  const span = new Span(pub);
  for (const h of hid) if (span.contains(h.v)) out.push(`overtime: hidden ${h.name} is a combination of published week and total cells`);
  atoms.forEach((a, i) => {
    weekMeasures.forEach((m, w) => {
      if (sensitive(atomMembers[i]!, m, k, p) && span.contains(atoms.flatMap((_, j) => Array.from({ length: W }, (_, ww) => (j === i && ww === w ? 1 : 0))))) out.push(`overtime: atom ${a} in ${m.name} is a combination`);
    });
    if (sensitive(atomMembers[i]!, totalMeasure, k, p) && span.contains(atoms.flatMap((_, j) => Array.from({ length: W }, () => (j === i ? 1 : 0))))) out.push(`overtime: atom ${a}'s total is a combination`);
  });
  return out;
}

describe('aggregateSummaries: privacy properties', () => {
  it('no published count or total has fewer than k non-zero contributors or one above p %, and no hidden figure (or small label combination) is a linear combination of published ones', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 45 }), fc.integer({ min: MIN_K, max: 7 }), fc.constantFrom(85, 70, 50), (people, k, p) => {
        const r = agg(people.map(toSummary), k, p);
        expect(problems(r, people, k, p)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('medians and percentiles appear only for groups of at least k people, in half hours', () => {
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 40 }), (people) => {
        const r = agg(people.map(toSummary));
        for (const x of rowsOf(r, people).rows) {
          const figures = [x.row.figures.overtimeMedian, x.row.figures.overtimeP90, ...x.row.figures.weeks.map((w) => w.overtimeMedian)];
          for (const f of figures) {
            if (x.members.length < 6) expect(isPublished(f)).toBe(false);
            else expect(((f as number) * 2) % 1).toBe(0);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('the implementation is checked by these properties: without complementary suppression they find a leak', () => {
    // Three in C next to 20 in A: A and the total published would give C. The property checker must see it.
    const people: Person[] = [
      ...Array.from({ length: 20 }, (): Person => ({ workplace: undefined, department: 'A', overtime: [1, 1, 1, 1], night: 0, rest: 0 })),
      ...Array.from({ length: 3 }, (): Person => ({ workplace: undefined, department: 'C', overtime: [1, 1, 1, 1], night: 0, rest: 0 })),
    ];
    const r = agg(people.map(toSummary));
    const leaky: AggregateReport = JSON.parse(JSON.stringify(r), (key, v) => (v && typeof v === 'object' && v.suppressed === 'complementary' ? 999 : v));
    expect(problems(r, people, 6, 85)).toEqual([]);
    expect(problems(leaky, people, 6, 85).length).toBeGreaterThan(0);
  });
});

