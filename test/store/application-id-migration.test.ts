import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FYRABEND_APPLICATION_ID } from '../../src/store/application-id';
import { openDatabase } from '../../src/store/index';
import { tempDir } from './helpers';

function appId(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('application_id', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('migration 0006: the Fyrabend application id', () => {
  it('a database created before version 6 has no id, and gets it when migrated', async () => {
    const path = join(tempDir(), 'f.db');
    (await openDatabase(path, { targetVersion: 5, backups: false })).close();
    expect(appId(path)).toBe(0);
    (await openDatabase(path, { backups: false })).close();
    expect(appId(path)).toBe(FYRABEND_APPLICATION_ID);
  });

  it('a new database carries the id', async () => {
    const path = join(tempDir(), 'f.db');
    (await openDatabase(path, { backups: false })).close();
    expect(appId(path)).toBe(0x46797261);
  });
});
