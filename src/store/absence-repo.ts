/** Absences on SQLite (migration 0008), each change audited in the same transaction. */
import type Database from 'better-sqlite3';
import type { Absence } from '../core/absence/model';
import type { Instant } from '../core/model';
import type { AbsenceRepo, StoredAbsence } from '../app/ports/absence-repo';
import { guarded, prepared } from './small-repos';

interface Row {
  id: number;
  kind: Absence['kind'];
  from_date: string;
  to_date: string;
  hours: number | null;
  document: 'egenmelding' | 'sykmelding' | null;
  paid: number | null;
  note: string;
}

function fromRow(r: Row): StoredAbsence {
  return {
    id: String(r.id),
    kind: r.kind,
    from: r.from_date,
    to: r.to_date,
    hours: r.hours,
    document: r.document,
    paid: r.paid === null ? null : r.paid === 1,
    ...(r.note ? { note: r.note } : {}),
  };
}

/** What the audit log keeps of an absence: everything but the private note. */
function auditJson(a: StoredAbsence): string {
  const { note: _note, ...rest } = a;
  return JSON.stringify(rest);
}

export class SqliteAbsenceRepo implements AbsenceRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}

  private params(a: Absence) {
    return { kind: a.kind, from_date: a.from, to_date: a.to, hours: a.hours, document: a.document ?? null, paid: a.paid === undefined || a.paid === null ? null : a.paid ? 1 : 0, note: a.note ?? '' };
  }

  private audit(at: Instant, action: string, before: StoredAbsence | null, after: StoredAbsence | null, reason: string): void {
    this.db.prepare('INSERT INTO audit_log (at_ms, action, session_id, before_json, after_json, reason) VALUES (?, ?, NULL, ?, ?, ?)').run(at, action, before ? auditJson(before) : null, after ? auditJson(after) : null, reason);
  }

  list(from?: string, to?: string): StoredAbsence[] {
    const rows = prepared(this.db, 'SELECT * FROM absences WHERE to_date >= ? AND from_date <= ? ORDER BY from_date, id').all(from ?? '0000-01-01', to ?? '9999-12-31') as Row[];
    return rows.map(fromRow);
  }

  get(id: string): StoredAbsence | null {
    const row = prepared(this.db, 'SELECT * FROM absences WHERE id = ?').get(Number(id)) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  add(a: Absence, at: Instant, reason: string): StoredAbsence {
    return guarded(this.path, () =>
      this.db.transaction(() => {
        const id = Number(this.db.prepare('INSERT INTO absences (kind, from_date, to_date, hours, document, paid, note) VALUES (@kind, @from_date, @to_date, @hours, @document, @paid, @note)').run(this.params(a)).lastInsertRowid);
        const stored = this.get(String(id)) as StoredAbsence;
        this.audit(at, 'absence-add', null, stored, reason);
        return stored;
      }).immediate(),
    );
  }

  edit(id: string, a: Absence, at: Instant, reason: string): StoredAbsence {
    return guarded(this.path, () =>
      this.db.transaction(() => {
        const before = this.get(id);
        if (!before) throw new Error(`absence ${id} does not exist`);
        this.db.prepare('UPDATE absences SET kind = @kind, from_date = @from_date, to_date = @to_date, hours = @hours, document = @document, paid = @paid, note = @note WHERE id = @id').run({ ...this.params(a), id: Number(id) });
        const after = this.get(id) as StoredAbsence;
        this.audit(at, 'absence-edit', before, after, reason);
        return after;
      }).immediate(),
    );
  }

  remove(id: string, at: Instant, reason: string): void {
    guarded(this.path, () =>
      this.db.transaction(() => {
        const before = this.get(id);
        if (!before) throw new Error(`absence ${id} does not exist`);
        this.db.prepare('DELETE FROM absences WHERE id = ?').run(Number(id));
        this.audit(at, 'absence-delete', before, null, reason);
      }).immediate(),
    );
  }
}
