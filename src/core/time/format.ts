/** RFC 3339 rendering of instants with the zone's offset, e.g. `2026-03-29T04:30:00+02:00`. */
import { dateString } from './civil';
import { zoneClock } from './zone';
import { DAY_MS } from './units';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatInstant(ms: number, zone: string): string {
  const clock = zoneClock(zone);
  const offset = clock.offsetAt(ms);
  const local = ms + offset;
  const day = Math.floor(local / DAY_MS);
  let rest = local - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  const milli = rest - s * 1000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  const frac = milli ? `.${pad(milli, 3)}` : '';
  return `${dateString(day)}T${pad(h)}:${pad(m)}:${pad(s)}${frac}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
