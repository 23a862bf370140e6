/**
 * Scale (issue 18 item 3): the full check of 10 000, 100 000 and 1 000 000 sessions in-process, and
 * `fyrabend import` of 10 000 and 100 000 sessions (JSON reading, validation, the overlap checks and
 * the one-transaction insert, through the CLI's own runCli), each as a growth series from 10 000.
 * Target: linear within a factor of 1.5 per step.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { defaultAgreement, evaluate, type Session } from '../../src/core/index';
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

const bench: BenchEntry = { id: 'scale', run: async (ctx) => {
  const results: BenchResult[] = [];
  const agreement = defaultAgreement();
  const check: GrowthPoint[] = [];
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
