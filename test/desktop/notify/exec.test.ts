/** execWithTimeout with real programs: output and exit code, a missing or refused program, the timeout; it never rejects. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execWithTimeout } from '../../../src/desktop/notify/exec';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('execWithTimeout', () => {
  it('resolves with the exit code, stdout and stderr', async () => {
    expect(await execWithTimeout()('sh', ['-c', 'echo out; echo err >&2; exit 3'])).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n', missing: false });
    expect(await execWithTimeout()('sh', ['-c', 'echo fine'])).toEqual({ code: 0, stdout: 'fine\n', stderr: '', missing: false });
  });

  it('a program that is not installed is missing', async () => {
    expect(await execWithTimeout()('fyrabend-no-such-program', [])).toEqual({ code: null, stdout: '', stderr: '', missing: true });
  });

  it('a program that cannot be started says why in stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-exec-'));
    dirs.push(dir);
    const file = join(dir, 'not-executable');
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o644);
    expect(await execWithTimeout()(file, [])).toMatchObject({ code: 1, missing: false, stderr: expect.stringContaining('EACCES') });
  });

  it('arguments execFile refuses (a NUL byte) resolve with the reason instead of rejecting', async () => {
    expect(await execWithTimeout()('sh', ['-c', 'echo a\0b'])).toMatchObject({ code: null, stdout: '', missing: false, stderr: expect.stringContaining('null bytes') });
  });

  it('a program running past the timeout is killed', async () => {
    const started = Date.now();
    const r = await execWithTimeout(200)('sleep', ['5']);
    expect(r.code).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
