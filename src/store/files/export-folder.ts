/**
 * The ExportFolder port on the real file system: creates the folder when missing, picks a free name
 * (`report.html`, `report (2).html`, …) so an earlier export is never overwritten, and writes through
 * the atomic file sink. Names are base names only; anything path-like is refused.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExportFolder } from '../../app/ports/export-folder';
import { AtomicFileSink } from './atomic-file-sink';

export function fileExportFolder(folder: string, sink = new AtomicFileSink()): ExportFolder {
  return {
    async write(name, data) {
      if (name !== basename(name) || name.startsWith('.') || /[\\/:*?"<>|\0]/.test(name)) throw new Error(`refused export name '${name}'`);
      mkdirSync(folder, { recursive: true });
      const ext = extname(name);
      const stem = name.slice(0, name.length - ext.length);
      let path = join(folder, name);
      for (let n = 2; existsSync(path); n++) path = join(folder, `${stem} (${n})${ext}`);
      await sink.writeAtomic(path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
      return path;
    },
  };
}
