/**
 * Issue 21 item 1: start-up of the `fyrabend` command line against `node -e 0` in the same run:
 * `--help` ≤ 1.3× and `check` of one month ≤ 1.5×, in wall time (interleaved medians) and in
 * instructions (callgrind, when valgrind is installed). Needs the bundle (`npm run build:cli`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAgreement } from '../../src/core/index';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { formatSessionsFile } from '../../src/shared/formats/sessions';
import { generateSessions } from '../lib/generate';
import { BASELINE, BIN, baselineInstructions, instructions, wallVsNode, type Command } from '../lib/process';
import type { BenchEntry, BenchResult } from '../types';

const bench: BenchEntry = {
  id: 'startup',
  run: async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-startup-'));
    try {
      const month = generateSessions(2026, 1).filter((s) => s.start >= Date.parse('2026-11-01T00:00:00+01:00') && s.start < Date.parse('2026-12-01T00:00:00+01:00'));
      const sessions = join(dir, 'sessions.json');
      const agreement = join(dir, 'agreement.json');
      writeFileSync(sessions, formatSessionsFile(month, [], 'Europe/Oslo'));
      writeFileSync(agreement, JSON.stringify(agreementToJson(defaultAgreement())));
      const commands: { what: string; cmd: Command; max: number }[] = [
        { what: '`fyrabend --help`', cmd: { argv: [BIN, '--help'] }, max: 1.3 },
        { what: `\`fyrabend check\`, one month (${month.length} sessions)`, cmd: { argv: [BIN, 'check', '--sessions', sessions, '--agreement', agreement] }, max: 1.5 },
      ];
      const wall = wallVsNode(
        commands.map((c) => c.cmd),
        ctx.runs(15),
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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
