/**
 * Night work, AML § 10-11: work inside the night window (21:00–06:00 by default). One finding per
 * night with the strictest severity of its minutes (spec §6.6): with a § 10-11 (3) agreement
 * (`ownInitiativeEvening`), minutes 21:00–23:00 that only own-initiative sessions cover are `info`;
 * with a recorded basis (`basis.night`) all are `info`; the rest needs a basis.
 */
import type { Finding, Interval } from '../model';
import type { Context } from '../engine/context';
import { isWork } from '../engine/structure';
import { intersectLength, subtractIntervals, unionIntervals, clipIntervals } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { LIMITS } from './constants';
import { makeFinding } from './finding';
import { workSpan } from './rest';

export function nightWork(ctx: Context): Finding[] {
  const work = ctx.structure.work;
  const limits = ctx.agreement.limits;
  const employer = limits.ownInitiativeEvening ? unionIntervals(ctx.sessions.filter((s) => isWork(s) && s.initiative !== 'own')) : work;
  const out: Finding[] = [];
  for (const n of ctx.nights) {
    const ms = intersectLength(work, n.start, n.end);
    if (ms <= 0) continue;
    let severity: Finding['severity'] = limits.basis.night ? 'info' : 'needs-basis';
    if (severity === 'needs-basis' && limits.ownInitiativeEvening) {
      // Minutes of this night's work that need a basis: all except own-initiative 21:00–23:00.
      const eveStart = Math.max(n.start, ctx.clock.toInstant(n.nightDay, LIMITS.ownInitiativeFrom));
      const eveEnd = Math.min(n.end, ctx.clock.toInstant(n.nightDay, LIMITS.ownInitiativeTo));
      const nightWorkParts = clipIntervals(work, n.start, n.end);
      const ownEvening: Interval[] = eveEnd > eveStart ? subtractIntervals(clipIntervals(work, eveStart, eveEnd), employer) : [];
      const needing = subtractIntervals(nightWorkParts, ownEvening);
      if (needing.length === 0) severity = 'info';
    }
    const span = workSpan(work, n.start, n.end);
    out.push(makeFinding('aml.10-11.night', { key: n.night, ...span, measured: ms / HOUR_MS, limit: 0, severity }));
  }
  return out;
}
