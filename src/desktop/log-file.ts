/**
 * The tray app's log file: `<data folder>/logs/fyrabend.log`, rotated by size (`fyrabend.1.log` …
 * the oldest is dropped). What goes in: start-up, the idle source, notifications sent, warnings
 * held, errors. Nothing about the work itself (no sessions, no times worked), and the home folder
 * is written as `~`.
 *
 * A small writer of the host's own rather than electron-log: the host runs under plain Node in
 * tests (electron-log's main entry loads Electron), the folder must follow the data folder
 * (moved with it, opened from Settings), each line is written synchronously so a failed start-up
 * still leaves its reason, and rotation here is a few lines. Writing the log never fails the app.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogFs {
  append(file: string, text: string): void;
  /** Bytes in the file, 0 when it does not exist. */
  size(file: string): number;
  exists(file: string): boolean;
  rename(from: string, to: string): void;
  remove(file: string): void;
  mkdir(dir: string): void;
}

export const nodeLogFs: LogFs = {
  append: (file, text) => appendFileSync(file, text, { encoding: 'utf8', mode: 0o600 }),
  size: (file) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  },
  exists: (file) => existsSync(file),
  rename: (from, to) => renameSync(from, to),
  remove: (file) => rmSync(file, { force: true }),
  mkdir: (dir) => void mkdirSync(dir, { recursive: true }),
};

export const LOG_FILE_NAME = 'fyrabend.log';
/** The log folder inside the data folder. */
export const LOG_DIR_NAME = 'logs';

export interface LogFileOptions {
  readonly dir: string;
  readonly now: () => number;
  /** Rotate before a line would take the file past this size (default 512 KiB). */
  readonly maxBytes?: number;
  /** Files kept, the current one included (default 5). */
  readonly keep?: number;
  /** Written as `~` (the user's name is part of it). */
  readonly home?: string;
  readonly fs?: LogFs;
}

/** `fyrabend.log`, `fyrabend.1.log`, … */
export function rotatedName(index: number): string {
  return index === 0 ? LOG_FILE_NAME : LOG_FILE_NAME.replace(/\.log$/, `.${index}.log`);
}

export function detailText(detail: unknown): string {
  if (detail === undefined || detail === null || detail === '') return '';
  if (detail instanceof Error) return detail.message;
  return typeof detail === 'string' ? detail : JSON.stringify(detail);
}

export class LogFile {
  readonly file: string;
  private readonly fs: LogFs;
  private readonly maxBytes: number;
  private readonly keep: number;
  private broken = false;

  constructor(private readonly o: LogFileOptions) {
    this.fs = o.fs ?? nodeLogFs;
    this.file = join(o.dir, LOG_FILE_NAME);
    this.maxBytes = o.maxBytes ?? 512 * 1024;
    this.keep = Math.max(1, o.keep ?? 5);
  }

  /** One line: ISO time, level, message and detail on one line, the home folder as `~`. */
  format(level: LogLevel, message: string, detail?: unknown): string {
    const text = [message, detailText(detail)].filter(Boolean).join(' ').replace(/[\r\n]+/g, ' ');
    const safe = this.o.home && this.o.home.length > 1 ? text.split(this.o.home).join('~') : text;
    return `${new Date(this.o.now()).toISOString()} ${level.toUpperCase().padEnd(5)} ${safe}\n`;
  }

  write(level: LogLevel, message: string, detail?: unknown): void {
    if (this.broken) return;
    const line = this.format(level, message, detail);
    try {
      this.fs.mkdir(this.o.dir);
      const size = this.fs.size(this.file);
      if (size > 0 && size + Buffer.byteLength(line) > this.maxBytes) this.rotate();
      this.fs.append(this.file, line);
    } catch {
      // A full disk or a read-only folder must not stop the app; the console still gets the line.
      this.broken = true;
    }
  }

  private rotate(): void {
    const oldest = join(this.o.dir, rotatedName(this.keep - 1));
    this.fs.remove(oldest);
    for (let i = this.keep - 2; i >= 0; i--) {
      const from = join(this.o.dir, rotatedName(i));
      if (this.fs.exists(from)) this.fs.rename(from, join(this.o.dir, rotatedName(i + 1)));
    }
  }
}
