/**
 * A small tmpfs for full-disk tests (issue 18): `mount -t tmpfs -o size=…` needs root (CI runs as
 * root). Where mounting is refused, `reason` says why and the caller skips with that sentence.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Tmpfs {
  readonly dir: string;
  unmount(): void;
}

export function mountTmpfs(size: string): Tmpfs | { readonly reason: string } {
  if (process.platform !== 'linux') return { reason: `a tmpfs needs Linux (this is ${process.platform})` };
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const text = (e as { stderr?: Buffer }).stderr?.toString().trim() || String(e);
    return { reason: `mount -t tmpfs was refused (${text}); run as root to include the full-disk tests` };
  }
  return {
    dir,
    unmount() {
      try {
        execFileSync('umount', [dir], { stdio: 'pipe' });
      } catch {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' }); // a file a failed test left open
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Mounts once to see whether full-disk tests can run here; the reason they cannot, or null. */
export function tmpfsUnavailable(): string | null {
  const t = mountTmpfs('64k');
  if ('reason' in t) return t.reason;
  t.unmount();
  return null;
}
