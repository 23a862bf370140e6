/**
 * `npm run bench`: runs every entry listed in bench/entries/index.ts, prints the numbers against their
 * targets and writes them, with a description of the machine, to docs/performance.md.
 *
 *   npm run bench                  every entry, writes docs/performance.md
 *   npm run bench -- core store    only entries whose id contains one of the words (nothing written)
 *   npm run bench -- --quick       a smoke run: small sizes, few repetitions (nothing written)
 *
 * Timings on a shared 2-core machine are noisy: goals live here, not in timed tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRIES } from './entries/index';
import { ROOT } from './lib/process';
import { consoleLine, renderReport, type Section } from './report';
import type { BenchContext } from './types';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.filter((a) => !a.startsWith('--'));
  const unknown = only.filter((o) => !ENTRIES.some((e) => e.id.includes(o)));
  if (unknown.length > 0) throw new Error(`no bench entry matches ${unknown.join(', ')} (entries: ${ENTRIES.map((e) => e.id).join(', ')})`);
  const ctx: BenchContext = {
    quick,
    runs: (full) => (quick ? Math.min(full, 3) : full),
    sizes: quick ? [1_000, 10_000] : [10_000, 100_000, 1_000_000],
    log: (line) => process.stdout.write(`  · ${line}\n`),
  };
  const sections: Section[] = [];
  for (const entry of ENTRIES.filter((e) => only.length === 0 || only.some((o) => e.id.includes(o)))) {
    process.stdout.write(`bench ${entry.id} …\n`);
    const t = performance.now();
    const results = await entry.run(ctx);
    for (const r of results) process.stdout.write(consoleLine(r) + '\n');
    process.stdout.write(`  (${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
    sections.push({ id: entry.id, results });
  }
  if (only.length === 0 && !quick) {
    writeFileSync(join(ROOT, 'docs', 'performance.md'), renderReport(sections, new Date()));
    process.stdout.write('wrote docs/performance.md\n');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
