/**
 * Opening the session log for a CLI command: the file from `--db`, else `FYRABEND_DB`, else the
 * folder named in `location.json` (written when the user moves the data folder in Settings), else
 * the OS app-data folder (%APPDATA%\Fyrabend, ~/Library/Application Support/Fyrabend,
 * $XDG_DATA_HOME/fyrabend or ~/.local/share/fyrabend), where location.json itself lives. A
 * location.json that cannot be used is an error naming the file (never a silent switch to an empty
 * log). The store (and better-sqlite3) is loaded only here, lazily, so commands that do not need it
 * start fast. Store errors become one sentence.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DB_FILE_NAME, describeLocationProblem } from '../app/data-location/index';
import type { Clock } from '../app/ports/clock';
import type { SessionEditor, Tracker, TrackerProblem } from '../app/tracker/index';
import type { Lang } from '../core/model';
import { resolveDbPath } from '../store/files/location-pointer';
import type { Store } from '../store/index';
import { UsageError, type CliArgs, type CliIo, type ExitCode } from './command';
import { langOf } from './lang';
import { checkedZone } from './values';

export { langOf };

/** The default database file for a platform and environment. */
export function defaultDbPath(platform: string, env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Fyrabend', DB_FILE_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Fyrabend', DB_FILE_NAME);
  const data = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(data, 'fyrabend', DB_FILE_NAME);
}

export const str = (v: string | true | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** The database file: `--db` > FYRABEND_DB > location.json > default; a broken location.json is a UsageError. */
export function dbPathOf(args: CliArgs, io: CliIo): string {
  const cliDb = str(args.options.db);
  const envDb = io.env.FYRABEND_DB;
  const location = resolveDbPath({
    cliDb: cliDb ? resolve(io.cwd, cliDb) : undefined,
    envDb: envDb ? resolve(io.cwd, envDb) : undefined,
    defaultDb: defaultDbPath(process.platform, io.env, io.env.HOME ?? homedir()),
  });
  if (!location.ok) throw new UsageError(describeLocationProblem(location.problem, langOf(args, io)));
  return location.dbPath;
}

/** The user's zone: `--zone`, else FYRABEND_ZONE (each checked to be an IANA zone), else the host's zone. */
export function zoneOf(args: CliArgs, io: CliIo): string {
  const option = str(args.options.zone);
  if (option !== undefined) return checkedZone(option, '--zone', langOf(args, io));
  if (io.env.FYRABEND_ZONE) return checkedZone(io.env.FYRABEND_ZONE, 'FYRABEND_ZONE', langOf(args, io));
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export const realClock: Clock = {
  now: () => Date.now(),
  every(intervalMs, tick) {
    const h = setInterval(tick, intervalMs);
    return () => clearInterval(h);
  },
};

export interface SessionContext {
  readonly store: Store;
  readonly tracker: Tracker;
  readonly editor: SessionEditor;
  readonly clock: Clock;
  readonly lang: Lang;
  readonly zone: string;
  /** Throws the tracker problem as one sentence (exit 2). */
  fail(problem: TrackerProblem): never;
}

/** Turns a store error into a UsageError in the user's language; rethrows anything else. */
export async function storeErrorsAsUsage<T>(lang: Lang, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const { StoreError, describeStoreError } = await import('../store/index');
    if (e instanceof StoreError) throw new UsageError(describeStoreError(e, lang));
    throw e;
  }
}

export interface SessionsOptions {
  /**
   * A command that only reads (status, log, export sessions): a missing log is not created (nor its
   * folder or lock file); `onMissing` answers instead, with the sentence saying there is none.
   */
  readonly readOnly?: { onMissing(sentence: string): Promise<ExitCode> | ExitCode };
}

/** Opens the store, builds the services, runs `fn`, and closes the store. */
export async function withSessions<T>(args: CliArgs, io: CliIo, fn: (ctx: SessionContext) => Promise<T> | T, o: SessionsOptions = {}): Promise<T | ExitCode> {
  const lang = langOf(args, io);
  const zone = zoneOf(args, io);
  return storeErrorsAsUsage(lang, async () => {
    const { openStore, StoreError, describeStoreError } = await import('../store/index');
    const { SessionEditor, Tracker, describeProblem, loadTrackerSettings } = await import('../app/tracker/index');
    const path = dbPathOf(args, io);
    let store;
    try {
      // an existing log still gets its daily backup (and the once-a-day integrity check before it) from a read-only command
      store = await openStore(path, { now: realClock.now, integrityCheck: 'daily', ...(o.readOnly ? { create: false } : {}) });
    } catch (e) {
      if (o.readOnly && e instanceof StoreError && e.code === 'no-database') return o.readOnly.onMissing(describeStoreError(e, lang));
      throw e;
    }
    try {
      const settings = loadTrackerSettings(store.settings);
      const tracker = new Tracker({ sessions: store.sessions, state: store.trackerState, clock: realClock, settings, zone: () => zone, heartbeats: false, locks: store.locks });
      const editor = new SessionEditor({ sessions: store.sessions, locks: store.locks, clock: realClock });
      const fail = (p: TrackerProblem): never => {
        throw new UsageError(describeProblem(p, lang, zone));
      };
      return await fn({ store, tracker, editor, clock: realClock, lang, zone, fail });
    } finally {
      store.close();
    }
  });
}
