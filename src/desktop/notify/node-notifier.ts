/**
 * The Notifier port over node-notifier (the stack's notification library) on macOS
 * (terminal-notifier) and Windows (SnoreToast), which report a click; the click comes back through
 * `onClick` so the shell can open the window on that page. On Linux desktop-notifier.ts uses
 * notify-send.ts instead: node-notifier's notify-send backend cannot pass `--action`, so it could
 * never report a click there. No 'electron' import: it runs under plain Node in tests.
 */
import nodeNotifier from 'node-notifier';
import type { ClickPayload, NotificationRequest, Notifier } from '../../app/ports/notifier';
import { err, ok, type Result } from '../../shared/result';

/** The product name shown as the notification's application. */
export const APP_NAME = 'Fyrabend';

/** The part of node-notifier this adapter uses (the default export satisfies it). */
export interface NodeNotifierLike {
  notify(options: Record<string, unknown>, callback: (error: Error | null, response: string, metadata?: { activationType?: string }) => void): unknown;
}

export interface NodeNotifierOptions {
  readonly appName?: string;
  /** Absolute path of the icon (PNG on Linux/Windows). */
  readonly iconPath?: string;
  readonly onClick?: (payload: ClickPayload) => void;
  /** Injected for tests; defaults to the node-notifier module. */
  readonly notifier?: NodeNotifierLike;
}

/** Builds node-notifier options for one request (pure, unit-tested): wait, so a click is reported. */
export function notifierOptions(request: NotificationRequest, o: { appName: string; iconPath?: string }): Record<string, unknown> {
  return { title: request.title, message: request.body, ...(o.iconPath ? { icon: o.iconPath } : {}), appID: o.appName, wait: true };
}

const CLICKED = new Set(['activate', 'clicked', 'contentsclicked']);

/** True when node-notifier's callback reports that the user clicked the notification. */
export function wasClicked(response: string | undefined, metadata?: { activationType?: string }): boolean {
  return CLICKED.has((response ?? '').toLowerCase()) || CLICKED.has((metadata?.activationType ?? '').toLowerCase());
}

export function createNodeNotifier(options: NodeNotifierOptions = {}): Notifier {
  const appName = options.appName ?? APP_NAME;
  const lib: NodeNotifierLike = options.notifier ?? (nodeNotifier as unknown as NodeNotifierLike);
  return {
    show(request: NotificationRequest): Promise<Result<void>> {
      const opts = notifierOptions(request, { appName, iconPath: options.iconPath });
      return new Promise((resolve) => {
        let settled = false;
        const done = (r: Result<void>) => {
          if (!settled) {
            settled = true;
            resolve(r);
          }
        };
        try {
          lib.notify(opts, (error, response, metadata) => {
            if (error) {
              done(err({ code: 'notify.failed', message: `The notification could not be shown: ${error.message}` }));
              return;
            }
            if (wasClicked(response, metadata)) options.onClick?.(request.click);
            done(ok(undefined));
          });
        } catch (e) {
          done(err({ code: 'notify.failed', message: `The notification could not be shown: ${e instanceof Error ? e.message : String(e)}` }));
        }
        // With `wait: true` the callback only comes when the user acts; the notification is out already.
        if (opts.wait === true) setTimeout(() => done(ok(undefined)), 1_000);
      });
    },
  };
}
