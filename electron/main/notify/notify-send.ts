/**
 * The Notifier port on Linux and the BSDs: `notify-send` (libnotify-bin) with a default action, so
 * a click on the notification opens the window on the right page (issue 4 item 5).
 *
 * Why not node-notifier here: its notify-send backend passes only urgency, expire-time, icon,
 * category, hint and app-name, and runs through a shell; `--action` (libnotify ≥ 0.7.10) cannot get
 * through, so it can never report a click. This adapter spawns the same program without a shell,
 * with `--action=default=<label>`: notify-send then waits and prints the invoked action's name when
 * the user clicks. An older notify-send without `--action` ("Unknown option") is retried once
 * without it and remembered; the notification is shown, only the click is not reported.
 *
 * notify-send's stdout is block-buffered on a pipe, so "shown" cannot be read from it: the show is
 * ok when the process exits 0, or is still waiting after `shownAfterMs` (a failing Notify call exits
 * at once with a non-zero code). The waiting process is killed after `maxWaitMs`.
 */
import { spawn } from 'node:child_process';
import type { ClickPayload, NotificationRequest, Notifier } from '../../../src/app/ports/notifier';
import { err, ok, type Result } from '../../../src/shared/result';

export const NOTIFY_SEND = 'notify-send';
/** The name of the action a click invokes (the freedesktop "default" action). */
export const DEFAULT_ACTION = 'default';

/** The part of a spawned child this adapter uses (node's ChildProcess satisfies it). */
export interface ChildLike {
  readonly stdout: { setEncoding(e: 'utf8'): unknown; on(event: 'data', fn: (chunk: string) => void): unknown } | null;
  readonly stderr: { setEncoding(e: 'utf8'): unknown; on(event: 'data', fn: (chunk: string) => void): unknown } | null;
  on(event: 'error', fn: (e: Error) => void): unknown;
  on(event: 'close', fn: (code: number | null) => void): unknown;
  kill(): unknown;
}

export type SpawnFn = (file: string, args: readonly string[]) => ChildLike;

export interface NotifySendOptions {
  readonly appName: string;
  readonly iconPath?: string;
  readonly onClick?: (payload: ClickPayload) => void;
  /** Injected for tests; defaults to child_process.spawn (no shell, this process's environment). */
  readonly spawn?: SpawnFn;
  readonly shownAfterMs?: number;
  readonly maxWaitMs?: number;
  readonly log?: (message: string) => void;
}

/** notify-send's arguments for one request (pure, unit-tested). `--` ends the options. */
export function notifySendArgs(request: NotificationRequest, o: { appName: string; iconPath?: string; withAction: boolean }): string[] {
  const args = [`--app-name=${o.appName}`, `--urgency=${request.urgency}`, '--category=fyrabend.warning', `--hint=string:x-fyrabend-page:${request.click.page}`];
  if (o.iconPath) args.push(`--icon=${o.iconPath}`);
  if (o.withAction) args.push(`--action=${DEFAULT_ACTION}=${request.clickLabel ?? o.appName}`);
  args.push('--', request.title, request.body);
  return args;
}

/** True when notify-send refused the `--action` option (libnotify older than 0.7.10). */
export function actionUnsupported(stderr: string): boolean {
  return /unknown option\s+--action/i.test(stderr);
}

interface RunOutcome {
  /** Exited (or still waiting) without an error: the notification is out. */
  readonly shown: boolean;
  readonly stderr: string;
}

const nodeSpawn: SpawnFn = (file, args) => spawn(file, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });

export function createNotifySend(options: NotifySendOptions): Notifier {
  const run = options.spawn ?? nodeSpawn;
  const shownAfterMs = options.shownAfterMs ?? 750;
  const maxWaitMs = options.maxWaitMs ?? 60 * 60_000;
  let actions = true;

  /** Runs notify-send once; `onShown` settles as soon as the notification is known to be out. */
  const once = (request: NotificationRequest, withAction: boolean): Promise<RunOutcome> =>
    new Promise((resolve) => {
      let stdout = '';
      let stderr = '';
      let settled = false;
      const settle = (r: RunOutcome) => {
        if (!settled) {
          settled = true;
          resolve(r);
        }
      };
      let child: ChildLike;
      try {
        child = run(NOTIFY_SEND, notifySendArgs(request, { appName: options.appName, iconPath: options.iconPath, withAction }));
      } catch (e) {
        settle({ shown: false, stderr: e instanceof Error ? e.message : String(e) });
        return;
      }
      child.stdout?.setEncoding('utf8');
      child.stderr?.setEncoding('utf8');
      child.stdout?.on('data', (c) => (stdout += c));
      child.stderr?.on('data', (c) => (stderr += c));
      const shownTimer = setTimeout(() => settle({ shown: true, stderr }), shownAfterMs);
      const killTimer = setTimeout(() => child.kill(), maxWaitMs);
      child.on('error', (e) => {
        clearTimeout(shownTimer);
        clearTimeout(killTimer);
        const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
        settle({ shown: false, stderr: missing ? `${NOTIFY_SEND} is not installed (Debian/Ubuntu: apt install libnotify-bin)` : e.message });
      });
      child.on('close', (code) => {
        clearTimeout(shownTimer);
        clearTimeout(killTimer);
        settle({ shown: code === 0, stderr: stderr.trim() || `${NOTIFY_SEND} exited with code ${code ?? 'none'}` });
        if (code === 0 && stdout.split('\n').some((line) => line.trim() === DEFAULT_ACTION)) {
          try {
            options.onClick?.(request.click);
          } catch (e) {
            options.log?.(`notification click handler failed: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      });
    });

  return {
    async show(request: NotificationRequest): Promise<Result<void>> {
      let outcome = await once(request, actions);
      if (!outcome.shown && actions && actionUnsupported(outcome.stderr)) {
        actions = false;
        options.log?.(`${NOTIFY_SEND} has no --action: notifications are shown, clicks are not reported`);
        outcome = await once(request, false);
      }
      return outcome.shown ? ok(undefined) : err({ code: 'notify.failed', message: `The notification could not be shown: ${outcome.stderr}` });
    },
  };
}
