/**
 * The launcher's code cache on Node 20 (src/cli/bin.cjs, issue 21 item 1): a run writes the cache of
 * its command word in a private folder of the temp directory, the next run uses it with the same
 * output, and writing a cache removes the caches of earlier builds of the bundle, so updates do not
 * pile them up. Node 22+ uses module.enableCompileCache instead (then nothing is written there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Module from 'node:module';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'src', 'cli', 'bin.cjs');
const usesCodeCache = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

let tmp: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/cli/fyrabend.cjs'))) spawnSync(process.execPath, [join(ROOT, 'src/cli/build.mjs')], { stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'fyrabend-launcher-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });

describe('the launcher code cache', () => {
  if (!usesCodeCache) {
    it('Node 22+: the launcher writes no cache of its own (module.enableCompileCache keeps it)', () => {
      expect(run('--help').status).toBe(0);
      expect(existsSync(join(tmp, `fyrabend-compile-cache-${process.getuid?.() ?? 'user'}`))).toBe(false);
    });
    return;
  }
  it('is written per command word, used by the next run with the same output, and drops earlier builds', () => {
    const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
    const dir = join(tmp, `fyrabend-compile-cache-${uid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stale = `${process.version}-${process.arch}-1-1-help.cache`;
    writeFileSync(join(dir, stale), 'old build');
    writeFileSync(join(dir, 'notes.txt'), 'not a cache');
    const first = run('--help');
    expect(first.status).toBe(0);
    const files = readdirSync(dir);
    expect(files).not.toContain(stale);
    expect(files).toContain('notes.txt');
    expect(files.filter((f) => f.endsWith('-other.cache'))).toHaveLength(1);
    const second = run('--help');
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith('.cache'))).toHaveLength(1);
  });
});
