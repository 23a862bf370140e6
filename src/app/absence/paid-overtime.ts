/**
 * Overtime paid out, per local date, for the flexitime balance (issue 15 item 2): the one way every
 * balance (Today, Week, Month, the tray, `fyrabend status`) gets `paidOvertime` for the core's
 * balanceOf. The reading is the exports' (src/app/export/overtime-taken.ts): the overtime hours of a
 * day as the pay classification counts them are paid, and so left out of the balance, unless the
 * day's overtime reason says `time-off` (avspasering), in which case they stay in the balance; a day
 * without a reason follows the pay settings' `overtimeTakenAs` (default `pay`).
 *
 * Speed (issue 15 Bench: ten years under 100 ms on every refresh): only the days with overtime and
 * only the sessions with a reason are read for the reasons; and with a cache, the history is
 * classified in two parts, cut at a quiet Monday (see cutOf), the older part kept while its sessions,
 * the agreements and the overtime rules are the same, so a refresh classifies only the recent weeks.
 * The result is the plain reading's (test/app/absence/paid-overtime-same.test.ts).
 */
import type { Agreement, Instant, Session } from '../../core/model';
import { DEFAULT_PAY_SETTINGS, type PayDay, type PaySettings } from '../../core/pay';
import { mondayOf } from '../../core/time/civil';
import { DAY_MS, HOUR_MS } from '../../core/time/units';
import { zoneClock } from '../../core/time/zone';
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

/** The classified older part of histories seen before (createPaidOvertimeCache); a few entries. */
export interface PaidOvertimeCache {
  readonly entries: Map<string, { readonly sessions: readonly Facts[]; readonly days: readonly PayDay[] }>;
}

const CACHE_ENTRIES = 4;
const LAST_DATE = '9999-12-31';

export function createPaidOvertimeCache(): PaidOvertimeCache {
  return { entries: new Map() };
}

/**
 * Paid overtime hours by local date in [from, to] over `sessions` (which should reach a week beyond
 * either end, so the weekly overtime of the first and last weeks is placed as the exports place it).
 * With `cache`, the older part of the history is classified once (see the file comment).
 */
export function paidOvertimeByDate(d: PaidOvertimeDeps, sessions: readonly Session[], from: string, to: string, cache?: PaidOvertimeCache): Map<string, number> {
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
  const days = cache ? classifiedInParts(cache, sessions, agreements, settings, from) : classifyDates(sessions, agreements, settings, from, to).days;
  // Only a day with overtime can have any paid (withOvertimeBasis and paidOvertimeHours leave the others
  // out whatever their reasons), and only a session with a reason can give a day one: reasonsOfDay reads
  // those, in their order, so the result is the one over every day and session, without days × sessions.
  const mine = days.filter((day) => day.day >= from && day.day <= to && overtimeMsOf(day) > 0);
  const withReason = reasons.size === 0 ? [] : sessions.filter((s) => s.id !== undefined && reasons.has(s.id));
  return paidOvertimeHours(mine.map((day) => withOvertimeBasis(day, reasonsOfDay(day, withReason, reasons), settings.overtimeTakenAs)));
}

/**
 * The classified days from `from` on, the sessions before the cut from the cache (classified again
 * only when they, the agreements, the overtime rules or the cut changed), the rest classified now.
 */
function classifiedInParts(cache: PaidOvertimeCache, sessions: readonly Session[], agreements: readonly Agreement[], settings: PaySettings, from: string): readonly PayDay[] {
  const sorted = isSortedByStart(sessions) ? sessions : [...sessions].sort((a, b) => a.start - b.start);
  const cut = cutOf(sorted, agreements);
  if (cut === null) return classifyDates(sorted, agreements, settings, from, LAST_DATE).days;
  const older = sorted.slice(0, cut.index);
  const newer = sorted.slice(cut.index);
  const key = `${from}|${cut.at}|${JSON.stringify(agreements)}|${JSON.stringify(settings.overtime)}`;
  let entry = cache.entries.get(key);
  if (!entry || !sameFacts(entry.sessions, older)) entry = { sessions: older.map(factsOf), days: classifyDates(older, agreements, settings, from, LAST_DATE).days };
  // The most recently used last; the least recently used go first (a week's balance does not push out the running one's).
  cache.entries.delete(key);
  cache.entries.set(key, entry);
  for (const k of cache.entries.keys()) if (cache.entries.size > CACHE_ENTRIES) cache.entries.delete(k);
  const recent = newer.length > 0 ? classifyDates(newer, agreements, settings, from, LAST_DATE).days : [];
  const out = entry.days.slice();
  for (const day of recent) out.push(day);
  return out;
}

function isSortedByStart(sessions: readonly Session[]): boolean {
  for (let k = 1; k < sessions.length; k++) if ((sessions[k] as Session).start < (sessions[k - 1] as Session).start) return false;
  return true;
}

/** Everything of a session the classification reads (not its id or note), copied. */
type Facts = Pick<Session, 'start' | 'end' | 'kind' | 'location' | 'initiative' | 'breakWithDuties'>;
const factsOf = (s: Session): Facts => ({ start: s.start, end: s.end, kind: s.kind, location: s.location, initiative: s.initiative, breakWithDuties: s.breakWithDuties });

function sameFacts(kept: readonly Facts[], now: readonly Session[]): boolean {
  if (kept.length !== now.length) return false;
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k] as Facts;
    const b = now[k] as Session;
    if (a.start !== b.start || a.end !== b.end || a.kind !== b.kind || a.location !== b.location || a.initiative !== b.initiative || a.breakWithDuties !== b.breakWithDuties) return false;
  }
  return true;
}

/**
 * Where the history (sorted by start) can be classified in two parts with the same days as in one:
 * the latest local Monday 00:00 (in the agreements' one zone) with no session across it and a gap of
 * at least a day and the daily rest between the last end before it and the first start after it. Then
 * no work day, main work period (rest < daily rest joins them), on-call attribution (within a work
 * day's 24 h) or week (weeks are Monday to Sunday) reaches across it. Null when there is none (or the
 * agreements are in different zones): then the history is classified in one.
 */
export function cutOf(sorted: readonly Session[], agreements: readonly Agreement[]): { index: number; at: Instant } | null {
  const zone = agreements[0]?.zone;
  if (zone === undefined || agreements.some((a) => a.zone !== zone) || sorted.length < 2) return null;
  const clock = zoneClock(zone);
  let rest = DAY_MS;
  for (const a of agreements) rest = Math.max(rest, a.limits.restDailyHours * HOUR_MS);
  const maxEnd = new Float64Array(sorted.length);
  let e = -Infinity;
  for (let k = 0; k < sorted.length; k++) maxEnd[k] = e = Math.max(e, (sorted[k] as Session).end);
  for (let k = sorted.length - 1; k >= 1; k--) {
    const start = (sorted[k] as Session).start;
    const before = maxEnd[k - 1] as number;
    if (start - before < rest) continue;
    const at = clock.startOfDay(mondayOf(clock.localDay(start)));
    if (at >= before && at <= start) return { index: k, at };
  }
  return null;
}
