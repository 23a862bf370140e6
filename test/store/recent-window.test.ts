/**
 * Issue 21: a process that has not yet learnt the longest session (the command line: one process per
 * command) reads a window near the newest sessions on the end index instead of scanning the whole table
 * for the bound. On random logs, read by fresh repositories (the bound unknown) with every threshold
 * (always the end index, sometimes, never) and by a repository that knows the bound, `between` and
 * `countToReview` return exactly what a full scan returns.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index';
import { SqliteSessionRepo } from '../../src/store/session-repo';
import { tempDir } from './helpers';

const MIN = 60_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const arbLength = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 600 }) }, { weight: 1, arbitrary: fc.integer({ min: 600, max: 60 * 24 * 40 }) }).map((m) => m * MIN);
const arbStart = fc.integer({ min: 0, max: 60 * 24 * 200 }).map((m) => T0 + m * MIN);
const arbSession = fc.record({ start: arbStart, length: arbLength, review: fc.boolean() });
const arbQuery = fc.record({ from: fc.integer({ min: -60 * 24 * 50, max: 60 * 24 * 260 }).map((m) => T0 + m * MIN), span: fc.integer({ min: 1, max: 60 * 24 * 60 }).map((m) => m * MIN) });

describe('windows read on the end index while the longest session is unknown', () => {
  it('return the rows of a full scan, for every threshold', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbSession, { maxLength: 60 }), fc.array(arbQuery, { minLength: 1, maxLength: 8 }), async (sessions, queries) => {
        const path = join(tempDir(), `r${run++}.db`);
        const store = await openStore(path, { backups: false });
        try {
          const insert = store.db.prepare("INSERT INTO sessions (start_ms, end_ms, zone, kind, location, initiative, break_with_duties, source, review) VALUES (?, ?, 'Europe/Oslo', 'work', 'home', 'employer', 0, 'import', ?)");
          for (const s of sessions) insert.run(s.start, s.start + s.length, s.review ? 'recovered' : null);
          const full = store.db.prepare('SELECT id FROM sessions WHERE start_ms < ? AND end_ms > ? ORDER BY start_ms, id').pluck();
          const fullReview = store.db.prepare('SELECT count(*) FROM sessions WHERE start_ms < ? AND end_ms > ? AND review IS NOT NULL').pluck();
          const knowing = new SqliteSessionRepo(store.db, path, 0);
          const reused = new SqliteSessionRepo(store.db, path, 1_000); // end index first, then the bound once it has read enough
          // Random windows, and windows that begin where a session ends or end where one starts (the edges).
          const edges = sessions.slice(0, 10).flatMap((x) => [{ from: x.start + x.length, span: MIN }, { from: x.start - MIN, span: MIN }]);
          for (const q of [...queries, ...edges]) {
            const to = q.from + q.span;
            const expected = (full.all(to, q.from) as number[]).map(String);
            const review = Number(fullReview.get(to, q.from));
            for (const threshold of [0, 1, 5, sessions.length + 1, 1_000]) {
              const fresh = new SqliteSessionRepo(store.db, path, threshold);
              expect(fresh.between(q.from, to).map((s) => s.id)).toEqual(expected);
              expect(new SqliteSessionRepo(store.db, path, threshold).countToReview(q.from, to)).toBe(review);
            }
            expect(knowing.between(q.from, to).map((s) => s.id)).toEqual(expected);
            for (let k = 0; k < 3; k++) expect(reused.between(q.from, to).map((s) => s.id)).toEqual(expected);
            expect(reused.countToReview(q.from, to)).toBe(review);
            expect(knowing.countToReview(q.from, to)).toBe(review);
          }
          return true;
        } finally {
          store.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a fresh repository reads the newest weeks without scanning for the longest session', async () => {
    const store = await openStore(join(tempDir(), 'plan.db'), { backups: false });
    try {
      const plan = store.db.prepare('EXPLAIN QUERY PLAN SELECT id FROM sessions INDEXED BY sessions_by_end WHERE end_ms > ? AND start_ms < ? ORDER BY start_ms, id').all(0, 1) as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX sessions_by_end \(end_ms>\?\)/);
    } finally {
      store.close();
    }
  });
});
