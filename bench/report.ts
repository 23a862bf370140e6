/** Writes docs/performance.md from the results of `npm run bench`: targets, ratios and growth per size. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { BenchResult, GrowthPoint } from './types';

export interface Section {
  readonly id: string;
  readonly results: readonly BenchResult[];
}

export const fmt = (v: number): string => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const fmtRatio = (v: number): string => `${v.toFixed(2)}×`;
const fmtSize = (n: number): string => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

/** Whether the result meets every goal it has (undefined when it has none). */
export function verdict(r: BenchResult): boolean | undefined {
  const goals: boolean[] = [];
  if (r.target) goals.push(r.value < r.target.max);
  if (r.ratio?.max !== undefined) goals.push(r.ratio.value <= r.ratio.max);
  if (r.growth) goals.push(growthSteps(r.growth.points, r.growth.maxFactor).every((s) => s.ok));
  return goals.length === 0 ? undefined : goals.every(Boolean);
}

export interface GrowthStep {
  readonly from: GrowthPoint;
  readonly to: GrowthPoint;
  /** value(to) / value(from). */
  readonly factor: number;
  /** factor / (size(to) / size(from)): 1 is linear. */
  readonly vsLinear: number;
  readonly ok: boolean;
}

export function growthSteps(points: readonly GrowthPoint[], maxFactor = 1.5): GrowthStep[] {
  const out: GrowthStep[] = [];
  for (let k = 1; k < points.length; k++) {
    const from = points[k - 1]!;
    const to = points[k]!;
    const factor = to.value / from.value;
    const vsLinear = factor / (to.size / from.size);
    out.push({ from, to, factor, vsLinear, ok: vsLinear <= maxFactor });
  }
  return out;
}

/** One console line per result. */
export function consoleLine(r: BenchResult): string {
  const parts = [`  ${r.name}: ${fmt(r.value)} ${r.unit}`];
  if (r.ratio) parts.push(` = ${fmtRatio(r.ratio.value)} ${r.ratio.of}${r.ratio.max !== undefined ? ` (goal ≤ ${fmtRatio(r.ratio.max)})` : ''}`);
  if (r.target) parts.push(` (target < ${r.target.max} ${r.unit})`);
  if (r.growth) parts.push(` growth ${growthSteps(r.growth.points, r.growth.maxFactor).map((s) => `${fmtSize(s.from.size)}→${fmtSize(s.to.size)} ${s.factor.toFixed(1)}× (${s.vsLinear.toFixed(2)} of linear)`).join(', ')}`);
  const v = verdict(r);
  if (v !== undefined) parts.push(v ? ' met' : ' MISSED');
  return parts.join('');
}

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

export function renderReport(sections: readonly Section[], measuredAt: Date): string {
  const lines = [
    '# Performance',
    '',
    'Written by `npm run bench` (bench/run.ts; entries in bench/entries/, listed in bench/entries/index.ts).',
    'Wall times are medians, measured on a shared machine, so expect noise of ±30 %; ratios to `node -e 0`',
    'come from interleaved runs in the same bench run, and instruction counts (valgrind callgrind, when',
    'installed) are stable. Targets come from the issues; a missed target is a bug.',
    '',
    `Machine: ${machine()}.`,
    ...(process.env.NODE_EXTRA_CA_CERTS
      ? [
          '',
          'NODE_EXTRA_CA_CERTS is set on this machine: every Node process, `node -e 0` included, reads those certificates at',
          'start-up (about 80 % of the instructions of `node -e 0` here), so ratios to `node -e 0` are smaller than on a machine',
          'without it; the absolute figures are in the table.',
        ]
      : []),
    `Measured: ${measuredAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    '## Targets',
    '',
    '| entry | what | measured | ratio | target | |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of sections) {
    for (const r of s.results) {
      const v = verdict(r);
      const ratio = r.ratio ? `${fmtRatio(r.ratio.value)} ${r.ratio.of}` : '—';
      const goals = [r.target ? `< ${r.target.max} ${r.unit}` : '', r.ratio?.max !== undefined ? `≤ ${fmtRatio(r.ratio.max)}` : '', r.growth ? `growth ≤ ${r.growth.maxFactor ?? 1.5}× linear` : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`| ${s.id} | ${r.name} | ${fmt(r.value)} ${r.unit} | ${ratio} | ${goals || '—'} | ${v === undefined ? '' : v ? 'met' : '**missed**'} |`);
    }
  }
  const grown = sections.flatMap((s) => s.results.filter((r) => r.growth).map((r) => ({ id: s.id, r })));
  if (grown.length > 0) {
    lines.push('', '## Growth', '', 'Each step shows the factor the measurement grew by and that factor divided by the growth of the size (1.00 is linear).', '');
    lines.push('| entry | what | sizes | measured | growth per step | within |', '|---|---|---|---|---|---|');
    for (const { id, r } of grown) {
      const g = r.growth!;
      const steps = growthSteps(g.points, g.maxFactor);
      lines.push(
        `| ${id} | ${r.name} | ${g.points.map((p) => fmtSize(p.size)).join(' / ')} ${g.of} | ${g.points.map((p) => `${fmt(p.value)} ${r.unit}`).join(' / ')} | ${steps
          .map((s) => `${s.factor.toFixed(1)}× (${s.vsLinear.toFixed(2)} of linear)`)
          .join(', ')} | ${steps.every((s) => s.ok) ? `≤ ${g.maxFactor ?? 1.5}× linear` : `**more than ${g.maxFactor ?? 1.5}× linear**`} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
