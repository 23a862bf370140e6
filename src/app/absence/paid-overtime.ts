/**
 * Overtime paid out, per local date, for the flexitime balance (issue 15 item 2): the one way every
 * balance (Today, Week, Month, the tray, `fyrabend status`) gets `paidOvertime` for the core's
 * balanceOf. The reading is the exports' (src/app/export/overtime-taken.ts): the overtime hours of a
 * day as the pay classification counts them are paid, and so left out of the balance, unless the
 * day's overtime reason says `time-off` (avspasering), in which case they stay in the balance; a day
 * without a reason follows the pay settings' `overtimeTakenAs` (default `pay`).
 */
import type { Agreement, Instant, Session } from '../../core/model';
import { DEFAULT_PAY_SETTINGS } from '../../core/pay';
import { loadPaySettings } from '../export/pay-settings';
import { overtimeMsOf, paidOvertimeHours, reasonsOfDay, withOvertimeBasis, type OvertimeBasisEntry } from '../export/overtime-taken';
import { classifyDates } from '../export/timesheet';
import type { SettingsRepo } from '../ports/settings-repo';
import type { OvertimeReasonRepo } from '../warnings/overtime-reason';

export interface PaidOvertimeDeps {
  readonly agreements: () => readonly Agreement[];
  /** Where the pay settings are stored (their tariff overtime rules and `overtimeTakenAs`). */
  readonly settings: Pick<SettingsRepo, 'get'>;
  /** The recorded overtime reasons; without them every day follows the default. */
  readonly reasons?: Pick<OvertimeReasonRepo, 'listBetween'>;
}

/**
 * Paid overtime hours by local date in [from, to] over `sessions` (which should reach a week beyond
 * either end, so the weekly overtime of the first and last weeks is placed as the exports place it).
 */
export function paidOvertimeByDate(d: PaidOvertimeDeps, sessions: readonly Session[], from: string, to: string): Map<string, number> {
  const agreements = d.agreements();
  if (agreements.length === 0 || sessions.length === 0) return new Map();
  const settings = loadPaySettings(d.settings) ?? DEFAULT_PAY_SETTINGS;
  // A loop, not Math.min(...): a spread of every session overflows the stack above ~62 000 (issue 18).
  let lo: Instant = Infinity;
  let hi: Instant = -Infinity;
  for (const s of sessions) {
    if (s.start < lo) lo = s.start;
    if (s.end > hi) hi = s.end;
  }
  const reasons = new Map<string, OvertimeBasisEntry[]>();
  for (const r of d.reasons?.listBetween(lo, hi + 1) ?? []) {
    const list = reasons.get(r.sessionId) ?? [];
    list.push({ text: r.text, ground: r.ground ?? null, takenAs: r.takenAs ?? 'pay', recordedAt: r.recordedAt });
    reasons.set(r.sessionId, list);
  }
  const { days } = classifyDates(sessions, agreements, settings, from, to);
  // Only a day with overtime can have any paid (withOvertimeBasis and paidOvertimeHours leave the others
  // out whatever their reasons), and only a session with a reason can give a day one: reasonsOfDay reads
  // those, in their order, so the result is the one over every day and session, without days × sessions.
  const mine = days.filter((day) => day.day >= from && day.day <= to && overtimeMsOf(day) > 0);
  const withReason = reasons.size === 0 ? [] : sessions.filter((s) => s.id !== undefined && reasons.has(s.id));
  return paidOvertimeHours(mine.map((day) => withOvertimeBasis(day, reasonsOfDay(day, withReason, reasons), settings.overtimeTakenAs)));
}
