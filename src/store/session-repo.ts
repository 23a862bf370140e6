/** SessionRepo on SQLite: prepared statements, one transaction per change, audit entry with every edit. */
import type Database from 'better-sqlite3';
import type { AvailabilityMark, Instant } from '../core/model';
import type { ImportOutcome, OpenSession, OpenSessionInput, ReviewFlag, SessionChange, SessionInput, SessionRepo, StoredSession } from '../app/ports/session-repo';
import { asStoreError } from './errors';
import { auditJson, rawToSession, toOpen, toSession, type OpenRow, type RawSessionRow, type SessionRow } from './rows';

const COLS = 'id, start_ms, end_ms, zone, kind, location, initiative, break_with_duties, note, source, review';
/** Up to this many sessions ending after a window's start, the window is read on the end index (see lowerBound). */
const RECENT_ROWS = 512;
/** Reads on the end index before a connection finds the longest session after all (see lowerBound). */
const RECENT_READS_BEFORE_SCAN = 16;

/**
 * The longest stored interval of a table, the lower bound that keeps interval queries on the start
 * index: nothing that starts before `from − longest` can reach `from`, so `start_ms >= from − longest
 * AND start_ms < to` reads only the rows near the window instead of all older history (a 15-day
 * window on 100 000 sessions: 20 rows read, not 100 000). No schema change: the bound is one scan per
 * connection, raised by this connection's own writes, and computed afresh whenever another connection
 * has committed (`PRAGMA data_version` changed: the CLI importing while the tray app runs, or an older
 * Fyrabend that knows nothing of the bound). A bound left too large by a delete or a shortened session
 * only reads a few more rows.
 */
export class LongestInterval {
  private value: number | null = null;
  private version: unknown = null;
  private readonly longest: Database.Statement;
  private readonly dataVersion: Database.Statement;

  constructor(db: Database.Database, table: 'sessions' | 'availability') {
    this.longest = db.prepare(`SELECT coalesce(max(end_ms - start_ms), 0) FROM ${table}`).pluck();
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
  }

  /** An upper bound of end_ms − start_ms over every row of the table. */
  get(): number {
    return this.known() ?? this.compute();
  }

  /** The bound when it is known and still valid (no other connection has committed since), else null: no scan. */
  known(): number | null {
    return this.value !== null && this.dataVersion.get() === this.version ? this.value : null;
  }

  private compute(): number {
    this.version = this.dataVersion.get();
    this.value = Number(this.longest.get());
    return this.value;
  }

  /** This connection wrote an interval of `ms` (its own writes do not change data_version). */
  raise(ms: number): void {
    if (this.value !== null && ms > this.value) this.value = ms;
  }
}

