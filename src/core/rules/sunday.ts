/**
 * Sunday and holiday work, AML § 10-10 (1): any work inside a protected window (spec §3.2),
 * keyed by the red day whose segment it falls in. Needs a basis; `info` when the agreement
 * records one (`basis.sunday`).
 */
import type { Finding } from '../model';
import type { Context } from '../engine/context';
import { intersectLength } from '../time/interval';
import { HOUR_MS } from '../time/units';
import { makeFinding } from './finding';
import { workSpan } from './rest';

export function sundayWork(ctx: Context): Finding[] {
  const work = ctx.structure.work;
  const severity = ctx.agreement.limits.basis.sunday ? 'info' : 'needs-basis';
  const out: Finding[] = [];
  for (const seg of ctx.segments) {
    const ms = intersectLength(work, seg.start, seg.end);
    if (ms <= 0) continue;
    const span = workSpan(work, seg.start, seg.end);
    out.push(makeFinding('aml.10-10.sunday', { key: seg.redDay, ...span, measured: ms / HOUR_MS, limit: 0, severity }));
  }
  return out;
}
