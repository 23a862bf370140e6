/** Timing helpers for `npm run bench`: wall-clock milliseconds, median of repeated runs after a warm-up. */
export function timeIt(fn: () => unknown, runs: number): number[] {
  fn();
  const out: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Peak resident memory of this process so far, in MB (getrusage's maxRSS). */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
