/** Issue 18 item 2: only Fyrabend databases are opened; anything else is refused unchanged, in nb, nn and en. */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStoreError, FYRABEND_APPLICATION_ID, LATEST_VERSION, openStore, StoreError } from '../../src/store/index';
import { tempDir } from './helpers';

const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function sqlite(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

const CASES: { name: string; make: (path: string) => void; code: string; en: RegExp; nb: RegExp; nn: RegExp }[] = [
  { name: 'an empty file', make: (p) => writeFileSync(p, ''), code: 'empty-file', en: /is empty, not a Fyrabend database\. It was not opened and not changed/, nb: /er tom og ikke en Fyrabend-database/, nn: /er tom og ikkje ein Fyrabend-database/ },
  { name: 'an SQLite file with no tables', make: (p) => sqlite(p, 'PRAGMA user_version = 0; VACUUM;'), code: 'empty-file', en: /is empty/, nb: /er tom/, nn: /er tom/ },
  {
    name: "another program's database (its own application id)",
    make: (p) => sqlite(p, 'PRAGMA application_id = 1234; CREATE TABLE sessions (id INTEGER PRIMARY KEY, start_ms INTEGER);'),
    code: 'not-fyrabend',
    en: /is not a Fyrabend database \(application id 1234\)\. It was not opened and not changed; choose the right file with --db\./,
    nb: /er ikke en Fyrabend-database \(application id 1234\)/,
    nn: /er ikkje ein Fyrabend-database/,
  },
  {
    name: 'an SQLite file without an id and without a schema version',
    make: (p) => sqlite(p, 'CREATE TABLE notes (body TEXT);'),
    code: 'not-fyrabend',
    en: /is not a Fyrabend database \(no Fyrabend application id, schema version 0\)/,
    nb: /ikke en Fyrabend-database/,
    nn: /ikkje ein Fyrabend-database/,
  },
  {
    name: 'a version-3 file without the id whose sessions table has the wrong columns',
    make: (p) => sqlite(p, 'PRAGMA user_version = 3; CREATE TABLE sessions (rowid_x INTEGER, start TEXT);'),
    code: 'not-fyrabend',
    en: /is not a Fyrabend database \(table \w+ is missing|table sessions has the columns/,
    nb: /ikke en Fyrabend-database/,
    nn: /ikkje ein Fyrabend-database/,
  },
  {
    name: 'a Fyrabend file (with the id) whose table has lost a column',
    make: (p) =>
      sqlite(p, `PRAGMA application_id = ${FYRABEND_APPLICATION_ID}; PRAGMA user_version = 1; CREATE TABLE sessions (start_ms INTEGER, end_ms INTEGER);`),
    code: 'wrong-schema',
    en: /does not have the tables Fyrabend writes \(table \w+ is missing|columns/,
    nb: /har ikke tabellene Fyrabend skriver/,
    nn: /manglar tabellane Fyrabend skriv/,
  },
  {
    name: 'a file from a future Fyrabend',
    make: (p) => sqlite(p, `PRAGMA application_id = ${FYRABEND_APPLICATION_ID}; PRAGMA user_version = ${LATEST_VERSION + 1}; CREATE TABLE sessions (x);`),
    code: 'newer-version',
    en: /was written by a newer Fyrabend/,
    nb: /er laget av en nyere Fyrabend/,
    nn: /er laga av ein nyare Fyrabend/,
  },
  { name: 'a text file', make: (p) => writeFileSync(p, 'my diary '.repeat(1000)), code: 'damaged', en: /is damaged/, nb: /er skadet/, nn: /er skadd/ },
];

describe('only Fyrabend databases are opened', () => {
  it.each(CASES)('$name is refused with one sentence naming it, and left byte-identical', async ({ make, code, en, nb, nn }) => {
    const dir = tempDir();
    const path = join(dir, 'other.db');
    make(path);
    const before = hash(path);
    const e = await openStore(path).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(StoreError);
    expect((e as StoreError).code).toBe(code);
    for (const [lang, pattern] of [['en', en], ['nb', nb], ['nn', nn]] as const) {
      const text = describeStoreError(e as StoreError, lang);
      expect(text).toMatch(pattern);
      expect(text).toContain(path);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(hash(path)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false); // not backed up, not migrated
    expect(readdirSync(dir)).toEqual(['other.db']); // and nothing made beside it
  });

  it('a new database carries the id and the newest version; a missing one is not created when told so', async () => {
    const dir = tempDir();
    const path = join(dir, 'f.db');
    await expect(openStore(path, { create: false })).rejects.toMatchObject({ code: 'no-database' });
    expect(existsSync(path)).toBe(false);
    const s = await openStore(path);
    expect(s.db.pragma('application_id', { simple: true })).toBe(FYRABEND_APPLICATION_ID);
    expect(s.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    s.close();
    const again = await openStore(path, { create: false });
    again.close();
  });
});
