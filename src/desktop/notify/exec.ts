/** A small promise wrapper over child_process.execFile with a timeout (no shell). It never rejects. */
import { execFile } from 'node:child_process';

export interface ExecResult {
  readonly code: number | null;
  readonly stdout: string;
  /** The program's stderr; when it could not be started (or the arguments were refused), why. */
  readonly stderr: string;
  /** The program is not installed (ENOENT). */
  readonly missing: boolean;
}

/** Runs a program to its end (killed after the timeout); resolves with what it printed, never rejects. */
export type ExecFn = (file: string, args: readonly string[], env?: NodeJS.ProcessEnv) => Promise<ExecResult>;

export function execWithTimeout(timeoutMs = 2_000): ExecFn {
  return (file, args, env) =>
    new Promise((resolve) => {
      try {
        execFile(file, [...args], { timeout: timeoutMs, env: env ?? process.env, encoding: 'utf8' }, (error, stdout, stderr) => {
          const e = error as (NodeJS.ErrnoException & { code?: string | number }) | null;
          const missing = e?.code === 'ENOENT';
          // A string code (EACCES, …) means the program did not start: its stderr is empty, say why.
          const notStarted = typeof e?.code === 'string' && !missing;
          const code = e ? (typeof e.code === 'number' ? e.code : missing ? null : 1) : 0;
          resolve({ code, stdout: String(stdout ?? ''), stderr: String(stderr ?? '') || (notStarted ? (e?.message ?? '') : ''), missing });
        });
      } catch (e) {
        // execFile throws at once on arguments it refuses (e.g. a NUL byte in one).
        resolve({ code: null, stdout: '', stderr: e instanceof Error ? e.message : String(e), missing: false });
      }
    });
}
