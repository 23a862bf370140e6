/**
 * Working while absent (issue 15): work on a local date the employee marked as sick, as home with a
 * sick child, or as holiday gets `absence.work-while-absent` (a warning, keyed by that date). It is
 * not a chapter-10 rule: it reminds that sick leave and holiday are time off (folketrygdloven ch. 8,
 * ferieloven § 5), so it stays for exempt employees too. Starting anyway is allowed.
 */
import type { Finding } from '../model';
import type { Context } from '../engine/context';
import { NO_WORK_KINDS } from '../absence/model';
import { dateString, parseDate } from '../time/civil';
import { clipIntervals } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { makeFinding } from './finding';

export function workWhileAbsent(ctx: Context): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const a of ctx.absences) {
    if (!NO_WORK_KINDS.includes(a.kind)) continue;
    for (let d = parseDate(a.from); d <= parseDate(a.to); d++) {
      if (seen.has(d)) continue;
      const parts = clipIntervals(ctx.structure.work, ctx.clock.startOfDay(d), ctx.clock.startOfDay(d + 1));
      const first = parts[0];
      const last = parts[parts.length - 1];
      if (!first || !last) continue;
      seen.add(d);
      const ms = parts.reduce((s, p) => s + p.end - p.start, 0);
      out.push(makeFinding('absence.work-while-absent', { key: dateString(d), start: first.start, end: last.end, measured: ms / HOUR_MS, limit: 0, variant: a.kind }));
    }
  }
  return out;
}
