/**
 * Version 4: the right-to-disconnect warnings (issue 4).
 * - `overtime_reasons`: the reason the employee gives for working past a line (AML § 10-6 (1):
 *   overtime only for an exceptional, time-limited need; § 10-7: it is recorded). A reason given
 *   while the session is still open has no session id yet; it keeps the session's start, and the
 *   trigger links it when the tracker moves the open session into `sessions` (same transaction).
 *   Deleting a session keeps the reason (session_id becomes NULL, the start stays).
 * - `warning_deliveries`: which (kind, reason, line) warnings were delivered, so a restart with an
 *   open session never repeats a warning or follow-up.
 */
import type { Migration } from './types';

export const migration0004: Migration = {
  version: 4,
  name: 'warnings',
  up(db) {
    db.exec(`
      CREATE TABLE overtime_reasons (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        session_start_ms INTEGER NOT NULL,
        recorded_ms INTEGER NOT NULL,
        reasons_json TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0)
      ) STRICT;
      CREATE INDEX overtime_reasons_by_session ON overtime_reasons (session_id);
      CREATE INDEX overtime_reasons_by_start ON overtime_reasons (session_start_ms);
      CREATE TRIGGER overtime_reasons_link_closed AFTER INSERT ON sessions WHEN NEW.source = 'tracker'
        BEGIN
          UPDATE overtime_reasons SET session_id = NEW.id WHERE session_id IS NULL AND session_start_ms = NEW.start_ms;
        END;

      CREATE TABLE warning_deliveries (
        key TEXT PRIMARY KEY,
        line_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX warning_deliveries_by_line ON warning_deliveries (line_ms);
    `);
  },
};
