/**
 * Version 6: marks the file as Fyrabend's (issue 18 item 2). Sets `PRAGMA application_id` to
 * FYRABEND_APPLICATION_ID, so every later open can tell a Fyrabend log from another program's
 * SQLite file. The id lives in the file header and is written in the same transaction as the
 * user_version bump. No table changes.
 */
import { FYRABEND_APPLICATION_ID } from '../application-id';
import type { Migration } from './types';

export const migration0006: Migration = {
  version: 6,
  name: 'application-id',
  up(db) {
    db.pragma(`application_id = ${FYRABEND_APPLICATION_ID}`);
  },
};
