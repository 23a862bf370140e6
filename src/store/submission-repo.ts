/** SubmissionRepo on SQLite: what was sent to payroll, one row per month per file (append-only). */
import type Database from 'better-sqlite3';
import type { Submission, SubmissionRepo } from '../app/ports/submission-repo';
import { asStoreError } from './errors';

interface Row {
  id: number;
  month: string;
  at_ms: number;
  kind: string;
  format: string;
  snapshot_json: string;
}

const toSubmission = (r: Row): Submission => ({ id: String(r.id), month: r.month, at: r.at_ms, kind: r.kind === 'correction' ? 'correction' : 'submit', format: r.format, snapshot: r.snapshot_json });

export class SqliteSubmissionRepo implements SubmissionRepo {
  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}

  list(): Submission[] {
    try {
      return (this.db.prepare('SELECT * FROM payroll_submissions ORDER BY at_ms, id').all() as Row[]).map(toSubmission);
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }

  add(entries: readonly Omit<Submission, 'id'>[]): Submission[] {
    try {
      const insert = this.db.prepare('INSERT INTO payroll_submissions (month, at_ms, kind, format, snapshot_json) VALUES (?, ?, ?, ?, ?)');
      return this.db.transaction(() =>
        entries.map((e) => ({ ...e, id: String(insert.run(e.month, e.at, e.kind, e.format, e.snapshot).lastInsertRowid) })),
      ).immediate();
    } catch (e) {
      throw asStoreError(e, this.path);
    }
  }
}
