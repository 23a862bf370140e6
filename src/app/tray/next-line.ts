/**
 * The one line the tray and the Today page name as "next" (issue 13: they show the next of the
 * warnings): the soonest line of the look-ahead plan (spec § 4) still ahead of the running session,
 * leaving out the agreed end and the daily rest, which have rows of their own. Pure.
 */
import type { Instant, Plan, PlanItem, PlanReason } from '../../core/index';

/** Reasons already shown in their own row ("Agreed time ends", "Rest from"). */
const OWN_ROW: ReadonlySet<PlanReason> = new Set<PlanReason>(['agreed-end-soon', 'agreed-end', 'rest-latest-stop']);

export function nextLine(plan: Plan): PlanItem | null {
  let best: PlanItem | null = null;
  for (const i of plan.upcoming) {
    if (OWN_ROW.has(i.reason)) continue;
    if (!best || i.line < best.line || (i.line === best.line && i.at < best.at)) best = i;
  }
  return best;
}

/**
 * The latest stop for the daily rest as the planner sees it for the running session (spec § 7.1,
 * either reading), whether still ahead or already crossed; null when the plan has no such line.
 */
export function plannedRestStop(plan: Plan): Instant | null {
  const rest = [...plan.upcoming, ...plan.passed].find((i) => i.reason === 'rest-latest-stop');
  return rest ? rest.line : null;
}
