/**
 * Wall-clock arithmetic in one explicit IANA zone (spec §1: calendar notions are evaluated in the
 * agreement's zone, never the host's). Offsets come from the zone database through Intl (an instant
 * formatted in the zone, compared with UTC) and are cached per UTC day, so evaluating ten years costs a
 * few thousand look-ups, not one per minute. (date-fns-tz's getTimezoneOffset reads its argument as a
 * wall time and is an hour off just after a spring change, so it is not used here.)
 *
 * DST: a local time that does not exist (the spring gap) maps forward, as a clock would
 * (02:30 on 2026-03-29 in Oslo → 03:30 +02:00); a local time that exists twice (the autumn
 * repeat) maps to its first occurrence. Inputs with an explicit offset never go through here.
 */
import { DAY_MS, MINUTE_MS } from './units';

interface DayOffsets {
  readonly start: number;
  readonly end: number;
  /** First instant (ms) carrying the `end` offset when the day has a transition. */
  readonly switchAt: number;
}

export class ZoneClock {
  private readonly days = new Map<number, DayOffsets>();
  private readonly format: Intl.DateTimeFormat;

  constructor(readonly zone: string) {
    // Throws RangeError for an unknown zone.
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  }

  /** Offset at an instant: the zone's wall time read as if it were UTC, minus the instant. */
  private rawOffset(ms: number): number {
    const f: Record<string, number> = {};
    let bc = false;
    for (const p of this.format.formatToParts(ms)) {
      if (p.type === 'era') bc = p.value.startsWith('B');
      else if (p.type !== 'literal') f[p.type] = Number(p.value);
    }
    const year = bc ? 1 - (f.year ?? 0) : (f.year ?? 0);
    const wall = Date.UTC(year, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0);
    const whole = ms - (((ms % 1000) + 1000) % 1000);
    return wall - whole;
  }

  private dayOffsets(utcDay: number): DayOffsets {
    let d = this.days.get(utcDay);
    if (d) return d;
    const t0 = utcDay * DAY_MS;
    const start = this.rawOffset(t0);
    const end = this.rawOffset(t0 + DAY_MS - 1);
    let switchAt = t0 + DAY_MS;
    if (start !== end) {
      // Binary search the first minute with the new offset (transitions fall on whole minutes).
      let lo = 0;
      let hi = DAY_MS / MINUTE_MS;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.rawOffset(t0 + mid * MINUTE_MS) === start) lo = mid + 1;
        else hi = mid;
      }
      switchAt = t0 + lo * MINUTE_MS;
    }
    d = { start, end, switchAt };
    this.days.set(utcDay, d);
    return d;
  }

  /** The zone's offset from UTC in ms at an instant (positive east of Greenwich). */
  offsetAt(ms: number): number {
    const d = this.dayOffsets(Math.floor(ms / DAY_MS));
    return ms < d.switchAt ? d.start : d.end;
  }

  /** Day number (days since 1970-01-01) of the local date at an instant. */
  localDay(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / DAY_MS);
  }

  /** Local wall-clock milliseconds since local midnight at an instant. */
  localMsOfDay(ms: number): number {
    const local = ms + this.offsetAt(ms);
    return local - Math.floor(local / DAY_MS) * DAY_MS;
  }

  /**
   * The instant of a local wall time: `day` (day number) at `minute` minutes after midnight
   * (1440 = 24:00 = next midnight). Gap → shifted forward; repeat → first occurrence.
   */
  toInstant(day: number, minute: number): number {
    const local = day * DAY_MS + minute * MINUTE_MS;
    const before = this.offsetAt(local - DAY_MS);
    const after = this.offsetAt(local + DAY_MS);
    const tBefore = local - before;
    const tAfter = local - after;
    const okBefore = this.offsetAt(tBefore) === before;
    const okAfter = this.offsetAt(tAfter) === after;
    if (okBefore && okAfter) return Math.min(tBefore, tAfter);
    if (okBefore) return tBefore;
    if (okAfter) return tAfter;
    return tBefore; // in the gap: read with the offset before the change, i.e. shifted forward
  }

  /** The instant at local midnight starting the day number. */
  startOfDay(day: number): number {
    return this.toInstant(day, 0);
  }
}

const clocks = new Map<string, ZoneClock>();

/** A shared, cached ZoneClock per zone id. */
export function zoneClock(zone: string): ZoneClock {
  let c = clocks.get(zone);
  if (!c) {
    c = new ZoneClock(zone);
    clocks.set(zone, c);
  }
  return c;
}
