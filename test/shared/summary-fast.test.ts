/**
 * The summary reader's fast path never accepts what the zod schemas refuse, gives the same summary, and takes
 * every file Fyrabend writes (issue 21). Where it says no, the reader asks zod, so a stricter fast path (zod
 * takes 7.000000000000001 as a whole number) only costs time.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fastSummary } from '../../src/shared/formats/summary-fast';
import { formatSummaryFile, summaryFileSchema, summaryFileSchemaV1 } from '../../src/shared/formats/summary';
import { personArb, toSummary } from '../core/anonymise/population';

type Json = Record<string, unknown>;
const schemaOf = (v: unknown) => ((v as { format?: unknown } | null)?.format === 'fyrabend.summary/1' ? summaryFileSchemaV1 : summaryFileSchema);

/** Damage to a valid file: each one either keeps it valid or breaks one rule of the schema. */
const damage = fc.oneof(
  fc.constant((d: Json) => void (d.format = 'fyrabend.summary/1')),
  fc.constant((d: Json) => void ((d.format = 'fyrabend.summary/1'), delete d.created)),
  fc.constant((d: Json) => void delete d.created),
  fc.constant((d: Json) => void (d.created = '2025-W53')),
  fc.constant((d: Json) => void (d.created = '2026-W53')),
  fc.constant((d: Json) => void (d.invite = '12345678-1234-4234-8234-123456789abc')),
  fc.constant((d: Json) => void (d.invite = 'not-a-uuid')),
  fc.constant((d: Json) => void (d.id = d.id + 'x')),
  fc.constant((d: Json) => void (d.id = '00000000-0000-0000-0000-000000000000')),
  fc.constant((d: Json) => void (d.period = '2026-13')),
  fc.constant((d: Json) => void (d.period = '2026-Q4')),
  fc.constant((d: Json) => void (d.name = 'Kari')),
  fc.constant((d: Json) => void (d.groups = { department: 'IT', team: 'x' })),
  fc.constant((d: Json) => void (d.groups = { department: ' IT' })),
  fc.constant((d: Json) => void (d.groups = { department: null })),
  fc.constant((d: Json) => void (d.groups = [])),
  fc.constant((d: Json) => void (d.weeks = (d.weeks as unknown[]).slice(1))),
  fc.constant((d: Json) => void (d.weeks = [...(d.weeks as unknown[])].reverse())),
  fc.tuple(fc.nat(4), fc.constantFrom('hours', 'overtime', 'merarbeid', 'night', 'sunday', 'outsideAgreed'), fc.constantFrom(0, 0.5, 1, 1.25, -0.5, 168, 168.5, '1', null, 1e-7, 7.000000000000001)).map(
    ([i, k, x]) => (d: Json) => void ((d.weeks as Json[])[i % (d.weeks as Json[]).length]![k] = x),
  ),
  fc.tuple(fc.nat(4), fc.constantFrom('aml.10-11.night', 'aml.10-5.week-cap', 'nope'), fc.constantFrom('violation', 'info', 'fatal'), fc.constantFrom(1, 0, 2.5, 10_000, 10_001, '1')).map(
    ([i, rule, sev, n]) => (d: Json) => void ((d.weeks as Json[])[i % (d.weeks as Json[]).length]!.findings = { [rule]: { [sev]: n } }),
  ),
  fc.nat(4).map((i) => (d: Json) => void delete (d.weeks as Json[])[i % (d.weeks as Json[]).length]!.night),
  fc.nat(4).map((i) => (d: Json) => void ((d.weeks as Json[])[i % (d.weeks as Json[]).length]!.extra = 1)),
  fc.nat(4).map((i) => (d: Json) => void ((d.weeks as Json[])[i % (d.weeks as Json[]).length]!.findings = [])),
);

describe('fastSummary', () => {
  it('accepts only what the schema accepts, with the same result, and every undamaged file', () => {
    fc.assert(
      fc.property(personArb, fc.array(damage, { maxLength: 3 }), (p, harms) => {
        const doc = JSON.parse(formatSummaryFile(toSummary(p))) as Json;
        for (const h of harms) h(doc);
        const fast = fastSummary(doc);
        const slow = schemaOf(doc).safeParse(doc);
        if (fast) {
          expect(slow.success).toBe(true);
          if (slow.success) expect(fast).toEqual(slow.data);
        }
        if (harms.length === 0) expect(fast).not.toBeNull();
        const known = [7.000000000000001, 1e-7].some((x) => JSON.stringify(doc).includes(String(x)));
        if (!known) expect(fast !== null).toBe(slow.success);
      }),
      { numRuns: 600 },
    );
  });
});
