/**
 * Version 5: the warnings' state that must survive a restart (issue 4 item 3).
 * - `pending_warnings`: warnings not shown yet (do-not-disturb was on, or the notification server
 *   failed), listed in the tray and the window until dismissed. `request_json` is the notification
 *   (title, body, click payload) in the language it was composed in; `resend` marks the ones held
 *   by do-not-disturb that go out again as one summary while the same session is open.
 * - `warning_snooze`: a running snooze (one row at most), so a restart does not end it.
 */
import type { Migration } from './types';

export const migration0005: Migration = {
  version: 5,
  name: 'warning-state',
  up(db) {
    db.exec(`
      CREATE TABLE pending_warnings (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        since_ms INTEGER NOT NULL,
        cause TEXT NOT NULL CHECK (cause IN ('do-not-disturb', 'not-shown')),
        resend INTEGER NOT NULL CHECK (resend IN (0, 1)),
        request_json TEXT NOT NULL CHECK (json_valid(request_json))
      ) STRICT;

      CREATE TABLE warning_snooze (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        until_ms INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
