/**
 * Issues 17 and 21 (item 6): the representative's aggregation with disclosure control on every figure is
 * linear. In-process: 10 000 summary files read (bounded), checked, one per id, aggregated and rendered to
 * HTML under 0.8 s (issue 17 asked under 2 s), growth 10k → 100k within 1.5× of linear. Command line:
 * `fyrabend rep aggregate FOLDER --senders N` of 100 000 files under 5 s with under 300 MB peak memory
 * (issue 17 asked under 20 s), measured with /usr/bin/time when it is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parsePeriod, periodWeeks, type Summary } from '../../src/core/anonymise/index';
import type { RuleId } from '../../src/core/model';
import { buildRepReport, importSummaries, reportHtml, type SummaryFiles } from '../../src/app/summary/index';
import { readBounded } from '../../src/cli/bounded-read';
import { formatSummaryFile } from '../../src/shared/formats/summary';
import { rng } from '../lib/generate';
import { BIN } from '../lib/process';
import { median, timeIt } from '../lib/timing';
import type { BenchEntry, BenchResult } from '../types';

const RULES: RuleId[] = ['aml.10-8.daily-rest', 'aml.10-6.overtime-week', 'aml.10-11.night', 'agreement.outside-hours'];

/** `n` quarter summaries from `n` people in four workplaces, six departments and three job categories (30 % not stated). */
function writeFiles(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const random = rng(17);
  const weeks = periodWeeks(parsePeriod('2026-Q4')!);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const hex = (k: number) => Array.from({ length: k }, () => Math.floor(random() * 16).toString(16)).join('');
  return Array.from({ length: n }, (_, i) => {
    const s: Summary = {
      format: 'fyrabend.summary/2',
      id: `${hex(8)}-${hex(4)}-8${hex(3)}-9${hex(3)}-${hex(12)}`,
      period: '2026-Q4',
      created: '2027-W01',
      groups: { workplace: pick(['Oslo', 'Bergen', 'Trondheim', 'Tromsø']), department: pick(['IT', 'Sales', 'Finance', 'HR', 'Support', 'Legal']), ...(random() < 0.7 ? { jobCategory: pick(['Engineer', 'Manager', 'Advisor']) } : {}) },
      weeks: weeks.map((week) => {
        const rule = random() < 0.2 ? pick(RULES) : null;
        return { week, hours: 35 + Math.floor(random() * 12), overtime: random() < 0.3 ? Math.floor(random() * 16) / 2 : 0, merarbeid: random() < 0.2 ? 1.5 : 0, night: random() < 0.1 ? 2 : 0, sunday: random() < 0.05 ? 3 : 0, outsideAgreed: Math.floor(random() * 6) / 2, findings: rule ? { [rule]: { violation: 1 } } : {} };
      }),
    };
    const p = join(dir, `s-${String(i).padStart(6, '0')}.json`);
    writeFileSync(p, formatSummaryFile(s));
    return p;
  });
}

const files: SummaryFiles = { read: (p, limits) => readBounded(p, limits), displayName: (p) => basename(p) };

function inProcess(paths: readonly string[]): void {
  const imported = importSummaries(paths, files, 'en');
  const report = buildRepReport(imported, { k: 6, senders: paths.length });
  if (!report.ok || report.value.input.accepted !== paths.length) throw new Error('bench: aggregation failed');
  reportHtml(report.value, 'nb');
}

const bench: BenchEntry = {
  id: 'rep-aggregate',
  run: async (ctx) => {
    const root = mkdtempSync(join(tmpdir(), 'fyrabend-bench-rep-'));
    try {
      const [small, large] = ctx.quick ? [1_000, 10_000] : [10_000, 100_000];
      ctx.log(`writing ${small} and ${large} summary files`);
      const smallPaths = writeFiles(join(root, 'small'), small);
      const largePaths = writeFiles(join(root, 'large'), large);
      const smallMs = median(timeIt(() => inProcess(smallPaths), ctx.runs(5)));
      const largeMs = median(timeIt(() => inProcess(largePaths), ctx.runs(1)));
      const out: BenchResult[] = [
        {
          name: `rep aggregate in-process: ${small} summaries read, checked, one per id, aggregated with disclosure control and rendered to HTML`,
          value: Math.round(smallMs),
          unit: 'ms',
          target: { max: ctx.quick ? 8000 : 800 },
          growth: { of: 'summary files', points: [{ size: small, value: smallMs }, { size: large, value: largeMs }] },
        },
      ];
      if (existsSync('/usr/bin/time')) {
        const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, BIN, 'rep', 'aggregate', join(root, 'large'), '--senders', String(large), '--out', join(root, 'report.json')], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
        const last = r.stderr.trim().split('\n').pop() ?? '';
        const [wall, kb, user, sys] = last.split(' ').map(Number);
        if (r.status !== 0 || !Number.isFinite(wall)) throw new Error(`bench: rep aggregate exited ${r.status}: ${r.stderr.slice(-500)}`);
        out.push(
          { name: `fyrabend rep aggregate FOLDER of ${large} summaries, wall time (CPU ${((user ?? 0) + (sys ?? 0)).toFixed(1)} s on this shared machine)`, value: Math.round((wall ?? 0) * 1000), unit: 'ms', target: { max: ctx.quick ? 5000 : 5000 } },
          { name: `fyrabend rep aggregate FOLDER of ${large} summaries, peak memory`, value: Math.round((kb ?? 0) / 1024), unit: 'MB', target: { max: 300 } },
        );
      } else ctx.log('/usr/bin/time is not installed: the command-line run of rep aggregate was not measured');
      return out;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};

export default bench;
