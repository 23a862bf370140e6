/**
 * Which plan items are due for a notification at `now` (spec working-time-rules §4): lines ahead
 * whose warning instant has come, and lines already crossed that still lack their follow-up.
 * Pure: the scheduler calls it after every re-plan.
 */
import type { Instant, Plan, PlanItem } from '../../core/model';
import { deliveryKey, type DeliveredLog } from './delivered-log';

/** Lines crossed at the same instant share one follow-up. */
export interface FollowUp {
  readonly line: Instant;
  readonly items: readonly PlanItem[];
}

export interface Due {
  /** Lines still ahead whose warning time has come. */
  readonly warnings: readonly PlanItem[];
  /** Crossed lines, grouped by instant, that still need "stop, or record the overtime". */
  readonly followUps: readonly FollowUp[];
  /** Every key to record as delivered once the notification is out (or held). */
  readonly keys: readonly { readonly key: string; readonly line: Instant }[];
}

/**
 * @example selectDue({ now: t, upcoming: [{ at: t - 1, line: t + 900_000, reason: 'night-start', … }], passed: [] }, log, t)
 *   // → { warnings: [that item], followUps: [], keys: [{ key: 'warn:night-start:…', … }] }
 */
export function selectDue(plan: Plan, log: DeliveredLog, now: Instant): Due {
  const keys: { key: string; line: Instant }[] = [];
  const warnings = plan.upcoming.filter((i) => i.at <= now && i.line > now && !log.has(deliveryKey('warn', i)));
  for (const i of warnings) keys.push({ key: deliveryKey('warn', i), line: i.line });

  const groups = new Map<Instant, PlanItem[]>();
  for (const i of plan.passed) {
    const key = deliveryKey('follow', i);
    if (log.has(key)) continue;
    // A warning never shown before its line is replaced by the follow-up: mark both.
    keys.push({ key, line: i.line });
    const warnKey = deliveryKey('warn', i);
    if (!log.has(warnKey)) keys.push({ key: warnKey, line: i.line });
    // "Ends soon" crosses the same line as "ends": the follow-up of 'agreed-end' covers it.
    if (i.reason === 'agreed-end-soon' && plan.passed.some((p) => p.reason === 'agreed-end' && p.line === i.line)) continue;
    const g = groups.get(i.line) ?? [];
    g.push(i);
    groups.set(i.line, g);
  }
  const followUps = [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([line, items]) => ({ line, items }));
  return { warnings, followUps, keys };
}

export function isEmpty(due: Due): boolean {
  return due.warnings.length === 0 && due.followUps.length === 0;
}
