/** LockedPeriodRepo on SQLite: locked (exported) periods and the corrections made inside them. */
import type Database from 'better-sqlite3';
import type { Instant } from '../core/model';
import type { Correction, LockedPeriod, LockedPeriodRepo } from '../app/ports/locked-period-repo';
import { asStoreError } from './errors';

interface PeriodRow {
  id: number;
  from_ms: number;
  to_ms: number;
  locked_ms: number;
  label: string;
}

const toPeriod = (r: PeriodRow): LockedPeriod => ({ id: String(r.id), from: r.from_ms, to: r.to_ms, lockedAt: r.locked_ms, label: r.label });

export class SqliteLockedPeriodRepo implements LockedPeriodRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}

  lockPeriod(from: Instant, to: Instant, at: Instant, label: string): LockedPeriod {
    try {
      const id = Number(this.db.prepare('INSERT INTO locked_periods (from_ms, to_ms, locked_ms, label) VALUES (?, ?, ?, ?)').run(from, to, at, label).lastInsertRowid);
      return { id: String(id), from, to, lockedAt: at, label };
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }

  lockedOverlapping(start: Instant, end: Instant): LockedPeriod | null {
    const row = this.db.prepare('SELECT * FROM locked_periods WHERE from_ms < ? AND to_ms > ? ORDER BY from_ms LIMIT 1').get(end, start) as PeriodRow | undefined;
    return row ? toPeriod(row) : null;
  }

  list(): LockedPeriod[] {
    return (this.db.prepare('SELECT * FROM locked_periods ORDER BY from_ms, id').all() as PeriodRow[]).map(toPeriod);
  }

  correctionsSince(since: Instant): Correction[] {
    const rows = this.db
      .prepare(
        `SELECT c.id AS cid, c.at_ms, a.action, a.session_id, a.before_json, a.after_json, a.reason,
                p.id, p.from_ms, p.to_ms, p.locked_ms, p.label
         FROM corrections c JOIN audit_log a ON a.id = c.audit_id JOIN locked_periods p ON p.id = c.locked_period_id
         WHERE c.at_ms >= ? ORDER BY c.at_ms, c.id`,
      )
      .all(since) as (PeriodRow & { cid: number; at_ms: number; action: string; session_id: number; before_json: string | null; after_json: string | null; reason: string })[];
    return rows.map((r) => ({
      id: String(r.cid),
      at: r.at_ms,
      period: toPeriod(r),
      action: r.action as Correction['action'],
      sessionId: String(r.session_id),
      before: r.before_json,
      after: r.after_json,
      reason: r.reason,
    }));
  }
}
