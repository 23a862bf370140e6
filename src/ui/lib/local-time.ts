/**
 * Turns a local date and wall-clock time typed by the user into an instant in the agreement's zone,
 * and says when that is not possible without asking (spec §1: "a local time that does not exist
 * (spring gap) or exists twice (autumn) is rejected on input unless the offset is given; the UI
 * asks which one").
 *
 * DST: on 2026-03-29 in Europe/Oslo the clock jumps 02:00 → 03:00, so 02:30 does not exist
 * (`gap`: the two readings are 02:30 with the old offset = 03:30 summer time, and 02:30 with the
 * new offset = 01:30 winter time). On 2026-10-25 the clock goes 03:00 → 02:00, so 02:30 exists
 * twice (`ambiguous`: first at +02:00, then at +01:00).
 *
 * @example
 * resolveLocalTime('2026-10-25', '02:30', 'Europe/Oslo')
 * // { kind: 'ambiguous', options: [{ instant: …00:30Z, offset: '+02:00' }, { instant: …01:30Z, offset: '+01:00' }] }
 */
import { formatInTimeZone } from 'date-fns-tz';

export interface LocalOption {
  readonly instant: number;
  /** The offset of this reading, e.g. `+02:00`. */
  readonly offset: string;
}

export type LocalTimeResult =
  | { readonly kind: 'invalid'; readonly reason: 'date' | 'time' | 'zone' }
  | { readonly kind: 'ok'; readonly instant: number; readonly offset: string }
  /** The time exists twice: options in time order (first occurrence first). */
  | { readonly kind: 'ambiguous'; readonly options: readonly [LocalOption, LocalOption] }
  /** The time does not exist: options in time order (earlier instant first). */
  | { readonly kind: 'gap'; readonly options: readonly [LocalOption, LocalOption] };

const DAY_MS = 86_400_000;

/** `+02:00` for an offset in ms. */
export function offsetLabel(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const abs = Math.abs(offsetMs) / 60_000;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Parses `YYYY-MM-DD` into [y, m, d] if it is a real calendar date. */
export function parseLocalDate(text: string): readonly [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return [y, mo, d];
}

/** Parses `HH:mm` (also `H:mm`, `HHmm`, `HH.mm`) into [h, m]; 24:00 is not a start/end time here. */
export function parseLocalTime(text: string): readonly [number, number] | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [h, mi] = [Number(m[1]), Number(m[2])];
  if (h > 23 || mi > 59) return null;
  return [h, mi];
}

/** True when the runtime knows the IANA zone. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's offset (ms, positive east) at an instant. Read through `formatInTimeZone`, which
 * formats the instant itself; date-fns-tz's `getTimezoneOffset` reads its argument as a wall time
 * in the host zone and is one hour off next to a transition.
 */
export function offsetOfInstant(ms: number, zone: string): number {
  const text = formatInTimeZone(new Date(ms), zone, 'xxx');
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  if (!m) return 0;
  const abs = (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  return m[1] === '-' ? -abs : abs;
}

export function resolveLocalTime(date: string, time: string, zone: string): LocalTimeResult {
  const d = parseLocalDate(date);
  if (!d) return { kind: 'invalid', reason: 'date' };
  const t = parseLocalTime(time);
  if (!t) return { kind: 'invalid', reason: 'time' };
  const naive = Date.UTC(d[0], d[1] - 1, d[2], t[0], t[1]);
  if (!isKnownZone(zone)) return { kind: 'invalid', reason: 'zone' };
  const offsetAt = (ms: number) => offsetOfInstant(ms, zone);
  // Every offset the zone uses around this day; a reading is valid if the zone really has that offset then.
  const offsets = [...new Set([offsetAt(naive - DAY_MS), offsetAt(naive), offsetAt(naive + DAY_MS)])];
  const valid = offsets.filter((o) => offsetAt(naive - o) === o).map((o) => ({ instant: naive - o, offset: offsetLabel(o) }));
  valid.sort((a, b) => a.instant - b.instant);
  const [first, second] = valid;
  if (first && second) return { kind: 'ambiguous', options: [first, second] };
  if (first) return { kind: 'ok', instant: first.instant, offset: first.offset };
  const gap = offsets.map((o) => ({ instant: naive - o, offset: offsetLabel(o) })).sort((a, b) => a.instant - b.instant);
  return { kind: 'gap', options: [gap[0] as LocalOption, gap[gap.length - 1] as LocalOption] };
}
