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
import { BIN, ratioResults, type Command } from '../lib/process';
import type { BenchEntry } from '../types';

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
      return ratioResults(ctx, commands, ctx.runs(15));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
