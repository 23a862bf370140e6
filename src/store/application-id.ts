/**
 * The number in the SQLite header (`PRAGMA application_id`) that marks a file as a Fyrabend
 * database (issue 18 item 2): the ASCII bytes "Fyra" (0x46797261). Set on creation and by
 * migration 0006 for older databases; checked on every open, so a foreign SQLite file is refused
 * instead of migrated. Never change it: every existing log carries it.
 */
export const FYRABEND_APPLICATION_ID = 0x46797261;
