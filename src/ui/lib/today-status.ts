/**
 * Issue 14 item 6: what Today's status says once a line has been crossed ("Over 9 timer i dag –
 * overtid", "Natt: arbeid etter 21:00 krever grunnlag"), the split of the plan into lines passed
 * and lines still ahead, and the timeline's labels.
 */
import type { PlanItem, PlanReason } from '../../core/model';

/** Crossed lines the status names, the most serious first (break lines ask for a break; the pre-warning names nothing). */
export const ALERT_ORDER = [
  'total-day-limit',
  'total-week-limit',
  'rest-latest-stop',
  'weekly-rest-latest-stop',
  'night-start',
  'sunday-start',
  'daily-normal-limit',
  'weekly-overtime-limit',
  'weekly-normal-limit',
  'availability-end',
  'agreed-end',
] as const satisfies readonly PlanReason[];
export type AlertReason = (typeof ALERT_ORDER)[number];

/** The crossed line the status names while a session runs, or null (calm). */
export function statusAlert(passed: readonly Pick<PlanItem, 'reason'>[], running: boolean): AlertReason | null {
  if (!running) return null;
  const crossed = new Set(passed.map((p) => p.reason));
  return ALERT_ORDER.find((r) => crossed.has(r)) ?? null;
}

/** Splits the plan at `now`: a line at or before now is passed, whatever list it came in. Each list is in time order, no line twice. */
export function splitLines(passed: readonly PlanItem[], upcoming: readonly PlanItem[], now: number): { passed: PlanItem[]; upcoming: PlanItem[] } {
  const seen = new Set<string>();
  const all = [...passed, ...upcoming].filter((i) => {
    const k = `${i.reason}|${i.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const byLine = (a: PlanItem, b: PlanItem) => a.line - b.line;
  const before = all.filter((i) => i.line <= now);
  const ahead = all.filter((i) => i.line > now);
  // The agreed end comes as a pair for one line: the pre-warning, in the future tense ("slutter kl. 15:45"),
  // and the line itself, written for when it is crossed ("sluttet kl. 15:45. Stopp nå …"). Ahead, only the
  // first is shown; once passed, only the second.
  const paired = (list: PlanItem[], drop: PlanReason, keep: PlanReason) => list.filter((i) => !(i.reason === drop && list.some((j) => j.reason === keep && j.line === i.line)));
  return { passed: paired(before, 'agreed-end-soon', 'agreed-end').sort(byLine), upcoming: paired(ahead, 'agreed-end', 'agreed-end-soon').sort(byLine) };
}

/** The timeline's ticks: one per moment, the labels of lines at the same moment joined; the pre-warning is left out. */
export function timelineLines(items: readonly PlanItem[], label: (r: PlanReason) => string): { at: number; label: string }[] {
  const at = new Map<number, string[]>();
  for (const i of items) {
    if (i.reason === 'agreed-end-soon') continue;
    const l = label(i.reason);
    const list = at.get(i.line) ?? [];
    if (!list.includes(l)) list.push(l);
    at.set(i.line, list);
  }
  return [...at.entries()].sort((a, b) => a[0] - b[0]).map(([t, ls]) => ({ at: t, label: ls.join(' · ') }));
}
