/**
 * Where `--out` writes (issue 18 items 6 and 7): `-` is standard output; a special file (a FIFO,
 * /dev/stdout, a terminal) or a symlink is written through, never renamed over (as root, a rename
 * replaced the /dev/stdout symlink with a file); a regular file is written to a unique temporary
 * name beside it, flushed and renamed, so it is the old file or the whole new one, and a failure
 * (a full disk) leaves no temporary file behind.
 */
import { lstatSync, writeFileSync } from 'node:fs';
import { AtomicFileSink } from '../store/files/atomic-file-sink';

export type OutTarget = { readonly kind: 'stdout' } | { readonly kind: 'through'; readonly path: string } | { readonly kind: 'file'; readonly path: string };

/** How `--out` will be written: `-`, an existing non-regular file or symlink, or a regular (or new) file. */
export function outTarget(out: string, resolved: string): OutTarget {
  if (out === '-') return { kind: 'stdout' };
  try {
    const st = lstatSync(resolved);
    if (st.isSymbolicLink() || !st.isFile()) return { kind: 'through', path: resolved };
  } catch {
    // a new file
  }
  return { kind: 'file', path: resolved };
}

export async function writeOut(target: OutTarget, text: string, stdout: (t: string) => void): Promise<void> {
  if (target.kind === 'stdout') stdout(text);
  else if (target.kind === 'through') writeFileSync(target.path, text);
  else await new AtomicFileSink().writeAtomic(target.path, new TextEncoder().encode(text));
}
