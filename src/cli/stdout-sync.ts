/**
 * Synchronous writes of the CLI's output to a file descriptor (issue 21): one UTF-8 encoding of the
 * text and write(2) calls on the descriptor, without setting up process.stdout's stream.
 * - a partial write goes on with the rest;
 * - EAGAIN (a non-blocking pipe, e.g. shared with a parent that made it non-blocking, whose reader is
 *   behind) waits a moment and tries again;
 * - EPIPE (the reader went away, `fyrabend check … | head -1`) is returned as 'closed' so the caller
 *   can end quietly.
 */
import { writeSync } from 'node:fs';

export type WriteResult = 'ok' | 'closed';
type Write = (fd: number, buffer: Uint8Array, offset: number, length: number) => number;

let sleeper: Int32Array | undefined;
const pause = (ms: number): void => {
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleeper, 0, 0, ms);
};

/** Writes all of `text` to `fd`; 'closed' when the reader has gone (EPIPE). Other errors are thrown. */
export function writeAllSync(fd: number, text: string | Uint8Array, write: Write = writeSync, wait: (ms: number) => void = pause): WriteResult {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let offset = 0;
  let idle = 0;
  while (offset < bytes.length) {
    let n: number;
    try {
      n = write(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return 'closed';
      if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK' && code !== 'EINTR') throw e;
      // back off up to 50 ms a try while the reader is behind
      wait(Math.min(50, 1 + idle++));
      continue;
    }
    idle = 0;
    offset += n;
  }
  return 'ok';
}
