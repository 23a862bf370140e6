/**
 * Version 8: absences (issue 15): full or part days of holiday, sick leave, a child's illness, time off
 * in lieu, leave or other, each with an inclusive range of local dates. Every change goes into the
 * audit log (actions absence-add / absence-edit / absence-delete, the absence as JSON).
 */
import type { Migration } from './types';

export const migration0008: Migration = {
  version: 8,
  name: 'absences',
  up(db) {
    db.exec(`
      CREATE TABLE absences (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ferie', 'sykdom', 'sykt-barn', 'avspasering', 'permisjon', 'annet')),
        from_date TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        to_date TEXT NOT NULL CHECK (to_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        hours REAL CHECK (hours IS NULL OR (hours > 0 AND hours <= 24)),
        document TEXT CHECK (document IS NULL OR document IN ('egenmelding', 'sykmelding')),
        paid INTEGER CHECK (paid IS NULL OR paid IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        CHECK (from_date <= to_date)
      ) STRICT;
      CREATE INDEX absences_by_date ON absences (to_date, from_date);
    `);
  },
};
