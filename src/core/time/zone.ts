/**
 * Wall-clock arithmetic in one explicit IANA zone (spec §1: calendar notions are evaluated in the
 * agreement's zone, never the host's). Offsets come from the zone database through Intl (an instant
 * formatted in the zone, compared with UTC), asked once per zone and span of time: a chunk of 192
 * days is sampled every STEP_DAYS days, each change between two samples is bisected to its
 * exact second, and the chunk is kept as blocks of constant offset between transitions. Ten years cost
 * a few hundred Intl calls, and a look-up inside the last block used is two comparisons.
 * (date-fns-tz's getTimezoneOffset reads its argument as a wall time and is an hour off just after a
 * spring change, so it is not used here.)
 *
 * DST: a local time that does not exist (the spring gap) maps forward, as a clock would
 * (02:30 on 2026-03-29 in Oslo → 03:30 +02:00); a local time that exists twice (the autumn
 * repeat) maps to its first occurrence. Inputs with an explicit offset never go through here.
 */
import { DAY_MS, MINUTE_MS } from './units';

/**
 * Days between two offset samples. Sound while two transitions of a zone are more than STEP_DAYS apart
 * (then a step holds at most one, which bisection finds): the closest in the zone database since 1900
 * are 7 days apart (America/Recife 2000, Asia/Gaza 2040). test/core/zone-cache.test.ts compares
 * every day 1970–2100 with Intl for zones with such transitions.
 */
export const STEP_DAYS = 6;
/** Steps per chunk computed at once (a chunk is 192 days, about two chunks a year). */
const STEPS_PER_CHUNK = 32;
const STEP_MS = STEP_DAYS * DAY_MS;
const CHUNK_MS = STEP_MS * STEPS_PER_CHUNK;
/** ECMAScript's time range; Intl refuses instants outside it. */
const MAX_TIME = 8.64e15;
const SECOND_MS = 1000;
/** The en-US shape of `format()` with the options below: "12/7/1874 AD, 23:59:07". */
const EN_US = /^(\d{1,2})\/(\d{1,2})\/(\d{1,6}) ([AB])[A-Z]*, (\d{2}):(\d{2}):(\d{2})$/;

/** One chunk: offsets[k] holds from starts[k] (starts[0] = chunk start) until starts[k + 1] or the chunk end. */
interface Chunk {
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
  readonly end: number;
}

export class ZoneClock {
  private readonly chunks = new Map<number, Chunk>();
  private readonly format: Intl.DateTimeFormat;
  /** The block of the last look-up: [blockFrom, blockTo) has offset blockOffset. */
  private blockFrom = 0;
  private blockTo = 0;
  private blockOffset = 0;

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

  /** Offset at an instant straight from Intl: the zone's wall time read as if it were UTC, minus the instant. */
  private rawOffset(ms: number): number {
    const t = Math.max(-MAX_TIME, Math.min(MAX_TIME, ms));
    // format() is about four times cheaper than formatToParts(); its en-US shape is checked, and
    // formatToParts() reads any other shape a different ICU might give.
    const m = EN_US.exec(this.format.format(t));
    let wall: number;
    if (m) {
      const year = Number(m[3]);
      wall = Date.UTC(m[4] === 'B' ? 1 - year : year, Number(m[1]) - 1, Number(m[2]), Number(m[5]), Number(m[6]), Number(m[7]));
    } else {
      const f: Record<string, number> = {};
      let bc = false;
      for (const p of this.format.formatToParts(t)) {
        if (p.type === 'era') bc = p.value.startsWith('B');
        else if (p.type !== 'literal') f[p.type] = Number(p.value);
      }
      const year = bc ? 1 - (f.year ?? 0) : (f.year ?? 0);
      wall = Date.UTC(year, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0);
    }
    const whole = t - (((t % 1000) + 1000) % 1000);
    return wall - whole;
  }

  /** Samples one chunk every STEP_DAYS and bisects each change to the first second of the new offset. */
  private chunk(index: number): Chunk {
    const cached = this.chunks.get(index);
    if (cached) return cached;
    const start = index * CHUNK_MS;
    const starts = [start];
    const offsets = [this.rawOffset(start)];
    let a = start;
    let offA = offsets[0] as number;
    for (let k = 1; k <= STEPS_PER_CHUNK; k++) {
      const b = start + k * STEP_MS;
      const offB = this.rawOffset(b);
      if (offB !== offA) {
        // First whole second in (a, b] carrying a new offset: transitions fall on whole seconds.
        let lo = a / SECOND_MS + 1;
        let hi = b / SECOND_MS;
        while (lo < hi) {
          const mid = Math.floor((lo + hi) / 2);
          if (this.rawOffset(mid * SECOND_MS) === offA) lo = mid + 1;
          else hi = mid;
        }
        // A change exactly at the chunk end belongs to the next chunk.
        if (lo * SECOND_MS < start + CHUNK_MS) {
          starts.push(lo * SECOND_MS);
          offsets.push(offB);
        }
      }
      a = b;
      offA = offB;
    }
    const c: Chunk = { starts, offsets, end: start + CHUNK_MS };
    this.chunks.set(index, c);
    return c;
  }

  private lookup(ms: number): number {
    const c = this.chunk(Math.floor(ms / CHUNK_MS));
    let k = c.starts.length - 1;
    while (k > 0 && (c.starts[k] as number) > ms) k--;
    this.blockFrom = c.starts[k] as number;
    this.blockTo = k + 1 < c.starts.length ? (c.starts[k + 1] as number) : c.end;
    this.blockOffset = c.offsets[k] as number;
    return this.blockOffset;
  }

  /** The zone's offset from UTC in ms at an instant (positive east of Greenwich). */
  offsetAt(ms: number): number {
    return ms >= this.blockFrom && ms < this.blockTo ? this.blockOffset : this.lookup(ms);
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
    // No transition within a day either side (one block holds both): the one offset applies.
    if (local + DAY_MS < this.blockTo) return local - before;
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
