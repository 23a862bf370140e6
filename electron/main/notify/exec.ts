/** A small promise wrapper over child_process.execFile with a timeout (no shell). */
import { execFile } from 'node:child_process';

export interface ExecResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The program is not installed (ENOENT). */
  readonly missing: boolean;
}

export type ExecFn = (file: string, args: readonly string[], env?: NodeJS.ProcessEnv) => Promise<ExecResult>;

export function execWithTimeout(timeoutMs = 2_000): ExecFn {
  return (file, args, env) =>
    new Promise((resolve) => {
      execFile(file, [...args], { timeout: timeoutMs, env: env ?? process.env, encoding: 'utf8' }, (error, stdout, stderr) => {
        const e = error as (NodeJS.ErrnoException & { code?: string | number }) | null;
        const missing = e?.code === 'ENOENT';
        const code = e ? (typeof e.code === 'number' ? e.code : missing ? null : 1) : 0;
        resolve({ code, stdout: String(stdout ?? ''), stderr: String(stderr ?? ''), missing });
      });
    });
}
