/**
 * A log big enough to damage one page of (300 settings of 900 bytes, checkpointed into the file), in a
 * temporary folder removed after each test, and the damage: the page type of the fillers' last leaf.
 * Shared by the tests of the deferred integrity check and its worker.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore } from '../../src/store/index';

export function fillerLogs(prefix: string) {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return {
    /** A new folder, removed after the test. */
    folder(): string {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    /** A closed log with the fillers, opened (and so backed up) at `now`; its path. */
    async log(now: number): Promise<string> {
      const db = join(this.folder(), 'fyrabend.db');
      const s = await openStore(db, { now: () => now });
      for (let i = 0; i < 300; i++) s.settings.set(`test.filler.${i}`, 'x'.repeat(900));
      s.db.pragma('wal_checkpoint(TRUNCATE)');
      s.close();
      return db;
    },
  };
}

/** Damages a closed filler log: the page type of the fillers' last leaf. */
export function damageLastLeaf(db: string): void {
  const fd = openSync(db, 'r+');
  writeSync(fd, Buffer.from([0x00]), 0, 1, statSync(db).size - 4096);
  closeSync(fd);
}
