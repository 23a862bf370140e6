/**
 * Is this SQLite file a Fyrabend log (issue 18 item 2)? Read from the header (PRAGMA application_id,
 * user_version) and the schema, without writing anything. A file is Fyrabend's when it carries
 * FYRABEND_APPLICATION_ID, or (written before migration 0006) has no id but a version 1–5 whose
 * tables and columns are exactly what that version's migrations create. Everything else — an empty
 * file, another program's database, a table with the wrong columns — is refused before any pragma
 * or migration touches it.
 */
import Database from 'better-sqlite3';
import { FYRABEND_APPLICATION_ID } from './application-id';
import { backupDirFor } from './backup';
import { StoreError } from './errors';
import { migrate, schemaVersion } from './migrate';
import { LATEST_VERSION } from './migrations/index';

/** Version 6 (migration 0006) is the first that carries the application id. */
const FIRST_VERSION_WITH_ID = 6;

export type Identity =
  | { readonly kind: 'fyrabend'; readonly version: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'foreign'; readonly detail: string }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'wrong-schema'; readonly detail: string };

type Shape = ReadonlyMap<string, readonly string[]>;

function shapeOf(db: Database.Database): Shape {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const shape = new Map<string, string[]>();
  for (const t of tables) shape.set(t, (db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(t) as string[]).slice().sort());
  return shape;
}

const expected = new Map<string, Shape>();

/** The tables and columns the migrations create up to `version` (built once per version in memory). */
function expectedShape(version: number, nativeBinding?: string): Shape {
  const key = `${version}:${nativeBinding ?? ''}`;
  let shape = expected.get(key);
  if (!shape) {
    const mem = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      migrate(mem, version);
      shape = shapeOf(mem);
    } finally {
      mem.close();
    }
    expected.set(key, shape);
  }
  return shape;
}

/** The first difference between the file's tables and the expected ones, or null. Extra tables are allowed. */
function schemaDifference(db: Database.Database, version: number, nativeBinding?: string): string | null {
  const actual = shapeOf(db);
  for (const [table, columns] of expectedShape(version, nativeBinding)) {
    const got = actual.get(table);
    if (!got) return `table ${table} is missing`;
    if (got.join(',') !== columns.join(',')) return `table ${table} has the columns (${got.join(', ')}), expected (${columns.join(', ')})`;
  }
  return null;
}

/** What the open file is. Reads only. */
export function identify(db: Database.Database, nativeBinding?: string): Identity {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
  if (appId === 0 && version === 0 && tables === 0) return { kind: 'empty' };
  if (appId !== FYRABEND_APPLICATION_ID) {
    if (appId !== 0) return { kind: 'foreign', detail: `application id ${appId}` };
    if (version < 1 || version >= FIRST_VERSION_WITH_ID) return { kind: 'foreign', detail: `no Fyrabend application id, schema version ${version}` };
  }
  if (version > LATEST_VERSION) return { kind: 'newer', version };
  if (version < 1) return { kind: 'wrong-schema', detail: 'no schema version' };
  const difference = schemaDifference(db, version, nativeBinding);
  if (difference) return appId === 0 ? { kind: 'foreign', detail: difference } : { kind: 'wrong-schema', detail: difference };
  return { kind: 'fyrabend', version };
}

/** Throws the StoreError that refuses a file that is not a usable Fyrabend log; returns its schema version otherwise. */
export function requireFyrabend(db: Database.Database, path: string, nativeBinding?: string): number {
  const id = identify(db, nativeBinding);
  switch (id.kind) {
    case 'fyrabend':
      return id.version;
    case 'empty':
      throw new StoreError('empty-file', { path });
    case 'foreign':
      throw new StoreError('not-fyrabend', { path, detail: id.detail });
    case 'newer':
      throw new StoreError('newer-version', { path, found: id.version, supported: LATEST_VERSION });
    case 'wrong-schema':
      throw new StoreError('wrong-schema', { path, detail: id.detail, backups: backupDirFor(path) });
  }
}
