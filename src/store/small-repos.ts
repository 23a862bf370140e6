/** The small repositories on SQLite: settings, agreements (with validity), the audit log (read only) and the tracker state. */
import type Database from 'better-sqlite3';
import type { Instant } from '../core/model';
import { isOvertimeGround } from '../core/overtime-basis';
import type { AgreementRepo, StoredAgreement } from '../app/ports/agreement-repo';
import type { AuditEntry, AuditLog } from '../app/ports/audit-log';
import type { SettingsRepo } from '../app/ports/settings-repo';
import { EMPTY_TRACKER_STATE, type TrackerState, type TrackerStateRepo } from '../app/ports/tracker-state-repo';
import { asStoreError } from './errors';

/** Prepared statements per connection and SQL text: preparing costs more than running a small query, and the tray reads settings, agreements and absences at every refresh. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let byText = statements.get(db);
  if (!byText) {
    byText = new Map();
    statements.set(db, byText);
  }
  let st = byText.get(sql);
  if (!st) {
    st = db.prepare(sql);
    byText.set(sql, st);
  }
  return st;
}

export function guarded<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asStoreError(e, path);
  }
}

export class SqliteSettingsRepo implements SettingsRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}
  get(key: string): string | null {
    const row = prepared(this.db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }
  set(key: string, value: string): void {
    guarded(this.path, () => prepared(this.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value));
  }
}

interface AgreementRow {
  valid_from: string;
  json: string;
  saved_ms: number;
}
const toAgreement = (r: AgreementRow): StoredAgreement => ({ validFrom: r.valid_from, json: r.json, savedAt: r.saved_ms });

export class SqliteAgreementRepo implements AgreementRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}
  save(validFrom: string, json: string, at: Instant): void {
    guarded(this.path, () =>
      this.db
        .prepare('INSERT INTO agreements (valid_from, json, saved_ms) VALUES (?, ?, ?) ON CONFLICT (valid_from) DO UPDATE SET json = excluded.json, saved_ms = excluded.saved_ms')
        .run(validFrom, json, at),
    );
  }
  inForceOn(date: string): StoredAgreement | null {
    const row = prepared(this.db, 'SELECT * FROM agreements WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1').get(date) as AgreementRow | undefined;
    return row ? toAgreement(row) : null;
  }
  list(): StoredAgreement[] {
    return (prepared(this.db, 'SELECT * FROM agreements ORDER BY valid_from').all() as AgreementRow[]).map(toAgreement);
  }
}

/**
 * The audit columns, and for an `overtime-reason` entry the ground and choice of the reason it records
 * (saved in the same transaction: same time and text; the session too unless it was still running).
 */
const REASON_OF_ENTRY = `FROM overtime_reasons o WHERE a.action = 'overtime-reason' AND o.recorded_ms = a.at_ms AND o.text = a.reason
  AND (a.session_id IS NULL OR o.session_id = a.session_id) ORDER BY o.id DESC LIMIT 1`;
const AUDIT_COLUMNS = `a.*, (SELECT o.ground ${REASON_OF_ENTRY}) AS ground, (SELECT o.taken_as ${REASON_OF_ENTRY}) AS taken_as`;

export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: Database.Database) {}
  entries(sessionId?: string): AuditEntry[] {
    const rows = (
      sessionId === undefined
        ? this.db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log a ORDER BY a.id`).all()
        : this.db.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log a WHERE a.session_id = ? ORDER BY a.id`).all(Number(sessionId))
    ) as { id: number; at_ms: number; action: string; session_id: number | null; before_json: string | null; after_json: string | null; reason: string; ground: string | null; taken_as: string | null }[];
    return rows.map((r) => ({
      id: String(r.id),
      at: r.at_ms,
      action: r.action,
      sessionId: r.session_id === null ? null : String(r.session_id),
      before: r.before_json,
      after: r.after_json,
      reason: r.reason,
      ...(r.taken_as !== null ? { basis: { ground: isOvertimeGround(r.ground) ? r.ground : null, takenAs: r.taken_as === 'time-off' ? ('time-off' as const) : ('pay' as const) } } : {}),
    }));
  }
}

export class SqliteTrackerStateRepo implements TrackerStateRepo {
  /** The last text read and its parse: every tray refresh reads the state, which rarely changes. */
  private lastText: string | null = null;
  private lastParsed: Partial<TrackerState> = {};
  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}
  get(): TrackerState {
    const text = prepared(this.db, 'SELECT state_json FROM tracker_state WHERE id = 1').pluck().get() as string | undefined;
    if (text === undefined) return EMPTY_TRACKER_STATE;
    if (text !== this.lastText) {
      this.lastParsed = JSON.parse(text) as Partial<TrackerState>;
      this.lastText = text;
    }
    return { ...EMPTY_TRACKER_STATE, ...this.lastParsed };
  }
  set(state: TrackerState): void {
    guarded(this.path, () => prepared(this.db, 'INSERT INTO tracker_state (id, state_json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state_json = excluded.state_json').run(JSON.stringify(state)));
  }
}
