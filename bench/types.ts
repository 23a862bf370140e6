/** One measured number of `npm run bench`, written to docs/performance.md. */
export interface BenchResult {
  /** What was measured, e.g. "full check, 10 years (25 000 sessions), in-process". */
  readonly name: string;
  /** The measured value (median unless the name says otherwise). */
  readonly value: number;
  readonly unit: 'ms' | 'µs' | 'ops/s';
  /** The goal, e.g. { max: 150 } for "under 150 ms". */
  readonly target?: { readonly max: number };
}

/** A bench module (`bench/*.bench.ts`) default-exports one of these; bench/run.ts runs them all. */
export type Bench = () => Promise<readonly BenchResult[]>;
