/** Weekly local-time windows (agreed working time, availability) as instants over a range of days. */
import type { Interval, WeeklyWindows } from '../model';
import { weekdayOf } from '../time/civil';
import { unionIntervalsShared } from '../time/interval';
import type { ZoneClock } from '../time/zone';

/**
 * The windows of each local date in [fromDay, toDay] as sorted, disjoint instants. Windows are
 * evaluated per calendar date; a window ending "24:00" joins one starting "00:00" the next day.
 */
export function windowIntervals(windows: WeeklyWindows, fromDay: number, toDay: number, clock: ZoneClock): Interval[] {
  const out: Interval[] = [];
  for (let d = fromDay; d <= toDay; d++) {
    for (const w of windows[weekdayOf(d)]) out.push({ start: clock.toInstant(d, w.from), end: clock.toInstant(d, w.to) });
  }
  // The usual weekly windows give sorted pieces with gaps between them: then they are their own union
  // (unionIntervalsShared would hand back these very objects), and the generic pass is not needed.
  let prevEnd = -Infinity;
  for (let k = 0; k < out.length; k++) {
    const i = out[k] as Interval;
    if (!(i.end > i.start) || !(i.start > prevEnd)) {
      // The pieces are this function's own objects, so the union may keep them.
      return unionIntervalsShared(out);
    }
    prevEnd = i.end;
  }
  return out;
}
