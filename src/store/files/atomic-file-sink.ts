/**
 * The FileSink port on the real file system: writes a temp file next to the target, flushes it to
 * disk, then renames it over the target, so the target is either the old file or the whole new one.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { FileSink } from '../../app/ports/file-sink';

export class AtomicFileSink implements FileSink {
  constructor(private readonly unique: () => string = () => `${process.pid}-${Math.random().toString(36).slice(2)}`) {}

  async writeAtomic(path: string, data: Uint8Array): Promise<void> {
    const temp = join(dirname(path), `.${basename(path)}.${this.unique()}.tmp`);
    const fd = openSync(temp, 'wx', 0o600);
    try {
      let off = 0;
      while (off < data.length) off += writeSync(fd, data, off, data.length - off);
      fsyncSync(fd);
    } catch (e) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw e;
    }
    closeSync(fd);
    try {
      renameSync(temp, path);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
  }
}
