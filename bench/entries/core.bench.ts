/** Rule engine, planner and `fyrabend check` end to end on ten years of generated sessions (issue 2 targets). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAgreement, evaluate, plan } from '../../src/core/index';
import { formatSessionsFile } from '../../src/shared/formats/sessions';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { fileURLToPath } from 'node:url';
import type { BenchEntry, BenchResult } from '../types';
import { generateSessions, rng } from '../lib/generate';
import { median, timeIt } from '../lib/timing';

const HERE = fileURLToPath(new URL('.', import.meta.url));

const bench: BenchEntry = { id: 'core', run: async (ctx) => {
  const sessions = generateSessions(2017, 10);
  const agreement = defaultAgreement();
  const results: BenchResult[] = [];

  const full = timeIt(() => evaluate({ sessions, agreement }), ctx.runs(7));
  results.push({ name: `full check in-process, 10 years (${sessions.length} sessions)`, value: median(full), unit: 'ms', target: { max: 150 } });

  const random = rng(7);
  const first = sessions[0]!.start;
  const last = sessions[sessions.length - 1]!.end;
  const instants = Array.from({ length: 1000 }, () => first + Math.floor(random() * (last - first)));
  // The app hands the planner the sessions of the last days (a store query), as PlanInput documents.
  const recent = instants.map((now) => sessions.filter((s) => s.end > now - 9 * 86_400_000 && s.start < now));
  plan({ sessions: recent[0]!, agreement, now: instants[0]! }); // warm-up
  let t0 = performance.now();
  instants.forEach((now, k) => plan({ sessions: recent[k]!, agreement, now }));
  const perCall = (performance.now() - t0) / instants.length;
  results.push({ name: 'planner, one call with the last 9 days of sessions (mean of 1 000 random instants over the 10 years)', value: perCall, unit: 'ms', target: { max: 0.5 } });
  t0 = performance.now();
  for (const now of instants) plan({ sessions, agreement, now });
  results.push({ name: 'planner, one call handed all 10 years of sessions (mean of 1 000 calls)', value: (performance.now() - t0) / instants.length, unit: 'ms' });

  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-'));
  const month = sessions.filter((s) => s.start >= Date.parse('2026-11-01T00:00:00+01:00') && s.start < Date.parse('2026-12-01T00:00:00+01:00'));
  const sPath = join(dir, 'sessions.json');
  const aPath = join(dir, 'agreement.json');
  writeFileSync(sPath, formatSessionsFile(month, [], 'Europe/Oslo'));
  writeFileSync(aPath, JSON.stringify(agreementToJson(agreement)));
  const bin = join(HERE, '..', '..', 'src', 'cli', 'bin.cjs');
  const runs: number[] = [];
  for (let k = 0; k < ctx.runs(7); k++) {
    const s = performance.now();
    const r = spawnSync(process.execPath, [bin, 'check', '--sessions', sPath, '--agreement', aPath], { encoding: 'utf8' });
    runs.push(performance.now() - s);
    if (r.status !== 0) throw new Error(`fyrabend check failed in the benchmark: ${r.stderr}`);
  }
  results.push({ name: `\`fyrabend check\` end to end, one month (${month.length} sessions)`, value: median(runs), unit: 'ms', target: { max: 400 } });
  return results;
} };

export default bench;
