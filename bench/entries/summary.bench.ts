/** Issue 8: the representative aggregates 10 000 summary files (read, validate, deduplicate, aggregate, render). Target < 2 s. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parsePeriod, periodWeeks, type Summary } from '../../src/core/anonymise/index';
import type { RuleId } from '../../src/core/model';
import { buildRepReport, importSummaries, reportHtml, type SummaryFiles } from '../../src/app/summary/index';
import { formatSummaryFile } from '../../src/shared/formats/summary';
import { readBounded } from '../../src/cli/bounded-read';
import { rng } from '../lib/generate';
import { median, timeIt } from '../lib/timing';
import type { BenchEntry } from '../types';

const FILES = 10_000;
const RULES: RuleId[] = ['aml.10-8.daily-rest', 'aml.10-6.overtime-week', 'aml.10-11.night', 'agreement.outside-hours'];

function makeFiles(dir: string): string[] {
  const random = rng(42);
  const weeks = periodWeeks(parsePeriod('2026-Q4')!);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return Array.from({ length: FILES }, (_, i) => {
    const s: Summary = {
      format: 'fyrabend.summary/2',
      created: '2027-W01',
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`,
      period: '2026-Q4',
      groups: { workplace: pick(['Oslo', 'Bergen', 'Trondheim', 'Tromsø']), department: pick(['IT', 'Sales', 'Finance', 'HR', 'Support', 'Legal']), ...(random() < 0.7 ? { jobCategory: pick(['Engineer', 'Manager', 'Advisor']) } : {}) },
      weeks: weeks.map((week) => {
        const overtime = random() < 0.3 ? Math.floor(random() * 16) / 2 : 0;
        const rule = random() < 0.2 ? pick(RULES) : null;
        return { week, hours: 35 + Math.floor(random() * 12), overtime, merarbeid: random() < 0.2 ? 1.5 : 0, night: random() < 0.1 ? 2 : 0, sunday: random() < 0.05 ? 3 : 0, outsideAgreed: Math.floor(random() * 6) / 2, findings: rule ? { [rule]: { violation: 1 } } : {} };
      }),
    };
    const p = join(dir, `s-${i}.json`);
    writeFileSync(p, formatSummaryFile(s));
    return p;
  });
}

const nodeFiles: SummaryFiles = { read: (p, limits) => readBounded(p, limits), displayName: (p) => basename(p) };

const bench: BenchEntry = { id: 'summary', run: async (ctx) => {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-bench-summary-'));
  try {
    const paths = makeFiles(dir);
    const runs = timeIt(() => {
      const imported = importSummaries(paths, nodeFiles, 'en');
      const report = buildRepReport(imported, { k: 6, senders: FILES });
      if (!report.ok || report.value.input.accepted !== FILES) throw new Error('bench: aggregation failed');
      return reportHtml(report.value, 'nb');
    }, ctx.runs(3));
    return [{ name: `rep aggregate: ${FILES} summary files read, validated, deduplicated, aggregated and rendered to HTML`, value: Math.round(median(runs)), unit: 'ms', target: { max: 2000 } }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} };

export default bench;
