/**
 * Version 1: the session log, availability marks, agreements with validity periods, settings and
 * the append-only audit log. Instants are INTEGER epoch ms plus the IANA zone text.
 */
import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        zone TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('work', 'on-call')),
        location TEXT NOT NULL CHECK (location IN ('home', 'office', 'other')),
        initiative TEXT NOT NULL CHECK (initiative IN ('employer', 'own')),
        break_with_duties INTEGER NOT NULL CHECK (break_with_duties IN (0, 1)),
        note TEXT,
        source TEXT NOT NULL CHECK (source IN ('tracker', 'manual', 'import')),
        CHECK (end_ms > start_ms)
      ) STRICT;
      CREATE INDEX sessions_by_start ON sessions (start_ms);
      CREATE INDEX sessions_by_end ON sessions (end_ms);

      CREATE TABLE availability (
        id INTEGER PRIMARY KEY,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        zone TEXT NOT NULL,
        CHECK (end_ms > start_ms)
      ) STRICT;
      CREATE INDEX availability_by_start ON availability (start_ms);

      CREATE TABLE agreements (
        valid_from TEXT PRIMARY KEY CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        json TEXT NOT NULL,
        saved_ms INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        action TEXT NOT NULL,
        session_id INTEGER,
        before_json TEXT,
        after_json TEXT,
        reason TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_session ON audit_log (session_id);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
