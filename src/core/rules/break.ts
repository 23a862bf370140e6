/**
 * Breaks, AML § 10-9 (1): a work day over 5.5 h needs a gap of at least `minBreak` (15 min,
 * spec §3 choice); from 8 h the gaps must total at least 30 min (every gap counts, spec §6.11).
 * Gaps are the free time between work pieces inside the work day; a `breakWithDuties` session is work.
 */
import type { Finding, Interval } from '../model';
import type { Context } from '../engine/context';
import { HOUR_MS, MINUTE_MS } from '../time/units';
import { LIMITS } from './constants';
import { makeFinding } from './finding';

export function breaks(ctx: Context): Finding[] {
  const out: Finding[] = [];
  for (const d of ctx.days) {
    const workMs = d.day.workMs;
    if (workMs <= LIMITS.breakAfterHours * HOUR_MS) continue;
    let longest = 0;
    let total = 0;
    const pieces = d.day.work;
    for (let k = 0; k + 1 < pieces.length; k++) {
      const gap = (pieces[k + 1] as Interval).start - (pieces[k] as Interval).end;
      total += gap;
      longest = Math.max(longest, gap);
    }
    const base = { key: d.day.label, start: d.day.start, end: d.day.end };
    if (longest < LIMITS.minBreakMinutes * MINUTE_MS) {
      out.push(makeFinding('aml.10-9.break', { ...base, measured: longest / HOUR_MS, limit: LIMITS.minBreakMinutes / 60 }));
    } else if (workMs >= LIMITS.longDayHours * HOUR_MS && total < LIMITS.longDayBreakMinutes * MINUTE_MS) {
      out.push(makeFinding('aml.10-9.break', { ...base, measured: total / HOUR_MS, limit: LIMITS.longDayBreakMinutes / 60 }));
    }
  }
  return out;
}
