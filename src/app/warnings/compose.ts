/**
 * Turns due warnings into notification texts in the user's language: one notification per
 * scheduler wake-up, never a burst. A single due item gets its own title; several (after a
 * suspend, a clock jump, a snooze, or lines that coincide) become one summary.
 */
import type { Lang, PlanItem, PlanReason } from '../../core/model';
import { translate } from '../../shared/i18n/catalog';
import { WARNING_TEXTS } from '../../shared/i18n/warnings';
import type { ClickPayload, NotificationRequest } from '../ports/notifier';
import type { Due } from './due';

/** At most this many lines in a summary body; the rest become "and N more". */
export const SUMMARY_MAX_LINES = 4;

interface Entry {
  readonly title: string;
  readonly body: string;
  readonly followUp: boolean;
  /** The follow-up asks to stop or record overtime (not only to take a break). */
  readonly overtime: boolean;
  /** The follow-up asks for a break (a § 10-9 line was crossed). */
  readonly breakAsk: boolean;
}

/** Lines of AML § 10-9 (spec § 7.3): crossing one asks for a break, not for an overtime reason. */
const BREAK_REASONS: ReadonlySet<PlanReason> = new Set<PlanReason>(['break-due', 'long-break-due', 'overtime-break-due']);

/** True when crossing the line asks for a break rather than "stop, or record the overtime". */
export function asksForBreak(reason: PlanReason): boolean {
  return BREAK_REASONS.has(reason);
}

function entries(due: Due, lang: Lang): Entry[] {
  const out: Entry[] = due.warnings.map((i: PlanItem) => ({
    title: translate(WARNING_TEXTS, lang, `soon.${i.reason}`),
    body: i.message[lang],
    followUp: false,
    overtime: false,
    breakAsk: false,
  }));
  for (const f of due.followUps) {
    const first = f.items[0];
    if (!first) continue;
    const overtime = f.items.some((i) => !asksForBreak(i.reason));
    const breakAsk = f.items.some((i) => asksForBreak(i.reason));
    const asks = [...(breakAsk ? ['followUp.break' as const] : []), ...(overtime ? ['followUp.body' as const] : [])];
    out.push({
      title: translate(WARNING_TEXTS, lang, `passed.${first.reason}`),
      // The plan's messages speak of a line still to come ("Kl. 21:30 når du …"); once it is crossed the
      // body says, in the past tense, which other lines were crossed with it (the title names the first).
      body: sentencesOnce([...f.items.slice(1).map((i) => `${translate(WARNING_TEXTS, lang, `passed.${i.reason}`)}.`), ...asks.map((k) => translate(WARNING_TEXTS, lang, k))]).join('\n'),
      followUp: true,
      overtime,
      breakAsk,
    });
  }
  return out;
}

/** A short stable id from the delivery keys (FNV-1a), used by the pending list. */
export function notificationId(prefix: string, keys: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of keys.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}-${h.toString(16).padStart(8, '0')}`;
}

/** The lines in order, each sentence once (issue 14 item 6: no sentence appears twice in a notification). */
function unique(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

/** The lines in order with each sentence once, also when a line holds two (the agreed end's message already asks to stop or record). */
function sentencesOnce(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of lines) {
    const kept: string[] = [];
    for (const sentence of line.split(/(?<=[.!?])\s+/)) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      kept.push(sentence);
    }
    if (kept.length > 0) out.push(kept.join(' '));
  }
  return out;
}

/** Lines of a summary body: the titles, each once, at most SUMMARY_MAX_LINES, then "and N more". */
export function summaryLines(all: readonly string[], lang: Lang): string[] {
  const titles = unique(all);
  if (titles.length <= SUMMARY_MAX_LINES) return [...titles];
  const shown = titles.slice(0, SUMMARY_MAX_LINES - 1);
  return [...shown, translate(WARNING_TEXTS, lang, 'summary.more', { n: titles.length - shown.length })];
}

/** The one notification for a set of due items, or null when nothing is due. */
export function composeDue(due: Due, lang: Lang, sessionId: string | undefined): NotificationRequest | null {
  const list = entries(due, lang);
  if (list.length === 0) return null;
  const anyFollowUp = list.some((e) => e.followUp);
  const anyOvertime = list.some((e) => e.overtime);
  // A break follow-up opens the Today page (Pause is there); an overtime one asks to stop or record it.
  const click: ClickPayload = {
    page: 'today',
    action: anyOvertime ? 'stop-or-record-overtime' : 'open',
    ...(sessionId === undefined ? {} : { sessionId }),
  };
  const id = notificationId('warn', due.keys.map((k) => k.key));
  const urgency = anyFollowUp ? 'critical' : 'normal';
  const only = list[0];
  const clickLabel = labelOf(click, lang);
  if (list.length === 1 && only) return { id, title: only.title, body: only.body, click, clickLabel, urgency };
  const lines = summaryLines(list.map((e) => e.title), lang);
  if (list.some((e) => e.breakAsk)) lines.push(translate(WARNING_TEXTS, lang, 'followUp.break'));
  if (anyOvertime) lines.push(translate(WARNING_TEXTS, lang, 'followUp.body'));
  return { id, title: translate(WARNING_TEXTS, lang, 'summary.title', { n: list.length }), body: lines.join('\n'), click, clickLabel, urgency };
}

/** The label of what a click does, in the user's language (a notification's default action). */
function labelOf(click: ClickPayload, lang: Lang): string {
  return translate(WARNING_TEXTS, lang, `action.${click.action}`);
}

/** One notification for warnings held back while do-not-disturb was on. */
export function composeHeld(held: readonly NotificationRequest[], lang: Lang, sessionId: string | undefined): NotificationRequest {
  const anyFollowUp = held.some((h) => h.click.action === 'stop-or-record-overtime');
  const click: ClickPayload = { page: 'today', action: anyFollowUp ? 'stop-or-record-overtime' : 'open', ...(sessionId === undefined ? {} : { sessionId }) };
  return {
    id: notificationId('held', held.map((h) => h.id)),
    title: translate(WARNING_TEXTS, lang, 'held.title', { n: held.length }),
    body: summaryLines(held.map((h) => h.title), lang).join('\n'),
    click,
    clickLabel: labelOf(click, lang),
    urgency: 'normal',
  };
}

/** "Are you working? Log it" — asked once per out-of-hours stretch with active use and no open session. */
export function composeUnlogged(lang: Lang, stretchKey: string): NotificationRequest {
  const click: ClickPayload = { page: 'today', action: 'log-work' };
  return {
    id: notificationId('unlogged', [stretchKey]),
    title: translate(WARNING_TEXTS, lang, 'unlogged.title'),
    body: translate(WARNING_TEXTS, lang, 'unlogged.body'),
    click,
    clickLabel: labelOf(click, lang),
    urgency: 'normal',
  };
}
