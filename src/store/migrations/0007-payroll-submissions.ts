/**
 * Version 7: submissions to payroll (issue 16). Each row is one month carried by one file sent
 * to payroll, with a snapshot (JSON) of what payroll then has for it; every later difference
 * between the log and the latest snapshot is a correction. Append-only, like `corrections`.
 * Months locked by earlier exports stay in `locked_periods`; the app reads them as sent.
 */
import type { Migration } from './types';

export const migration0007: Migration = {
  version: 7,
  name: 'payroll-submissions',
  up(db) {
    db.exec(`
      CREATE TABLE payroll_submissions (
        id INTEGER PRIMARY KEY,
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        at_ms INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('submit', 'correction')),
        format TEXT NOT NULL,
        snapshot_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX payroll_submissions_by_month ON payroll_submissions (month, at_ms);
      CREATE TRIGGER payroll_submissions_no_update BEFORE UPDATE ON payroll_submissions
        BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
      CREATE TRIGGER payroll_submissions_no_delete BEFORE DELETE ON payroll_submissions
        BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
    `);
  },
};
