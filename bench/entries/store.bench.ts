/**
 * Store bench: insert 100 000 sessions, load one month and one year, and `fyrabend status`
 * end-to-end (a fresh `node src/cli/bin.cjs` process on that database).
 * Targets: year load under 50 ms; status under 300 ms.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SessionInput } from '../../src/app/ports/session-repo';
import { defaultAgreement } from '../../src/core/index';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { openStore } from '../../src/store/index';
import { BASELINE, baselineInstructions, instructions } from '../lib/process';
import type { BenchEntry, BenchResult } from '../types';

const H = 3_600_000;
const DAY = 24 * H;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void, runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const bench: BenchEntry = { id: 'store', run: async (ctx) => {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-'));
  try {
    const db = join(dir, 'bench.db');
    const store = await openStore(db, { backups: false });
    // 100 000 sessions: two a day, ~137 years back from 2026 (the distribution does not matter to the index).
    const end = Date.parse('2026-06-30T00:00:00Z');
    const sessions: SessionInput[] = [];
    for (let i = 0; i < 100_000; i++) {
      const day = end - Math.floor(i / 2) * DAY;
      const start = day + (i % 2 === 0 ? 7 * H : 12 * H);
      sessions.push({ start, end: start + 4 * H, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false });
    }
    const t0 = performance.now();
    store.sessions.importMany(sessions, [], 'Europe/Oslo', end, 'bench');
    const insertMs = performance.now() - t0;
    const month = time(() => store.sessions.between(Date.parse('2026-03-01T00:00:00Z'), Date.parse('2026-04-01T00:00:00Z')), ctx.runs(20));
    const year = time(() => store.sessions.between(Date.parse('2025-01-01T00:00:00Z'), Date.parse('2026-01-01T00:00:00Z')), ctx.runs(20));
    const oldYear = time(() => store.sessions.between(Date.parse('1950-01-01T00:00:00Z'), Date.parse('1951-01-01T00:00:00Z')), ctx.runs(20));
    store.close();
    const bin = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'cli', 'bin.cjs');
    const status = time(() => execFileSync(process.execPath, [bin, 'status', '--db', db], { env: { ...process.env, LANG: 'en_GB.UTF-8' } }), ctx.runs(7));
    // Instructions (callgrind) are stable on a shared machine; `node -e 0` is the baseline of the ratio.
    const base = ctx.quick ? undefined : baselineInstructions();
    const statusInstr = base === undefined ? undefined : instructions({ argv: [bin, 'status', '--db', db], env: { LANG: 'en_GB.UTF-8' } });
    // With an agreement in force since before the first session, status also shows the flexitime balance
    // over the whole history (137 years here): every day is evaluated and classified.
    const withAgreement = await openStore(db, { backups: false });
    withAgreement.agreements.save('1889-01-01', JSON.stringify(agreementToJson(defaultAgreement({ validFrom: '1889-01-01' }))), end);
    withAgreement.close();
    const statusBalance = time(() => execFileSync(process.execPath, [bin, 'status', '--db', db], { env: { ...process.env, LANG: 'en_GB.UTF-8' } }), ctx.runs(3));
    const results: BenchResult[] = [
      { name: 'store: insert 100 000 sessions (one transaction, with audit entries)', value: Math.round(insertMs), unit: 'ms' },
      { name: 'store: load one month of sessions from 100 000', value: Number(month.toFixed(2)), unit: 'ms' },
      { name: 'store: load one year of sessions from 100 000 (recent year)', value: Number(year.toFixed(2)), unit: 'ms', target: { max: 50 } },
      { name: 'store: load one year of sessions from 100 000 (year 1950)', value: Number(oldYear.toFixed(2)), unit: 'ms', target: { max: 50 } },
      { name: 'fyrabend status end-to-end on 100 000 sessions (new process)', value: Math.round(status), unit: 'ms', target: { max: 300 } },
      ...(statusInstr !== undefined && base !== undefined
        ? [{ name: 'fyrabend status end-to-end on 100 000 sessions, instructions', value: statusInstr / 1e6, unit: 'M instr' as const, ratio: { value: statusInstr / base, of: BASELINE } }]
        : []),
      { name: 'fyrabend status on the same 100 000 sessions with an agreement since 1889: the flexitime balance over 137 years', value: Math.round(statusBalance), unit: 'ms' },
    ];
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} };

export default bench;
