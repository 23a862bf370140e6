/**
 * The overlap checks of `fyrabend import` in O(n log n) (issue 18 item 3): time is never counted
 * twice, so a session that overlaps another one in the same file, or a different session already
 * in the log, is refused. The file's sessions are sorted once by start and swept with the latest
 * end seen so far; the log's sessions of the file's time span (read in one indexed query) are
 * searched by binary search over their starts with a running maximum of their ends. A session equal
 * to a recorded one (same start, end and kind) is not a clash: the import skips it.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

export type Overlap<R extends Span> =
  | { readonly index: number; readonly kind: 'file'; readonly other: number }
  | { readonly index: number; readonly kind: 'log'; readonly recorded: R };

const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end && a.kind === b.kind;

/** Every overlap, in the order of the file's indices (in-file clash first when a session has both). */
export function findOverlaps<R extends Span>(inputs: readonly Span[], recorded: readonly R[]): Overlap<R>[] {
  const out: Overlap<R>[] = [];
  // within the file: sweep by start (ties by index), remembering the session with the latest end so far
  const order = inputs.map((_, i) => i).sort((a, b) => inputs[a]!.start - inputs[b]!.start || a - b);
  const fileClash = new Map<number, number>();
  let latest = -1;
  for (const i of order) {
    const s = inputs[i]!;
    if (latest >= 0 && inputs[latest]!.end > s.start) fileClash.set(i, latest);
    if (latest < 0 || s.end > inputs[latest]!.end) latest = i;
  }
  // against the log: recorded sorted by start, with the running maximum of their ends
  const log = [...recorded].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (let k = 0; k < log.length; k++) maxEnd.push(Math.max(log[k]!.end, k > 0 ? maxEnd[k - 1]! : -Infinity));
  const lastStartingBefore = (t: number): number => {
    let lo = 0;
    let hi = log.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (log[mid]!.start < t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  for (let i = 0; i < inputs.length; i++) {
    const s = inputs[i]!;
    const other = fileClash.get(i);
    if (other !== undefined) out.push({ index: i, kind: 'file', other });
    for (let k = lastStartingBefore(s.end); k >= 0 && maxEnd[k]! > s.start; k--) {
      const r = log[k]!;
      if (r.end > s.start && !same(r, s)) {
        out.push({ index: i, kind: 'log', recorded: r });
        break;
      }
    }
  }
  return out;
}
