/**
 * Process helpers for `npm run bench`: new processes timed against `node -e 0` in the same run
 * (interleaved, so machine noise hits both alike), instruction counts under valgrind's callgrind
 * (stable on a noisy machine) and child processes whose peak memory is their own.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchResult } from '../types';
import { median } from './timing';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The `fyrabend` launcher (the bundle must be built: `npm run build:cli`). */
export const BIN = join(ROOT, 'src', 'cli', 'bin.cjs');
export const BASELINE = '`node -e 0`';

export interface Command {
  /** Arguments after `node`, e.g. [BIN, '--help']. */
  readonly argv: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Exit statuses that count as success (default [0]). */
  readonly ok?: readonly number[];
}

function run(argv: readonly string[], env?: NodeJS.ProcessEnv, ok: readonly number[] = [0]): number {
  const opts: SpawnSyncOptions = { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 2 ** 20 };
  const t = performance.now();
  const r = spawnSync(process.execPath, [...argv], opts);
  const ms = performance.now() - t;
  if (r.status === null || !ok.includes(r.status)) throw new Error(`bench: node ${argv.join(' ')} exited ${r.status ?? r.signal}: ${String(r.stderr).slice(0, 500)}`);
  return ms;
}

export interface WallComparison {
  /** Median wall time of each command, in the order given. */
  readonly ms: readonly number[];
  /** Median wall time of `node -e 0` over the same interleaved rounds. */
  readonly baselineMs: number;
}

/** Runs `node -e 0` and every command once per round, `rounds` times (after one warm-up round). */
export function wallVsNode(commands: readonly Command[], rounds: number): WallComparison {
  const base: number[] = [];
  const each: number[][] = commands.map(() => []);
  for (let k = -1; k < rounds; k++) {
    const b = run(['-e', '0']);
    const xs = commands.map((c) => run(c.argv, c.env, c.ok));
    if (k < 0) continue;
    base.push(b);
    xs.forEach((x, i) => each[i]!.push(x));
  }
  return { ms: each.map((xs) => median(xs)), baselineMs: median(base) };
}

let valgrind: boolean | undefined;
/** Whether valgrind is installed (instruction counts are skipped without it). */
export function hasValgrind(): boolean {
  valgrind ??= spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
  return valgrind;
}

/**
 * Instructions executed by `node …argv` under callgrind, or undefined without valgrind. The count is
 * stable, so one measured run; it follows one run under callgrind that is not counted, because V8
 * refuses a code cache written outside valgrind (another CPU) and the launcher then writes a new one.
 */
export function instructions(cmd: Command): number | undefined {
  if (!hasValgrind()) return undefined;
  callgrind(cmd);
  return callgrind(cmd);
}

function callgrind(cmd: Command): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-cg-'));
  try {
    const r = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${join(dir, 'cg.out')}`, process.execPath, ...cmd.argv], {
      encoding: 'utf8',
      env: { ...process.env, ...cmd.env },
      maxBuffer: 256 * 2 ** 20,
    });
    if (r.status === null || !(cmd.ok ?? [0]).includes(r.status)) throw new Error(`bench: callgrind node ${cmd.argv.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr.slice(-500)}`);
    const m = /Collected\s*:\s*(\d+)/.exec(r.stderr);
    return m ? Number(m[1]) : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let baselineInstr: number | undefined;
/** Instructions of `node -e 0` (measured once per bench run). */
export function baselineInstructions(): number | undefined {
  baselineInstr ??= instructions({ argv: ['-e', '0'] });
  return baselineInstr;
}

/**
 * Runs a TypeScript file of bench/ in its own Node process (through tsx) and returns the JSON it printed
 * on its last line. A child measures peak memory of its own work (`peakRssMB` in bench/lib/timing.ts)
 * without the runner's earlier entries in it.
 */
export function child<T>(script: string, args: readonly string[] = [], extraNodeArgs: readonly string[] = []): T {
  const r = spawnSync(process.execPath, [...extraNodeArgs, '--import', 'tsx', join(ROOT, 'bench', script), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 256 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`bench: ${script} ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr.slice(-1500)}`);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

/** A command of a ratio entry: what the report calls it, how it runs and its ratio target. */
export interface RatioCommand {
  readonly what: string;
  readonly cmd: Command;
  readonly max: number;
}

/**
 * The results of commands measured against `node -e 0` in the same run: interleaved wall medians over
 * `rounds`, then (not in a quick run, and with valgrind) callgrind instruction counts, each with its ratio target.
 */
export function ratioResults(ctx: BenchContext, commands: readonly RatioCommand[], rounds: number): BenchResult[] {
  const wall = wallVsNode(
    commands.map((c) => c.cmd),
    rounds,
  );
  const results: BenchResult[] = [{ name: '`node -e 0` (the baseline of the ratios)', value: wall.baselineMs, unit: 'ms' }];
  commands.forEach((c, i) => {
    const ms = wall.ms[i] as number;
    results.push({ name: `${c.what}, wall time`, value: ms, unit: 'ms', ratio: { value: ms / wall.baselineMs, of: BASELINE, max: c.max } });
  });
  const base = ctx.quick ? undefined : baselineInstructions();
  if (base !== undefined) {
    results.push({ name: '`node -e 0`, instructions (the baseline of the ratios)', value: base / 1e6, unit: 'M instr' });
    for (const c of commands) {
      ctx.log(`callgrind ${c.what}`);
      const n = instructions(c.cmd);
      if (n !== undefined) results.push({ name: `${c.what}, instructions`, value: n / 1e6, unit: 'M instr', ratio: { value: n / base, of: BASELINE, max: c.max } });
    }
  } else if (!ctx.quick) ctx.log('valgrind is not installed: no instruction counts');
  return results;
}
