/**
 * Scale (issue 18 item 3 and its bench): `fyrabend check` of 10 000, 100 000 and 1 000 000 sessions (the
 * command line in a new process, reading a sessions file and printing the findings to /dev/null; with
 * /usr/bin/time also its CPU time and peak memory), the same full check in-process (the engine alone),
 * and `fyrabend import` of 10 000 and 100 000 sessions (JSON reading, validation, the overlap checks and
 * the one-transaction insert, through the CLI's own runCli), each as a growth series from 10 000.
 * Target: linear within a factor of 1.5 per step. `--quick` uses 1 000 and 10 000 sessions; every file
 * is written in a temporary folder and removed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { defaultAgreement, evaluate, type Session } from '../../src/core/index';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { BIN } from '../lib/process';
import { median } from '../lib/timing';
import type { BenchEntry, BenchResult, GrowthPoint } from '../types';

const H = 3_600_000;
const DAY = 24 * H;
/** Four pieces a day (08:00–10:00, 10:15–12:00, 12:30–14:30, 14:45–16:00 UTC), day after day from 1900. */
const PIECES: readonly [number, number][] = [[8, 10], [10.25, 12], [12.5, 14.5], [14.75, 16]];

function sessions(n: number): Session[] {
  const base = Date.parse('1900-01-01T00:00:00Z');
  const out: Session[] = [];
  for (let i = 0; i < n; i++) {
    const day = base + Math.floor(i / PIECES.length) * DAY;
    const [from, to] = PIECES[i % PIECES.length]!;
    out.push({ start: day + from * H, end: day + to * H, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false });
  }
  return out;
}

/** The simplest sessions file: start and end only (the other fields take their defaults). */
function sessionsFile(n: number): string {
  return JSON.stringify({ format: 'fyrabend.sessions/1', sessions: sessions(n).map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() })) });
}

const fmtSize = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

interface CheckRun {
  readonly wallMs: number;
  /** User + system CPU and peak resident memory, from /usr/bin/time (when installed). */
  readonly cpuMs?: number;
  readonly peakMB?: number;
}

/** One `fyrabend check` in a new process; the findings go to /dev/null (a million sessions print hundreds of MB). */
function cliCheck(sessionsPath: string, agreementPath: string): CheckRun {
  const argv = [BIN, 'check', '--sessions', sessionsPath, '--agreement', agreementPath];
  const timed = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...argv], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'en_GB.UTF-8' } })
    : spawnSync(process.execPath, argv, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'en_GB.UTF-8' } });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`bench: fyrabend check exited ${r.status ?? r.signal}: ${String(r.stderr).slice(-500)}`);
  if (!timed) return { wallMs };
  const [user, sys, kb] = (String(r.stderr).trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000, peakMB: (kb ?? 0) / 1024 };
}

const bench: BenchEntry = { id: 'scale', run: async (ctx) => {
  const results: BenchResult[] = [];
  const agreement = defaultAgreement();

  // `fyrabend check` end to end: a new process reading a sessions file.
  const work = mkdtempSync(join(tmpdir(), 'fyrabend-bench-check-'));
  try {
    const agreementPath = join(work, 'agreement.json');
    writeFileSync(agreementPath, JSON.stringify(agreementToJson(agreement)));
    const wall: GrowthPoint[] = [];
    const cpu: GrowthPoint[] = [];
    const peak: GrowthPoint[] = [];
    for (const n of ctx.sizes) {
      const file = join(work, `sessions-${n}.json`);
      writeFileSync(file, sessionsFile(n));
      const runs = Array.from({ length: n >= 1_000_000 ? 1 : ctx.runs(3) }, () => cliCheck(file, agreementPath));
      rmSync(file, { force: true });
      const w = median(runs.map((r) => r.wallMs));
      wall.push({ size: n, value: Math.round(w) });
      if (runs[0]!.cpuMs !== undefined) {
        cpu.push({ size: n, value: Math.round(median(runs.map((r) => r.cpuMs!))) });
        peak.push({ size: n, value: Math.round(median(runs.map((r) => r.peakMB!))) });
      }
      ctx.log(`fyrabend check of ${n} sessions: ${Math.round(w)} ms wall${cpu.length ? `, ${cpu.at(-1)!.value} ms CPU, ${peak.at(-1)!.value} MB peak` : ''}`);
    }
    const top = fmtSize(wall.at(-1)!.size);
    results.push({ name: `\`fyrabend check\` of ${top} sessions (a new process reading a sessions file), wall time`, value: wall.at(-1)!.value, unit: 'ms', growth: { of: 'sessions', points: wall, maxFactor: 1.5 } });
    if (cpu.length > 0) {
      results.push({ name: `\`fyrabend check\` of ${top} sessions, CPU time (user + system, /usr/bin/time)`, value: cpu.at(-1)!.value, unit: 'ms', growth: { of: 'sessions', points: cpu, maxFactor: 1.5 } });
      results.push({ name: `\`fyrabend check\` of ${top} sessions, peak memory`, value: peak.at(-1)!.value, unit: 'MB', growth: { of: 'sessions', points: peak, maxFactor: 1.5 } });
    } else ctx.log('/usr/bin/time is not installed: the CPU time and peak memory of fyrabend check were not measured');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const check: GrowthPoint[] = [];
  evaluate({ sessions: sessions(1_000), agreement }); // warm-up, so the smallest size is not mostly JIT compilation
  for (const n of ctx.sizes) {
    const input = sessions(n);
    const t = performance.now();
    const report = evaluate({ sessions: input, agreement });
    const ms = performance.now() - t;
    ctx.log(`check of ${n} sessions: ${Math.round(ms)} ms (${report.days.length} days)`);
    check.push({ size: n, value: Math.round(ms) });
  }
  const biggest = check.at(-1)!;
  results.push({ name: `full check in-process of ${biggest.size.toLocaleString('en')} sessions`, value: biggest.value, unit: 'ms', growth: { of: 'sessions', points: check, maxFactor: 1.5 } });

  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-import-'));
  try {
    const imports: GrowthPoint[] = [];
    for (const n of ctx.sizes.filter((s) => s <= 100_000)) {
      const file = join(dir, `sessions-${n}.json`);
      const doc = { format: 'fyrabend.sessions/1', sessions: sessions(n).map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() })) };
      writeFileSync(file, JSON.stringify(doc));
      const db = join(dir, `import-${n}.db`);
      let err = '';
      const t = performance.now();
      const code = await runCli(['import', file, '--db', db, '--zone', 'Europe/Oslo'], { stdout: () => {}, stderr: (x) => (err += x), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8' }, cwd: dir });
      const ms = performance.now() - t;
      if (code !== 0) throw new Error(`bench: import of ${n} sessions exited ${code}: ${err.slice(0, 300)}`);
      ctx.log(`import of ${n} sessions: ${Math.round(ms)} ms`);
      imports.push({ size: n, value: Math.round(ms) });
    }
    const last = imports.at(-1)!;
    results.push({ name: `fyrabend import of ${last.size.toLocaleString('en')} sessions into a new log (one transaction)`, value: last.value, unit: 'ms', growth: { of: 'sessions', points: imports, maxFactor: 1.5 } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
} };

export default bench;
