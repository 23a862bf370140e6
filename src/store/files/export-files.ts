/**
 * The ExportFiles port on the real file system: the folder is created when missing, a free name is
 * picked (`x.csv`, `x (2).csv`, …) and the bytes go through the atomic file sink. Base names only;
 * anything path-like is refused.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExportFiles } from '../../app/ports/export-files';
import { AtomicFileSink } from './atomic-file-sink';

export function fileExportFiles(folder: string, sink = new AtomicFileSink()): ExportFiles {
  return {
    async write(name, data) {
      if (name !== basename(name) || name.startsWith('.') || /[\\/:*?"<>|\0]/.test(name)) throw new Error(`refused export name '${name}'`);
      mkdirSync(folder, { recursive: true });
      const ext = extname(name);
      const stem = name.slice(0, name.length - ext.length);
      let path = join(folder, name);
      for (let n = 2; existsSync(path); n++) path = join(folder, `${stem} (${n})${ext}`);
      await sink.writeAtomic(path, data);
      return path;
    },
  };
}
