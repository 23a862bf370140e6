/**
 * Runs the pending migrations, each in its own transaction together with the PRAGMA user_version
 * bump, so a crash leaves the database at the previous version or the next, never between.
 */
import type Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations/index';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Migrates up to `target` (default: the newest). Returns the versions applied. */
export function migrate(db: Database.Database, target: number = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= schemaVersion(db) || m.version > target) continue;
    // The version is read again under the write lock: another process opening the same file at
    // the same moment may have applied this step already.
    const ran = db.transaction(() => {
      if (m.version <= schemaVersion(db)) return false;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      return true;
    }).immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}
