/**
 * The warnings' repositories on SQLite (migration 0004): overtime reasons kept with their session,
 * and the log of delivered warnings (so a restart does not repeat a warning or a follow-up).
 */
import type Database from 'better-sqlite3';
import type { Instant, PlanReason } from '../core/model';
import type { DeliveredLog } from '../app/warnings/delivered-log';
import { openSessionStart } from '../app/warnings/open-session-id';
import type { OvertimeReason, OvertimeReasonRepo } from '../app/warnings/overtime-reason';
import { asStoreError } from './errors';

interface ReasonRow {
  session_id: number | null;
  session_start_ms: number;
  recorded_ms: number;
  reasons_json: string;
  text: string;
}

export class SqliteOvertimeReasonRepo implements OvertimeReasonRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}

  /** The session a stored reason belongs to: `open-<start>` while running, else the row id. */
  private target(sessionId: string): { id: number | null; start: Instant } | null {
    const openStart = openSessionStart(sessionId);
    if (openStart !== null) {
      const open = this.db.prepare('SELECT start_ms FROM open_session WHERE id = 1').get() as { start_ms: number } | undefined;
      return open && open.start_ms === openStart ? { id: null, start: openStart } : null;
    }
    if (!/^\d{1,16}$/.test(sessionId)) return null;
    const row = this.db.prepare('SELECT id, start_ms FROM sessions WHERE id = ?').get(Number(sessionId)) as { id: number; start_ms: number } | undefined;
    return row ? { id: row.id, start: row.start_ms } : null;
  }

  sessionExists(sessionId: string): boolean {
    return this.target(sessionId) !== null;
  }

  save(reason: OvertimeReason): void {
    const t = this.target(reason.sessionId);
    if (!t) throw new Error(`session ${reason.sessionId} does not exist`);
    try {
      this.db
        .prepare('INSERT INTO overtime_reasons (session_id, session_start_ms, recorded_ms, reasons_json, text) VALUES (?, ?, ?, ?, ?)')
        .run(t.id, t.start, reason.recordedAt, JSON.stringify(reason.reasons), reason.text);
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }

  listForSession(sessionId: string): readonly OvertimeReason[] {
    const t = this.target(sessionId);
    if (!t) return [];
    const rows = (
      t.id === null
        ? this.db.prepare('SELECT * FROM overtime_reasons WHERE session_id IS NULL AND session_start_ms = ? ORDER BY id').all(t.start)
        : this.db.prepare('SELECT * FROM overtime_reasons WHERE session_id = ? ORDER BY id').all(t.id)
    ) as ReasonRow[];
    return rows.map((r) => ({ sessionId, recordedAt: r.recorded_ms, reasons: JSON.parse(r.reasons_json) as PlanReason[], text: r.text }));
  }
}

export class SqliteDeliveredLog implements DeliveredLog {
  private readonly q;

  constructor(
    db: Database.Database,
    private readonly path: string,
  ) {
    const add = db.prepare('INSERT INTO warning_deliveries (key, line_ms) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET line_ms = excluded.line_ms');
    this.q = {
      has: db.prepare('SELECT 1 FROM warning_deliveries WHERE key = ?'),
      prune: db.prepare('DELETE FROM warning_deliveries WHERE line_ms < ?'),
      addMany: db.transaction((keys: readonly string[], line: Instant) => {
        for (const k of keys) add.run(k, line);
      }),
    };
  }

  has(key: string): boolean {
    return this.q.has.get(key) !== undefined;
  }

  add(keys: readonly string[], line: Instant): void {
    try {
      this.q.addMany(keys, line);
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }

  prune(before: Instant): void {
    try {
      this.q.prune.run(before);
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }
}
