/**
 * The CLI's synchronous output (issue 21): partial writes and EAGAIN go on until all is written, EPIPE
 * ends quietly. Unit cases with a scripted write, and the real command on a slow non-blocking pipe and
 * on a reader that goes away after the first bytes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAllSync } from '../../src/cli/stdout-sync';
import { BIN, ensureCliBuilt, fyrabend, ROOT } from '../helpers/cli';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeAllSync', () => {
  it('goes on after partial writes and EAGAIN, and writes every byte once in order', () => {
    const text = 'æøå § → 😀 '.repeat(50);
    const got: number[] = [];
    let call = 0;
    const waits: number[] = [];
    const write = (_fd: number, b: Uint8Array, off: number, len: number) => {
      call++;
      if (call % 3 === 0) throw errno('EAGAIN');
      const n = Math.min(len, 7);
      for (let i = off; i < off + n; i++) got.push(b[i]!);
      return n;
    };
    expect(writeAllSync(1, text, write, (ms) => waits.push(ms))).toBe('ok');
    expect(Buffer.from(got).toString('utf8')).toBe(text);
    expect(waits.length).toBeGreaterThan(0);
  });

  it("returns 'closed' on EPIPE and throws other errors", () => {
    expect(writeAllSync(1, 'x', () => { throw errno('EPIPE'); })).toBe('closed');
    expect(() => writeAllSync(1, 'x', () => { throw errno('EBADF'); })).toThrow('EBADF');
  });
});

describe('the real command’s stdout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-stdout-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // five months of long work days: about half a MB of findings, far more than a pipe holds
  const sessions = [];
  for (let d = 0; d < 150; d++) {
    const day = new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10);
    sessions.push({ start: `${day}T07:00:00+01:00`, end: `${day}T19:30:00+01:00`, kind: 'work', location: 'office', initiative: 'employer', breakWithDuties: false });
  }
  const sessionsFile = join(dir, 'sessions.json');
  writeFileSync(sessionsFile, JSON.stringify({ format: 'fyrabend.sessions/1', sessions }));
  const args = ['check', '--sessions', sessionsFile, '--agreement', join(ROOT, 'test/fixtures/spec-cases/e17c-new-years-eve/agreement.json')];

  it('writes all of it to a non-blocking pipe whose reader is slow', async () => {
    const expected = fyrabend(args);
    expect(expected.status).toBe(0);
    expect(expected.stdout.length).toBeGreaterThan(200_000);
    const fifo = join(dir, 'fifo');
    spawnSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    // the shell waits until the pipe is non-blocking (set below on the shared open file), then becomes the command
    const child = spawn('sh', ['-c', 'sleep 0.3; exec "$0" "$@"', process.execPath, BIN, ...args], { stdio: ['ignore', writer, 'pipe'] });
    new Socket({ fd: writer, readable: false, writable: true }).destroy(); // libuv opens it non-blocking; destroy closes our copy
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const chunks: Buffer[] = [];
    await new Promise<void>((done) => {
      const tick = () => {
        const b = Buffer.alloc(4096);
        let n = -1;
        try {
          n = readSync(reader, b, 0, b.length, null);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        }
        if (n === 0) return done();
        if (n > 0) chunks.push(b.subarray(0, n));
        setTimeout(tick, 1);
      };
      tick();
    });
    closeSync(reader);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.stdout);
  }, 60_000);

  it('ends quietly with status 0 when the reader closes after the first bytes (| head -1)', async () => {
    ensureCliBuilt();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
