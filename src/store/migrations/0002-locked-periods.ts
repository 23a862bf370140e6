/**
 * Version 2: locked (exported) periods and the corrections made inside them after the export.
 * A correction points at its audit entry, so it carries the before/after and the reason.
 */
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'locked-periods',
  up(db) {
    db.exec(`
      CREATE TABLE locked_periods (
        id INTEGER PRIMARY KEY,
        from_ms INTEGER NOT NULL,
        to_ms INTEGER NOT NULL,
        locked_ms INTEGER NOT NULL,
        label TEXT NOT NULL,
        CHECK (to_ms > from_ms)
      ) STRICT;
      CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        locked_period_id INTEGER NOT NULL REFERENCES locked_periods (id),
        audit_id INTEGER NOT NULL UNIQUE REFERENCES audit_log (id),
        at_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX corrections_by_time ON corrections (at_ms);
      CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections
        BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
      CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections
        BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
    `);
  },
};
