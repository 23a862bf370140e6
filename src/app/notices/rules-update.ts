/**
 * The once-only notice after the update to specification version 2 (working-time-rules.md § 7,
 * exchange-format.md: "A stored agreement of version 1 reads with these defaults, so it gets the
 * version 2 readings; the app says so once after the update").
 *
 * It is due when a stored agreement was written before version 2 (its `limits` hold none of the
 * version 2 settings, so it now reads with their defaults) and the user has not dismissed it yet.
 * A new user's agreements are written by the version 2 form with every setting, so they never see
 * it. Dismissing it is kept under its own key in the settings table; nothing else is written.
 */
import type { Instant } from '../../core/model';
import type { AgreementRepo } from '../ports/agreement-repo';
import type { SettingsRepo } from '../ports/settings-repo';

export const RULES_UPDATE_NOTICE_KEY = 'notice.rulesVersion2';

/** The `limits` settings version 2 added (exchange-format.md); a document with none of them was written by version 1. */
export const VERSION_2_LIMIT_KEYS = ['dailyRestReading', 'weeklyRestPeriodStart', 'weeklyRestCounting', 'breakStretchGapMinutes', 'onCallCountsTowardDay'] as const;

/** True when a stored `fyrabend.agreement/1` text names none of the version 2 settings (a text that does not parse counts as not). */
export function writtenBeforeVersion2(json: string): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return false;
  }
  if (!doc || typeof doc !== 'object') return false;
  const limits = (doc as { limits?: unknown }).limits;
  if (limits === undefined || limits === null) return true;
  if (typeof limits !== 'object') return false;
  return VERSION_2_LIMIT_KEYS.every((k) => !(k in limits));
}

export function rulesUpdateNoticeDismissed(settings: SettingsRepo): boolean {
  return settings.get(RULES_UPDATE_NOTICE_KEY) !== null;
}

/** Whether the window should show the notice now. */
export function rulesUpdateNoticeDue(settings: SettingsRepo, agreements: AgreementRepo): boolean {
  if (rulesUpdateNoticeDismissed(settings)) return false;
  return agreements.list().some((a) => writtenBeforeVersion2(a.json));
}

/** Marks the notice as read; it is not shown again. */
export function dismissRulesUpdateNotice(settings: SettingsRepo, at: Instant): void {
  if (!rulesUpdateNoticeDismissed(settings)) settings.set(RULES_UPDATE_NOTICE_KEY, JSON.stringify({ dismissedAt: at }));
}
