/**
 * `npm run bench`: runs every bench/*.bench.ts, prints the numbers against their targets and writes them,
 * with a description of the machine, to docs/performance.md. Timings on a shared 2-core machine are noisy:
 * goals live here, not in timed tests.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchResult } from './types';

const HERE = fileURLToPath(new URL('.', import.meta.url));

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(HERE)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const sections: { file: string; results: readonly BenchResult[] }[] = [];
  for (const file of files) {
    process.stdout.write(`bench ${file} …\n`);
    const mod = (await import(pathToFileURL(join(HERE, file)).href)) as { default: Bench };
    const results = await mod.default();
    for (const r of results) process.stdout.write(`  ${r.name}: ${fmt(r.value)} ${r.unit}${r.target ? ` (target < ${r.target.max} ${r.unit}: ${r.value < r.target.max ? 'met' : 'MISSED'})` : ''}\n`);
    sections.push({ file, results });
  }
  if (only.length === 0) writeReport(sections);
}

const fmt = (v: number) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(1) : v.toFixed(0));

function machine(): string {
  const c = cpus();
  let model = c[0]?.model ?? 'unknown CPU';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    /* not Linux */
  }
  return `${c.length} × ${model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

function writeReport(sections: { file: string; results: readonly BenchResult[] }[]): void {
  const lines = [
    '# Performance',
    '',
    'Written by `npm run bench` (bench/run.ts); numbers are medians unless the name says otherwise, measured',
    'on a shared machine, so expect noise of ±30 %. Targets come from the issues; a missed target is a bug.',
    '',
    `Machine: ${machine()}.`,
    `Measured: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    '| benchmark | what | measured | target | |',
    '|---|---|---|---|---|',
  ];
  for (const s of sections) {
    for (const r of s.results) {
      const ok = r.target ? (r.value < r.target.max ? 'met' : '**missed**') : '';
      lines.push(`| ${s.file} | ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.target ? `< ${r.target.max} ${r.unit}` : '—'} | ${ok} |`);
    }
  }
  writeFileSync(join(HERE, '..', 'docs', 'performance.md'), lines.join('\n') + '\n');
  process.stdout.write('wrote docs/performance.md\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
