/**
 * Version 9: the basis of an overtime reason (issue 14 item 4) and how the overtime is taken (issue 15
 * item 2), on `overtime_reasons`:
 * - `ground`: the AML § 10-6 (1) ground as a code (src/core/overtime-basis.ts), NULL for a reason
 *   recorded before this version (its text is the whole reason);
 * - `taken_as`: `pay` (paid as overtime, the default and what every older reason was) or `time-off`
 *   (avspasering: the hours stay in the flexitime balance instead of being paid).
 * The text may now be empty, but only with a ground other than `other` (before, it was required).
 * SQLite cannot change a CHECK in place, so the table is rebuilt (rows, ids, indexes and the trigger
 * that links a reason to its session when the tracker closes it stay as they were).
 */
import type { Migration } from './types';

export const migration0009: Migration = {
  version: 9,
  name: 'overtime-basis',
  up(db) {
    db.exec(`
      DROP TRIGGER overtime_reasons_link_closed;
      CREATE TABLE overtime_reasons_v9 (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        session_start_ms INTEGER NOT NULL,
        recorded_ms INTEGER NOT NULL,
        reasons_json TEXT NOT NULL,
        text TEXT NOT NULL,
        ground TEXT CHECK (ground IS NULL OR ground IN ('exceptional-time-limited', 'illness-absence-cover', 'breakdown-emergency', 'other')),
        taken_as TEXT NOT NULL DEFAULT 'pay' CHECK (taken_as IN ('pay', 'time-off')),
        CHECK (length(text) > 0 OR (ground IS NOT NULL AND ground <> 'other'))
      ) STRICT;
      INSERT INTO overtime_reasons_v9 (id, session_id, session_start_ms, recorded_ms, reasons_json, text)
        SELECT id, session_id, session_start_ms, recorded_ms, reasons_json, text FROM overtime_reasons ORDER BY id;
      DROP TABLE overtime_reasons;
      ALTER TABLE overtime_reasons_v9 RENAME TO overtime_reasons;
      CREATE INDEX overtime_reasons_by_session ON overtime_reasons (session_id);
      CREATE INDEX overtime_reasons_by_start ON overtime_reasons (session_start_ms);
      CREATE TRIGGER overtime_reasons_link_closed AFTER INSERT ON sessions WHEN NEW.source = 'tracker'
        BEGIN
          UPDATE overtime_reasons SET session_id = NEW.id WHERE session_id IS NULL AND session_start_ms = NEW.start_ms;
        END;
    `);
  },
};
