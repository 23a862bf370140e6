/**
 * The shape of `npm run bench`: one file per entry in bench/entries/, each registered in
 * bench/entries/index.ts; bench/run.ts runs them and bench/report.ts writes docs/performance.md.
 */

export type Unit = 'ms' | 'µs' | 'ops/s' | 'MB' | 'M instr';

/** A point of a growth series: the measured value at `size` (sessions, files, …). */
export interface GrowthPoint {
  readonly size: number;
  readonly value: number;
}

/** One measured number of `npm run bench`, written to docs/performance.md. */
export interface BenchResult {
  /** What was measured, e.g. "full check, 10 years (25 000 sessions), in-process". */
  readonly name: string;
  /** The measured value (median unless the name says otherwise). */
  readonly value: number;
  readonly unit: Unit;
  /** The goal on `value`, e.g. { max: 150 } for "under 150 ms". */
  readonly target?: { readonly max: number };
  /**
   * The value as a ratio to a baseline measured in the same run (e.g. `node -e 0`, interleaved),
   * with the goal on the ratio, e.g. { value: 1.21, of: '`node -e 0`', max: 1.3 }.
   */
  readonly ratio?: { readonly value: number; readonly of: string; readonly max?: number };
  /**
   * The same measurement at growing sizes (e.g. 10k, 100k, 1M sessions); the report shows the growth
   * per step and whether it is within `maxFactor` (default 1.5) of linear.
   */
  readonly growth?: { readonly of: string; readonly points: readonly GrowthPoint[]; readonly maxFactor?: number };
}

/** What bench/run.ts hands each entry. */
export interface BenchContext {
  /** `npm run bench -- --quick`: a smoke run (small sizes, few repetitions); nothing is written. */
  readonly quick: boolean;
  /** Repetitions for a median: `full` normally, 1–3 in a quick run. */
  runs(full: number): number;
  /** The sizes of growth series: 10 000, 100 000, 1 000 000 (quick: 1 000 and 10 000). */
  readonly sizes: readonly number[];
  /** Prints a progress line (entries can take seconds). */
  log(line: string): void;
}

/** A bench entry (`bench/entries/*.bench.ts` default-exports one; bench/entries/index.ts lists them). */
export interface BenchEntry {
  /** Short id used on the command line (`npm run bench -- core`) and as the report's first column. */
  readonly id: string;
  run(ctx: BenchContext): Promise<readonly BenchResult[]>;
}
