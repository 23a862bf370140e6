/**
 * The tracker's thresholds, stored as settings (JSON under the key `tracker`). Defaults:
 * - idleThresholdMinutes 5: idle (or locked / suspended) this long pauses the session at the start
 *   of the idleness and asks "keep, discard, or mark as break". Five minutes matches the common
 *   screen-lock default, so a coffee refill does not interrupt, a lunch does.
 * - forgottenAfterMinutes 180: without an idle source, a session still open this long after the agreed
 *   end of its day gets the question "Are you still working?"; only with no answer and no sign of the
 *   user for this long after the question is it stopped at the last activity, flagged for review, with
 *   a notice and an undo (null: never asked, never stopped). With an idle source a long absence pauses
 *   instead, and a present user's session is never stopped.
 * - maxSessionHours 16: a session this long gets the same question (it is never cut while the user is
 *   present). AML § 10-6 (8) caps a working day at 13 h (16 h with a tariff agreement).
 * - heartbeatSeconds 60: how often the open session's heartbeat is written.
 * - missedHeartbeats 3: a heartbeat older than this many intervals means the tracking process died.
 */
import type { SettingsRepo } from '../ports/settings-repo';

export interface TrackerSettings {
  readonly idleThresholdMinutes: number;
  readonly forgottenAfterMinutes: number | null;
  readonly maxSessionHours: number;
  readonly heartbeatSeconds: number;
  readonly missedHeartbeats: number;
}

export const DEFAULT_TRACKER_SETTINGS: TrackerSettings = {
  idleThresholdMinutes: 5,
  forgottenAfterMinutes: 180,
  maxSessionHours: 16,
  heartbeatSeconds: 60,
  missedHeartbeats: 3,
};

export const TRACKER_SETTINGS_KEY = 'tracker';

function positive(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}

/** Reads the settings, keeping the default for any missing or invalid value. */
export function loadTrackerSettings(repo: SettingsRepo): TrackerSettings {
  const text = repo.get(TRACKER_SETTINGS_KEY);
  if (!text) return DEFAULT_TRACKER_SETTINGS;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return DEFAULT_TRACKER_SETTINGS;
  }
  const d = DEFAULT_TRACKER_SETTINGS;
  return {
    idleThresholdMinutes: positive(raw.idleThresholdMinutes) ? raw.idleThresholdMinutes : d.idleThresholdMinutes,
    forgottenAfterMinutes: raw.forgottenAfterMinutes === null ? null : positive(raw.forgottenAfterMinutes) ? raw.forgottenAfterMinutes : d.forgottenAfterMinutes,
    maxSessionHours: positive(raw.maxSessionHours) ? raw.maxSessionHours : d.maxSessionHours,
    heartbeatSeconds: positive(raw.heartbeatSeconds) ? raw.heartbeatSeconds : d.heartbeatSeconds,
    missedHeartbeats: positive(raw.missedHeartbeats) ? raw.missedHeartbeats : d.missedHeartbeats,
  };
}
