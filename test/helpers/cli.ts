/** Runs the real `fyrabend` command line (the bundle behind src/cli/bin.cjs) in a child process. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'src', 'cli', 'bin.cjs');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function ensureCliBuilt(): void {
  if (existsSync(join(ROOT, 'out', 'cli', 'fyrabend.cjs'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'src', 'cli', 'build.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`could not build the CLI: ${r.stderr}`);
}

export function fyrabend(args: readonly string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  ensureCliBuilt();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, ...opts.env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
