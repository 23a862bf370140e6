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
 * at once with a non-zero code). It runs through exec.ts, which kills it after `maxWaitMs`.
 */
import type { ClickPayload, NotificationRequest, Notifier } from '../../app/ports/notifier';
import { err, ok, type Result } from '../../shared/result';
import { execWithTimeout, type ExecFn, type ExecResult } from './exec';

const NOTIFY_SEND = 'notify-send';
/** The name of the action a click invokes (the freedesktop "default" action). */
const DEFAULT_ACTION = 'default';

export interface NotifySendOptions {
  readonly appName: string;
  readonly iconPath?: string;
  readonly onClick?: (payload: ClickPayload) => void;
  /** Injected for tests; defaults to execWithTimeout(maxWaitMs) (no shell, this process's environment). */
  readonly exec?: ExecFn;
  readonly shownAfterMs?: number;
  /** How long a notification may wait for a click before notify-send is killed (default one hour). */
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

/** What one finished notify-send run means for the show. */
function outcomeOf(r: ExecResult): RunOutcome {
  if (r.missing) return { shown: false, stderr: `${NOTIFY_SEND} is not installed (Debian/Ubuntu: apt install libnotify-bin)` };
  return { shown: r.code === 0, stderr: r.stderr.trim() || `${NOTIFY_SEND} exited with code ${r.code ?? 'none'}` };
}

export function createNotifySend(options: NotifySendOptions): Notifier {
  const exec = options.exec ?? execWithTimeout(options.maxWaitMs ?? 60 * 60_000);
  const shownAfterMs = options.shownAfterMs ?? 750;
  let actions = true;

  const click = (request: NotificationRequest) => {
    try {
      options.onClick?.(request.click);
    } catch (e) {
      options.log?.(`notification click handler failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  /** Runs notify-send once; settles when it exits or, if it is still waiting for a click, after `shownAfterMs`. */
  const once = (request: NotificationRequest, withAction: boolean): Promise<RunOutcome> => {
    const exited = exec(NOTIFY_SEND, notifySendArgs(request, { appName: options.appName, iconPath: options.iconPath, withAction })).then((r) => {
      if (r.code === 0 && r.stdout.split('\n').some((line) => line.trim() === DEFAULT_ACTION)) click(request);
      return outcomeOf(r);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waiting = new Promise<RunOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ shown: true, stderr: '' }), shownAfterMs);
    });
    return Promise.race([exited, waiting]).finally(() => clearTimeout(timer));
  };

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
