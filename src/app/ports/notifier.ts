/**
 * The notifier port: how the app shows a desktop notification. The shell implements it with
 * notify-send on Linux and node-notifier on macOS and Windows (src/desktop/notify/desktop-notifier.ts);
 * tests use a fake. The app never knows which operating-system mechanism is used.
 */
import type { Result } from '../../shared/result';

/** The pages of the window that a notification click opens. */
export const WINDOW_PAGES = ['today', 'week', 'findings', 'agreement', 'settings', 'export'] as const;
export type WindowPage = (typeof WINDOW_PAGES)[number];

/** What the window should offer when it opens from a click. */
export const CLICK_ACTIONS = ['open', 'stop-or-record-overtime', 'log-work'] as const;
export type ClickAction = (typeof CLICK_ACTIONS)[number];

export const URGENCIES = ['low', 'normal', 'critical'] as const;

/** The payload a click carries back to the shell: which page to open and what to offer there. */
export interface ClickPayload {
  readonly page: WindowPage;
  readonly action: ClickAction;
  /** The open session a warning concerns, when there is one. */
  readonly sessionId?: string;
}

export interface NotificationRequest {
  /** Stable id of this notification (used for the pending list and for de-duplication). */
  readonly id: string;
  /** Short title in the user's language. */
  readonly title: string;
  /** One or a few sentences in the user's language. */
  readonly body: string;
  readonly click: ClickPayload;
  /** The label of the action a click performs ("Open Fyrabend"), in the user's language. */
  readonly clickLabel?: string;
  readonly urgency: (typeof URGENCIES)[number];
}

export interface Notifier {
  /** Shows the notification. Resolves to an error result (never throws) when it could not be shown. */
  show(request: NotificationRequest): Promise<Result<void>>;
}
