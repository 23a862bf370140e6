/**
 * Child process of bench/entries/engine.bench.ts: generates `n` sessions, evaluates them `runs`
 * times with the default agreement and prints the wall times and this process's peak memory as JSON
 * (its own process, so earlier entries of the bench run are not in the peak).
 */
import { defaultAgreement, evaluate } from '../../src/core/index';
import { generateSessions } from './generate';
import { peakRssMB } from './timing';

const n = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 1);
// About 2 250 sessions a year of split home-office days (bench/lib/generate.ts): 1M is 445 years.
const years = Math.ceil(n / 2_250);
const sessions = generateSessions(2026 - years, years).slice(-n);
const agreement = defaultAgreement();
const ms: number[] = [];
let findings = 0;
for (let k = 0; k < runs; k++) {
  const t = performance.now();
  findings = evaluate({ sessions, agreement }).findings.length;
  ms.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ sessions: sessions.length, ms, peakRssMB: peakRssMB(), findings }) + '\n');