export class SqliteSessionRepo implements SessionRepo {
  private readonly q;
  private readonly longestSession: LongestInterval;
  private readonly longestAvailability: LongestInterval;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    /** See readRecent (a parameter for tests of both paths). */
    private readonly recentRows: number = RECENT_ROWS,
  ) {
    this.q = {
      // Bounded below by the longest session (LongestInterval): a range of the start index, not all older history.
      // Raw rows (arrays, rawToSession): the tray reads this range at every tick and refresh.
      between: db.prepare(`SELECT ${COLS} FROM sessions WHERE start_ms >= ? AND start_ms < ? AND end_ms > ? ORDER BY start_ms, id`).raw(true),
      get: db.prepare(`SELECT ${COLS} FROM sessions WHERE id = ?`),
      overlapping: db.prepare(`SELECT ${COLS} FROM sessions WHERE start_ms >= ? AND start_ms < ? AND end_ms > ? AND id IS NOT ? ORDER BY start_ms`).raw(true),
      insert: db.prepare(
        `INSERT INTO sessions (start_ms, end_ms, zone, kind, location, initiative, break_with_duties, note, source, review)
         VALUES (@start, @end, @zone, @kind, @location, @initiative, @breakWithDuties, @note, @source, @review)`,
      ),
      update: db.prepare(
        `UPDATE sessions SET start_ms = @start, end_ms = @end, zone = @zone, kind = @kind, location = @location, initiative = @initiative,
         break_with_duties = @breakWithDuties, note = @note, review = @review WHERE id = @id`,
      ),
      delete: db.prepare('DELETE FROM sessions WHERE id = ?'),
      audit: db.prepare('INSERT INTO audit_log (at_ms, action, session_id, before_json, after_json, reason) VALUES (?, ?, ?, ?, ?, ?)'),
      correction: db.prepare('INSERT INTO corrections (locked_period_id, audit_id, at_ms) VALUES (?, ?, ?)'),
      same: db.prepare('SELECT 1 FROM sessions WHERE start_ms = ? AND end_ms = ? AND kind = ? LIMIT 1'),
      sameAvailability: db.prepare('SELECT 1 FROM availability WHERE start_ms = ? AND end_ms = ? LIMIT 1'),
      insertAvailability: db.prepare('INSERT INTO availability (start_ms, end_ms, zone) VALUES (?, ?, ?)'),
      availability: db.prepare('SELECT start_ms, end_ms FROM availability WHERE start_ms >= ? AND start_ms < ? AND end_ms > ? ORDER BY start_ms'),
      count: db.prepare('SELECT count(*) AS n FROM sessions'),
      countToReview: db.prepare('SELECT count(*) FROM sessions WHERE start_ms >= ? AND start_ms < ? AND end_ms > ? AND review IS NOT NULL').pluck(),
      // A window near the newest sessions (today, the last weeks) is read on the end index, which needs no
      // bound: only rows that end after `from` are read, and `endingAfter` says first whether they are few.
      endingAfter: db.prepare('SELECT count(*) FROM (SELECT 1 FROM sessions INDEXED BY sessions_by_end WHERE end_ms > ? LIMIT ?)').pluck(),
      recent: db.prepare(`SELECT ${COLS} FROM sessions INDEXED BY sessions_by_end WHERE end_ms > ? AND start_ms < ? ORDER BY start_ms, id`).raw(true),
      recentToReview: db.prepare('SELECT count(*) FROM sessions INDEXED BY sessions_by_end WHERE end_ms > ? AND start_ms < ? AND review IS NOT NULL').pluck(),
      open: db.prepare('SELECT start_ms, zone, kind, location, initiative, note, heartbeat_ms, last_activity_ms FROM open_session WHERE id = 1'),
      beginOpen: db.prepare(
        `INSERT INTO open_session (id, start_ms, zone, kind, location, initiative, note, heartbeat_ms, last_activity_ms)
         VALUES (1, @start, @zone, @kind, @location, @initiative, @note, @heartbeat, @lastActivity)`,
      ),
      heartbeat: db.prepare('UPDATE open_session SET heartbeat_ms = ?, last_activity_ms = coalesce(?, last_activity_ms) WHERE id = 1'),
      deleteOpen: db.prepare('DELETE FROM open_session WHERE id = 1'),
      moveOpenStart: db.prepare('UPDATE open_session SET start_ms = ?, last_activity_ms = max(coalesce(last_activity_ms, start_ms), ?) WHERE id = 1'),
    };
    this.longestSession = new LongestInterval(db, 'sessions');
    this.longestAvailability = new LongestInterval(db, 'availability');
  }

  /** Runs `fn` in an IMMEDIATE transaction (nested calls become savepoints); SQLite errors become StoreErrors. */
  atomically<T>(fn: () => T): T {
    try {
      return this.db.inTransaction ? this.db.transaction(fn)() : this.db.transaction(fn).immediate();
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }

  /**
   * The lower bound on start_ms for a window starting at `from` (`from` − the longest session), or null when
   * the window is best read on the end index, which needs no bound: when this connection does not know the
   * longest session yet (a command line's one-shot process; finding it reads the whole table) and fewer than
   * `recentRows` sessions end after `from`.
   */
  private lowerBound(from: Instant): number | null {
    const longest = this.longestSession.known();
    if (longest !== null) return from - longest;
    // A process that keeps asking (the tray app) finds the bound once and then reads without the probe.
    if (this.recentReads < RECENT_READS_BEFORE_SCAN && Number(this.q.endingAfter.get(from, this.recentRows)) < this.recentRows) {
      this.recentReads++;
      return null;
    }
    return from - this.longestSession.get();
  }
  private recentReads = 0;

  between(from: Instant, to: Instant): StoredSession[] {
    const bound = this.lowerBound(from);
    const rows = bound === null ? this.q.recent.all(from, to) : this.q.between.all(bound, to, from);
    return (rows as RawSessionRow[]).map(rawToSession);
  }

  get(id: string): StoredSession | null {
    const row = this.q.get.get(Number(id)) as SessionRow | undefined;
    return row ? toSession(row) : null;
  }

  overlapping(start: Instant, end: Instant, exceptId?: string): StoredSession[] {
    return (this.q.overlapping.all(start - this.longestSession.get(), end, start, exceptId === undefined ? null : Number(exceptId)) as RawSessionRow[]).map(rawToSession);
  }

  private params(s: SessionInput & { review?: ReviewFlag | null; source?: string }) {
    return {
      start: s.start,
      end: s.end,
      zone: s.zone,
      kind: s.kind,
      location: s.location,
      initiative: s.initiative,
      breakWithDuties: s.breakWithDuties ? 1 : 0,
      note: s.note ?? null,
      source: s.source ?? 'manual',
      review: s.review ?? null,
    };
  }

  private audit(at: Instant, action: string, sessionId: number | null, before: string | null, after: string | null, reason: string): number {
    return Number(this.q.audit.run(at, action, sessionId, before, after, reason).lastInsertRowid);
  }

  change(c: SessionChange): StoredSession | null {
    return this.atomically(() => {
      const before = c.id !== undefined ? this.get(c.id) : null;
      if (c.id !== undefined && !before) throw new Error(`session ${c.id} does not exist`);
      let id: number;
      if (c.action === 'add') {
        if (!c.after) throw new Error('add needs the session');
        id = Number(this.q.insert.run(this.params(c.after)).lastInsertRowid);
        this.longestSession.raise(c.after.end - c.after.start);
      } else if (c.action === 'edit') {
        if (!c.after || !before) throw new Error('edit needs the session and its id');
        id = Number(before.id);
        this.q.update.run({ ...this.params(c.after), id });
        this.longestSession.raise(c.after.end - c.after.start);
      } else {
        if (!before) throw new Error('delete needs an id');
        id = Number(before.id);
        this.q.delete.run(id);
      }
      const after = c.action === 'delete' ? null : this.get(String(id));
      const auditId = this.audit(c.at, c.action, id, before ? auditJson(before) : null, after ? auditJson(after) : null, c.reason);
      if (c.lockedPeriodId !== undefined) this.q.correction.run(Number(c.lockedPeriodId), auditId, c.at);
      return after;
    });
  }

  importMany(sessions: readonly SessionInput[], availability: readonly AvailabilityMark[], zone: string, at: Instant, reason: string): ImportOutcome {
    return this.atomically(() => {
      let added = 0;
      let skipped = 0;
      for (const s of sessions) {
        if (this.q.same.get(s.start, s.end, s.kind)) {
          skipped++;
          continue;
        }
        const id = Number(this.q.insert.run({ ...this.params(s), source: 'import' }).lastInsertRowid);
        this.longestSession.raise(s.end - s.start);
        const after = this.get(String(id));
        this.audit(at, 'import', id, null, after ? auditJson(after) : null, reason);
        added++;
      }
      for (const a of availability) {
        if (this.q.sameAvailability.get(a.start, a.end)) continue;
        this.q.insertAvailability.run(a.start, a.end, zone);
        this.longestAvailability.raise(a.end - a.start);
      }
      return { added, skipped };
    });
  }

  availabilityBetween(from: Instant, to: Instant): AvailabilityMark[] {
    return (this.q.availability.all(from - this.longestAvailability.get(), to, from) as { start_ms: number; end_ms: number }[]).map((r) => ({ start: r.start_ms, end: r.end_ms }));
  }

  count(): number {
    return (this.q.count.get() as { n: number }).n;
  }

  countToReview(from: Instant, to: Instant): number {
    const bound = this.lowerBound(from);
    return Number(bound === null ? this.q.recentToReview.get(from, to) : this.q.countToReview.get(bound, to, from));
  }

  open(): OpenSession | null {
    const row = this.q.open.get() as OpenRow | undefined;
    return row ? toOpen(row) : null;
  }

  beginOpen(o: OpenSessionInput): void {
    this.atomically(() => {
      this.q.beginOpen.run({
        start: o.start,
        zone: o.zone,
        kind: o.kind,
        location: o.location,
        initiative: o.initiative,
        note: o.note ?? null,
        heartbeat: o.heartbeat,
        lastActivity: o.lastActivity ?? o.start,
      });
    });
  }

  heartbeat(at: Instant | null, lastActivity?: Instant): void {
    this.atomically(() => this.q.heartbeat.run(at, lastActivity ?? null));
  }

  closeOpen(end: Instant, review: ReviewFlag | null, at: Instant, reason: string): StoredSession | null {
    return this.atomically(() => {
      const open = this.open();
      if (!open) return null;
      this.q.deleteOpen.run();
      if (end <= open.start) {
        this.audit(at, 'discard-open', null, JSON.stringify({ start: new Date(open.start).toISOString(), end: new Date(end).toISOString() }), null, reason);
        return null;
      }
      const id = Number(
        this.q.insert.run(this.params({ ...open, end, breakWithDuties: false, review, source: 'tracker' })).lastInsertRowid,
      );
      this.longestSession.raise(end - open.start);
      const stored = this.get(String(id));
      if (review !== null && stored) this.audit(at, 'stop-flagged', id, null, auditJson(stored), reason);
      return stored;
    });
  }

  changeOpenStart(start: Instant, at: Instant, reason: string): OpenSession | null {
    return this.atomically(() => {
      const before = this.open();
      if (!before) return null;
      this.q.moveOpenStart.run(start, start);
      const after = this.open();
      if (!after) return null;
      // Its own entry (not a discarded open session): the running session's start before and after.
      this.audit(at, 'change-start', null, openAuditJson(before), openAuditJson(after), reason);
      return after;
    });
  }
}

/** The running session as a change-start entry records it (no end yet: `open` says so). */
function openAuditJson(o: OpenSession): string {
  return JSON.stringify({ start: new Date(o.start).toISOString(), zone: o.zone, kind: o.kind, location: o.location, initiative: o.initiative, note: o.note ?? null, open: true });
}
