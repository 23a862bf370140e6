/**
 * Issue 21 item 3: the tray's "to review" number is counted by the store (countToReview) instead of
 * loading 30 days of sessions and filtering them. On random logs (sessions of minutes to weeks, some
 * flagged, edits that clear or set the flag, deletes, rows written by a second connection) the count
 * equals the old count, `between(from, to).filter((s) => s.review !== null).length`.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewFlag, SessionInput } from '../../src/app/ports/session-repo';
import { openStore } from '../../src/store/index';
import { tempDir } from './helpers';

const MIN = 60_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const FLAGS: readonly (ReviewFlag | null)[] = [null, null, 'recovered', 'forgotten', 'max-length'];

const session = (start: number, end: number): SessionInput => ({ start, end, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false });
const arbLength = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 600 }) }, { weight: 1, arbitrary: fc.integer({ min: 600, max: 60 * 24 * 40 }) }).map((m) => m * MIN);
const arbStart = fc.integer({ min: 0, max: 60 * 24 * 200 }).map((m) => T0 + m * MIN);
const arbFlag = fc.constantFrom(...FLAGS);

type Op =
  | { op: 'add'; start: number; length: number; flag: ReviewFlag | null }
  | { op: 'edit'; pick: number; start: number; length: number; flag: ReviewFlag | null }
  | { op: 'delete'; pick: number }
  | { op: 'foreign'; start: number; length: number; flag: ReviewFlag | null }
  | { op: 'query'; from: number; span: number };

const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('add' as const), start: arbStart, length: arbLength, flag: arbFlag }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), start: arbStart, length: arbLength, flag: arbFlag }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('foreign' as const), start: arbStart, length: arbLength, flag: arbFlag }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('query' as const), from: arbStart, span: fc.integer({ min: 1, max: 60 * 24 * 60 }).map((m) => m * MIN) }) },
);

describe('countToReview', () => {
  it('equals the number of flagged sessions between() returns, on random logs', async () => {
    let run = 0;
    let nonZero = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbOp, { minLength: 1, maxLength: 40 }), async (ops) => {
        const path = join(tempDir(), `r${run++}.db`);
        const store = await openStore(path, { backups: false });
        const foreign = new Database(path);
        try {
          const ids = (): string[] => (store.db.prepare('SELECT id FROM sessions ORDER BY id').pluck().all() as number[]).map(String);
          const check = (from: number, to: number) => {
            const old = store.sessions.between(from, to).filter((s) => s.review !== null).length;
            expect(store.sessions.countToReview(from, to)).toBe(old);
            if (old > 0) nonZero++;
          };
          for (const o of ops) {
            const list = ids();
            switch (o.op) {
              case 'add':
                store.sessions.change({ action: 'add', after: { ...session(o.start, o.start + o.length), review: o.flag }, at: T0, reason: 'test' });
                break;
              case 'edit':
                if (list.length > 0) store.sessions.change({ action: 'edit', id: list[o.pick % list.length]!, after: { ...session(o.start, o.start + o.length), review: o.flag }, at: T0, reason: 'test' });
                break;
              case 'delete':
                if (list.length > 0) store.sessions.change({ action: 'delete', id: list[o.pick % list.length]!, at: T0, reason: 'test' });
                break;
              case 'foreign':
                foreign
                  .prepare("INSERT INTO sessions (start_ms, end_ms, zone, kind, location, initiative, break_with_duties, note, source, review) VALUES (?, ?, 'Europe/Oslo', 'work', 'home', 'employer', 0, NULL, 'manual', ?)")
                  .run(o.start, o.start + o.length, o.flag);
                break;
              case 'query':
                check(o.from, o.from + o.span);
                break;
            }
          }
          check(T0 - 60 * 24 * MIN, T0 + 400 * 24 * 60 * MIN);
        } finally {
          foreign.close();
          store.close();
        }
      }),
      { numRuns: 60, seed: 21 },
    );
    // The property must have seen flagged sessions inside a window, or it proves nothing.
    expect(nonZero).toBeGreaterThan(10);
  });
});
