/**
 * Spec working-time-rules.md § 7.2 (AML § 10-8 (2), C-306/16 Maio): the agreement form proposes
 * where the fixed seven-day weekly-rest periods start. When the agreed weekly windows include a
 * Saturday or a Sunday, the proposal is the start of the longest free stretch of the agreed week
 * (the week seen as a cycle, Sunday 24:00 = Monday 00:00), rounded down to the whole hour, so that
 * a Tuesday–Saturday worker's free Sunday and Monday lie inside one period. Otherwise there is no
 * proposal and the setting stays as it is (`mon 00:00` by default).
 */
import { WEEKDAYS, type WeeklyRestPeriodStart, type WeeklyWindows } from '../model';

const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;

/** The proposed period start, or null when the agreed windows have no Saturday or Sunday (or leave no free time). */
export function proposePeriodStart(windows: WeeklyWindows): WeeklyRestPeriodStart | null {
  if (windows.sat.length === 0 && windows.sun.length === 0) return null;
  const spans = WEEKDAYS.flatMap((d, i) => windows[d].map((w) => ({ from: i * DAY_MINUTES + w.from, to: i * DAY_MINUTES + w.to }))).sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  let best: { start: number; length: number } | null = null;
  for (let i = 0; i < merged.length; i++) {
    const end = (merged[i] as { to: number }).to;
    const next = i + 1 < merged.length ? (merged[i + 1] as { from: number }).from : (merged[0] as { from: number }).from + WEEK_MINUTES;
    const length = next - end;
    // Ties keep the earliest free stretch in the week, so the answer does not depend on anything else.
    if (length > 0 && (best === null || length > best.length)) best = { start: end % WEEK_MINUTES, length };
  }
  if (best === null) return null;
  const hour = Math.floor(best.start / 60) * 60;
  return { weekday: WEEKDAYS[Math.floor(hour / DAY_MINUTES)] as WeeklyRestPeriodStart['weekday'], minute: hour % DAY_MINUTES };
}
