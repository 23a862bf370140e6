/**
 * The warnings' repositories on SQLite: overtime reasons kept with their session and the log of
 * delivered warnings (migration 0004, so a restart does not repeat a warning or a follow-up), and
 * the pending list and snooze (migration 0005, so a restart neither loses nor repeats them).
 */
import type Database from 'better-sqlite3';
import type { Instant, PlanReason } from '../core/model';
import { isOvertimeGround, type OvertimeGround, type OvertimeTakenAs } from '../core/overtime-basis';
import type { DeliveredLog } from '../app/warnings/delivered-log';
import type { OvertimeReason, OvertimeReasonRepo, OvertimeReasonWithSession } from '../app/warnings/overtime-reason';
import { openSessionId, openSessionStart } from '../app/warnings/open-session-id';
import type { PendingCause, PendingWarning } from '../app/warnings/pending';
import type { WarningStateStore } from '../app/warnings/warning-state';
import { CLICK_ACTIONS, URGENCIES, WINDOW_PAGES, type NotificationRequest } from '../app/ports/notifier';
import { asStoreError } from './errors';

interface ReasonRow {
  session_id: number | null;
  session_start_ms: number;
  recorded_ms: number;
  reasons_json: string;
  text: string;
  ground: string | null;
  taken_as: string;
}

/** A stored row as the app's reason (fields without the session). */
function reasonOf(r: ReasonRow): { recordedAt: Instant; reasons: PlanReason[]; text: string; ground: OvertimeGround | null; takenAs: OvertimeTakenAs } {
  return {
    recordedAt: r.recorded_ms,
    reasons: JSON.parse(r.reasons_json) as PlanReason[],
    text: r.text,
    ground: isOvertimeGround(r.ground) ? r.ground : null,
    takenAs: r.taken_as === 'time-off' ? 'time-off' : 'pay',
  };
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
      // Issue 14 item 4: the reason also goes into the session's change log (the audit log), in one transaction.
      this.db.transaction(() => {
        this.db
          .prepare('INSERT INTO overtime_reasons (session_id, session_start_ms, recorded_ms, reasons_json, text, ground, taken_as) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(t.id, t.start, reason.recordedAt, JSON.stringify(reason.reasons), reason.text, reason.ground ?? null, reason.takenAs ?? 'pay');
        this.db
          .prepare('INSERT INTO audit_log (at_ms, action, session_id, before_json, after_json, reason) VALUES (?, ?, ?, NULL, NULL, ?)')
          .run(reason.recordedAt, 'overtime-reason', t.id, reason.text);
      })();
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
    return rows.map((r) => ({ sessionId, ...reasonOf(r) }));
  }

  listBetween(from: Instant, to: Instant): readonly OvertimeReasonWithSession[] {
    const closed = this.db
      .prepare(
        `SELECT r.*, s.start_ms AS s_start, s.end_ms AS s_end FROM overtime_reasons r JOIN sessions s ON s.id = r.session_id
         WHERE s.start_ms < ? AND s.end_ms > ? ORDER BY r.id`,
      )
      .all(to, from) as (ReasonRow & { s_start: number; s_end: number })[];
    const open = this.db
      .prepare(
        `SELECT r.* FROM overtime_reasons r JOIN open_session o ON o.id = 1 AND r.session_id IS NULL AND r.session_start_ms = o.start_ms
         WHERE o.start_ms < ? ORDER BY r.id`,
      )
      .all(to) as ReasonRow[];
    return [
      ...closed.map((r) => ({ ...reasonOf(r), sessionId: String(r.session_id), sessionStart: r.s_start, sessionEnd: r.s_end })),
      ...open.map((r) => ({ ...reasonOf(r), sessionId: openSessionId(r.session_start_ms), sessionStart: r.session_start_ms, sessionEnd: null })),
    ];
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

interface PendingRow {
  id: string;
  since_ms: number;
  cause: PendingCause;
  resend: number;
  request_json: string;
}

const PAGES = new Set<string>(WINDOW_PAGES);
const ACTIONS = new Set<string>(CLICK_ACTIONS);
const URGENCY = new Set<string>(URGENCIES);

/** The stored notification, or null when the row does not hold one (written by a broken build). */
function requestOf(json: string): NotificationRequest | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  const click = r.click as Record<string, unknown> | undefined;
  if (typeof r.title !== 'string' || typeof r.body !== 'string' || !URGENCY.has(String(r.urgency))) return null;
  if (!click || !PAGES.has(String(click.page)) || !ACTIONS.has(String(click.action))) return null;
  if (click.sessionId !== undefined && typeof click.sessionId !== 'string') return null;
  if (r.clickLabel !== undefined && typeof r.clickLabel !== 'string') return null;
  if (r.hiddenUntil !== undefined && typeof r.hiddenUntil !== 'number') return null;
  return v as NotificationRequest;
}

export class SqliteWarningState implements WarningStateStore {
  private readonly q;

  constructor(
    db: Database.Database,
    private readonly path: string,
  ) {
    const insert = db.prepare('INSERT INTO pending_warnings (id, position, since_ms, cause, resend, request_json) VALUES (?, ?, ?, ?, ?, ?)');
    const clear = db.prepare('DELETE FROM pending_warnings');
    this.q = {
      pending: db.prepare('SELECT id, since_ms, cause, resend, request_json FROM pending_warnings ORDER BY position'),
      replace: db.transaction((items: readonly PendingWarning[]) => {
        clear.run();
        items.forEach((p, i) => {
          const { since, cause, resend, ...request } = p;
          insert.run(p.id, i, since, cause, resend ? 1 : 0, JSON.stringify(request));
        });
      }),
      snooze: db.prepare('SELECT until_ms FROM warning_snooze WHERE id = 1'),
      setSnooze: db.prepare('INSERT INTO warning_snooze (id, until_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET until_ms = excluded.until_ms'),
      endSnooze: db.prepare('DELETE FROM warning_snooze'),
    };
  }

  /** The stored list; a row that does not hold a notification is left out (and replaced on the next save). */
  loadPending(): readonly PendingWarning[] {
    const out: PendingWarning[] = [];
    for (const row of this.q.pending.all() as PendingRow[]) {
      const request = requestOf(row.request_json);
      if (request) out.push({ ...request, id: row.id, since: row.since_ms, cause: row.cause, resend: row.resend === 1 });
    }
    return out;
  }

  savePending(items: readonly PendingWarning[]): void {
    try {
      this.q.replace(items);
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }

  loadSnooze(): Instant | null {
    const row = this.q.snooze.get() as { until_ms: number } | undefined;
    return row ? row.until_ms : null;
  }

  saveSnooze(until: Instant | null): void {
    try {
      if (until === null) this.q.endSnooze.run();
      else this.q.setSnooze.run(until);
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }
}
