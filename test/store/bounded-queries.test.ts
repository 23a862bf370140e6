/**
 * Issue 21: the interval queries of the session repo read only [from − longest session, to) of the
 * start index. On random logs (adds, edits that lengthen or shorten, deletes, imports, a tracked
 * session closed, and rows written by a second connection that knows nothing of the bound, as the CLI
 * or an older Fyrabend would) the bounded queries return exactly the rows of a full scan.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionInput } from '../../src/app/ports/session-repo';
import { openStore } from '../../src/store/index';
import { tempDir } from './helpers';

const MIN = 60_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

const session = (start: number, end: number): SessionInput => ({ start, end, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false });

/** Minutes to weeks: most sessions short, some very long, so the bound matters. */
const arbLength = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 600 }) }, { weight: 1, arbitrary: fc.integer({ min: 600, max: 60 * 24 * 40 }) }).map((m) => m * MIN);
const arbStart = fc.integer({ min: 0, max: 60 * 24 * 400 }).map((m) => T0 + m * MIN);

type Op =
  | { op: 'add'; start: number; length: number }
  | { op: 'edit'; pick: number; start: number; length: number }
  | { op: 'delete'; pick: number }
  | { op: 'import'; starts: number[]; length: number }
  | { op: 'track'; start: number; length: number }
  | { op: 'foreign'; start: number; length: number }
  | { op: 'availability'; start: number; length: number }
  | { op: 'query'; from: number; span: number };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('add' as const), start: arbStart, length: arbLength }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), start: arbStart, length: arbLength }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('import' as const), starts: fc.array(arbStart, { maxLength: 5 }), length: arbLength }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('track' as const), start: arbStart, length: arbLength }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('foreign' as const), start: arbStart, length: arbLength }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('availability' as const), start: arbStart, length: arbLength }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('query' as const), from: arbStart, span: fc.integer({ min: 1, max: 60 * 24 * 60 }).map((m) => m * MIN) }) },
);

describe('bounded interval queries (start_ms ≥ from − longest)', () => {
  it('return the same rows as a full scan on random logs', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbOp, { minLength: 1, maxLength: 40 }), async (ops) => {
        const path = join(tempDir(), `b${run++}.db`);
        const store = await openStore(path, { backups: false });
        // A second connection writing behind the repo's back (another process, or an older version).
        const foreign = new Database(path);
        try {
          const full = store.db.prepare('SELECT id FROM sessions WHERE start_ms < ? AND end_ms > ? ORDER BY start_ms, id').pluck();
          const fullOverlap = store.db.prepare('SELECT id FROM sessions WHERE start_ms < ? AND end_ms > ? AND id IS NOT ? ORDER BY start_ms').pluck();
          const fullAvailability = store.db.prepare('SELECT start_ms, end_ms FROM availability WHERE start_ms < ? AND end_ms > ? ORDER BY start_ms');
          const ids = (): string[] => (store.db.prepare('SELECT id FROM sessions ORDER BY id').pluck().all() as number[]).map(String);
          const at = T0;
          let checked = 0;
          const check = (from: number, to: number) => {
            expect(store.sessions.between(from, to).map((s) => Number(s.id))).toEqual(full.all(to, from));
            const except = ids()[0];
            expect(store.sessions.overlapping(from, to, except).map((s) => Number(s.id))).toEqual(fullOverlap.all(to, from, except === undefined ? null : Number(except)));
            expect(store.sessions.availabilityBetween(from, to)).toEqual((fullAvailability.all(to, from) as { start_ms: number; end_ms: number }[]).map((r) => ({ start: r.start_ms, end: r.end_ms })));
            checked++;
          };
          for (const o of ops) {
            const list = ids();
            switch (o.op) {
              case 'add':
                store.sessions.change({ action: 'add', after: session(o.start, o.start + o.length), at, reason: 'test' });
                break;
              case 'edit':
                if (list.length > 0) store.sessions.change({ action: 'edit', id: list[o.pick % list.length]!, after: session(o.start, o.start + o.length), at, reason: 'test' });
                break;
              case 'delete':
                if (list.length > 0) store.sessions.change({ action: 'delete', id: list[o.pick % list.length]!, at, reason: 'test' });
                break;
              case 'import':
                store.sessions.importMany(o.starts.map((s) => session(s, s + o.length)), [], 'Europe/Oslo', at, 'test');
                break;
              case 'track':
                store.sessions.beginOpen({ start: o.start, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', heartbeat: null });
                store.sessions.closeOpen(o.start + o.length, null, at, 'test');
                break;
              case 'foreign':
                foreign
                  .prepare("INSERT INTO sessions (start_ms, end_ms, zone, kind, location, initiative, break_with_duties, source) VALUES (?, ?, 'Europe/Oslo', 'work', 'home', 'employer', 0, 'import')")
                  .run(o.start, o.start + o.length);
                break;
              case 'availability':
                store.sessions.importMany([], [{ start: o.start, end: o.start + o.length }], 'Europe/Oslo', at, 'test');
                break;
              case 'query':
                check(o.from, o.from + o.span);
                break;
            }
          }
          // And once at the end over every stored start, so the longest row is always asked for.
          for (const s of store.sessions.between(-8.64e15, 8.64e15)) check(s.end - 1, s.end);
          return checked >= 0;
        } finally {
          foreign.close();
          store.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('reads the start index as a range: the plan names the bound on start_ms', async () => {
    const store = await openStore(join(tempDir(), 'plan.db'), { backups: false });
    try {
      const plan = store.db
        .prepare('EXPLAIN QUERY PLAN SELECT id FROM sessions WHERE start_ms >= ? AND start_ms < ? AND end_ms > ? ORDER BY start_ms, id')
        .all(0, 1, 0) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX sessions_by_start \(start_ms>\? AND start_ms<\?\)/);
    } finally {
      store.close();
    }
  });
});
