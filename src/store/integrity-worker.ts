/**
 * The full `PRAGMA integrity_check` in a worker thread (issue 21 item 4): the tray app's deferred
 * check reads the whole file (0.3–1.3 s at 100 000 sessions), and on the main thread every call of
 * the window waited for it. The worker opens its own read-only connection (WAL: it reads one
 * consistent snapshot while the app goes on writing) and answers with SQLite's first problems.
 *
 * When the worker cannot do the check (no worker threads, better-sqlite3 not loadable there, the
 * worker dies), the answer says so and the caller checks on the main thread as before: the check is
 * never skipped. An SQLite error while reading the file (SQLITE_CORRUPT, SQLITE_NOTADB …) is a
 * problem of the file, as on the main thread.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type WorkerCheck =
  /** The worker read the whole file: null when SQLite said 'ok', else its first problems. */
  | { readonly ran: true; readonly problem: string | null }
  /** The worker could not check; why (for the log). */
  | { readonly ran: false; readonly reason: string };

interface Job {
  readonly module: string;
  readonly path: string;
  readonly nativeBinding?: string;
  readonly busyTimeoutMs: number;
}

// Plain CommonJS run by the worker (eval), so no bundle or loader is needed for it.
const WORKER_SOURCE = `
const { parentPort, workerData: job } = require('node:worker_threads');
let Database;
try {
  Database = require(job.module);
} catch (e) {
  parentPort.postMessage({ kind: 'unavailable', reason: 'better-sqlite3 could not be loaded: ' + (e && e.message ? e.message : String(e)) });
  return;
}
let db;
try {
  db = new Database(job.path, { readonly: true, fileMustExist: true, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) });
  db.pragma('busy_timeout = ' + job.busyTimeoutMs);
  const rows = db.pragma('integrity_check');
  parentPort.postMessage({ kind: 'checked', messages: rows.slice(0, 3).map((r) => r.integrity_check) });
} catch (e) {
  const code = e && typeof e.code === 'string' ? e.code : '';
  const message = e && e.message ? e.message : String(e);
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) parentPort.postMessage({ kind: 'checked', messages: [message] });
  else parentPort.postMessage({ kind: 'unavailable', reason: (code ? code + ': ' : '') + message });
} finally {
  try { if (db) db.close(); } catch {}
}
`;

/**
 * SQLite's answer to integrity_check (its first rows) as the problem to report: null for 'ok', else
 * the first three messages; no answer at all is a problem too. One reading for the worker and the main
 * thread (open.ts integrityProblem, which the restore's check of its copy uses too).
 */
export function integrityProblemOf(messages: readonly string[]): string | null {
  if (messages[0] === 'ok') return null;
  return messages.length === 0 ? 'no answer' : messages.slice(0, 3).join('; ');
}

/**
 * Where better-sqlite3 is, for the worker's require, resolved from this module: `__filename` in the
 * CommonJS bundles (CLI, Electron main; their builds silence esbuild's empty-import-meta warning for
 * the branch never taken), `import.meta.url` where the source runs as ES modules (tsx, vitest).
 */
function betterSqlite3Module(): string {
  return createRequire(typeof __filename === 'string' ? __filename : import.meta.url).resolve('better-sqlite3');
}

export interface WorkerCheckOptions {
  readonly nativeBinding?: string;
  readonly busyTimeoutMs?: number;
  /** Tests: the module the worker loads as better-sqlite3 (default: the one this module resolves). */
  readonly module?: string;
}

/** Runs the full integrity check of `path` in a worker thread; never rejects. */
export function integrityCheckInWorker(path: string, options: WorkerCheckOptions = {}): Promise<WorkerCheck> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (a: WorkerCheck) => {
      if (!answered) {
        answered = true;
        resolve(a);
      }
    };
    let worker: Worker;
    try {
      const job: Job = {
        module: options.module ?? betterSqlite3Module(),
        path,
        busyTimeoutMs: options.busyTimeoutMs ?? 10_000,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      };
      worker = new Worker(`(function () {${WORKER_SOURCE}})();`, { eval: true, workerData: job });
    } catch (e) {
      answer({ ran: false, reason: `no worker thread: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    worker.on('message', (m: { kind: 'checked'; messages: string[] } | { kind: 'unavailable'; reason: string }) => {
      answer(m.kind === 'checked' ? { ran: true, problem: integrityProblemOf(m.messages) } : { ran: false, reason: m.reason });
    });
    worker.on('error', (e) => answer({ ran: false, reason: `the worker failed: ${e.message}` }));
    worker.on('exit', (code) => answer({ ran: false, reason: `the worker stopped (exit code ${code}) without an answer` }));
  });
}
