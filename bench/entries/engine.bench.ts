/**
 * Issue 21 item 2: the rule engine at any size of history. `fyrabend check` of ten years ≤ 2.5×
 * `node -e 0` (wall time, interleaved, and instructions under callgrind), and the engine in-process
 * at 10k, 100k and 1M sessions (each in its own process: first evaluation, so JIT warm-up included):
 * 1M in under 1.5 s with a peak under 600 MB, growing within 1.5× of linear.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAgreement } from '../../src/core/index';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { formatSessionsFile } from '../../src/shared/formats/sessions';
import { generateSessions } from '../lib/generate';
import { BASELINE, BIN, baselineInstructions, child, instructions, wallVsNode, type Command } from '../lib/process';
import { median } from '../lib/timing';
import type { BenchEntry, BenchResult, GrowthPoint } from '../types';

interface ChildResult {
  readonly sessions: number;
  readonly ms: readonly number[];
  readonly peakRssMB: number;
  readonly findings: number;
}

const fmtSize = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

const bench: BenchEntry = {
  id: 'engine',
  run: async (ctx) => {
    const results: BenchResult[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-engine-'));
    try {
      const sessions = generateSessions(2017, 10);
      const sPath = join(dir, 'sessions.json');
      const aPath = join(dir, 'agreement.json');
      writeFileSync(sPath, formatSessionsFile(sessions, [], 'Europe/Oslo'));
      writeFileSync(aPath, JSON.stringify(agreementToJson(defaultAgreement())));
      const cmd: Command = { argv: [BIN, 'check', '--sessions', sPath, '--agreement', aPath] };
      const what = `\`fyrabend check\`, ten years (${sessions.length} sessions)`;
      const wall = wallVsNode([cmd], ctx.runs(7));
      results.push({ name: `${what}, wall time`, value: wall.ms[0] as number, unit: 'ms', ratio: { value: (wall.ms[0] as number) / wall.baselineMs, of: BASELINE, max: 2.5 } });
      const base = ctx.quick ? undefined : baselineInstructions();
      if (base !== undefined) {
        ctx.log(`callgrind ${what}`);
        const n = instructions(cmd);
        if (n !== undefined) results.push({ name: `${what}, instructions`, value: n / 1e6, unit: 'M instr', ratio: { value: n / base, of: BASELINE, max: 2.5 } });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const time: GrowthPoint[] = [];
    const memory: GrowthPoint[] = [];
    for (const size of ctx.sizes) {
      ctx.log(`engine in-process, ${fmtSize(size)} sessions`);
      const r = child<ChildResult>('lib/engine-child.ts', [String(size), String(size >= 1e6 ? 1 : ctx.runs(3))]);
      time.push({ size, value: median(r.ms) });
      memory.push({ size, value: r.peakRssMB });
    }
    const last = ctx.sizes[ctx.sizes.length - 1] as number;
    const lastTime = time[time.length - 1]!.value;
    const lastMemory = memory[memory.length - 1]!.value;
    const full = last >= 1e6;
    results.push({
      name: `engine in-process, ${fmtSize(last)} sessions (evaluate, first call in a fresh process)`,
      value: lastTime,
      unit: 'ms',
      ...(full ? { target: { max: 1500 } } : {}),
      growth: { of: 'sessions', points: time },
    });
    results.push({
      name: `engine in-process, ${fmtSize(last)} sessions, peak memory of the process (sessions included)`,
      value: lastMemory,
      unit: 'MB',
      ...(full ? { target: { max: 600 } } : {}),
      growth: { of: 'sessions', points: memory },
    });
    return results;
  },
};

export default bench;
