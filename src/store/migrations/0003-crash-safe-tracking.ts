/**
 * Version 3: crash-safe tracking. The open session lives in its own one-row table from the moment it
 * starts, with a heartbeat; stopping moves it into `sessions` in one transaction. Sessions get a
 * review flag (recovered, forgotten timer, too long) and the tracker its pause / idle state.
 */
import type { Migration } from './types';

export const migration0003: Migration = {
  version: 3,
  name: 'crash-safe-tracking',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN review TEXT CHECK (review IN ('recovered', 'forgotten', 'max-length'));
      CREATE TABLE open_session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        start_ms INTEGER NOT NULL,
        zone TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('work', 'on-call')),
        location TEXT NOT NULL CHECK (location IN ('home', 'office', 'other')),
        initiative TEXT NOT NULL CHECK (initiative IN ('employer', 'own')),
        note TEXT,
        heartbeat_ms INTEGER,
        last_activity_ms INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE tracker_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state_json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
