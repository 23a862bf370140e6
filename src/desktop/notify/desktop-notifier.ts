/**
 * Picks the desktop notifier for the platform: notify-send with a click action on Linux and the
 * BSDs (notify-send.ts), node-notifier on macOS and Windows (node-notifier.ts). Both implement the
 * app's Notifier port and report a click through `onClick`.
 */
import type { ClickPayload, Notifier } from '../../app/ports/notifier';
import { APP_NAME, createNodeNotifier } from './node-notifier';
import { createNotifySend } from './notify-send';

export interface DesktopNotifierOptions {
  readonly platform: NodeJS.Platform;
  readonly iconPath?: string;
  readonly onClick?: (payload: ClickPayload) => void;
  readonly log?: (message: string) => void;
}

export function usesNotifySend(platform: NodeJS.Platform): boolean {
  return platform === 'linux' || platform === 'freebsd' || platform === 'openbsd' || platform === 'netbsd';
}

export function createDesktopNotifier(o: DesktopNotifierOptions): Notifier {
  const common = { appName: APP_NAME, iconPath: o.iconPath, onClick: o.onClick };
  return usesNotifySend(o.platform) ? createNotifySend({ ...common, log: o.log }) : createNodeNotifier(common);
}
