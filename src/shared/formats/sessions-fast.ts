/**
 * A fast path of the sessions reader (issue 21: `fyrabend check` of ten years spent half its time in the
 * zod run over every session): a hand-written check that accepts only what sessionsFileSchema accepts and
 * gives the same sessions. When it says no (any doubt: an unknown key, a wrong type, a bad time, an
 * interval out of order or longer than a week), the zod schema runs and names every problem with its JSON
 * path, as before. A property test (test/shared/sessions-fast.test.ts) holds the two equal on random
 * files and random damage.
 */
import type { AvailabilityMark, Session } from '../../core/index';
import { parseInstantText } from './time-fields';

const FORMAT = 'fyrabend.sessions/1';
const MAX_SESSION_MS = 7 * 24 * 3_600_000;
const KINDS = new Set(['work', 'on-call']);
const LOCATIONS = new Set(['home', 'office', 'other']);
const INITIATIVES = new Set(['employer', 'own']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date (what Date.UTC counts for years from 100). */
function days(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The two-digit number at positions i and i + 1 of t, or -1. */
function two(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Epoch ms of the usual shapes `YYYY-MM-DDTHH:MM:SS+HH:MM` and `YYYY-MM-DDTHH:MM:SSZ` (whole seconds,
 * year from 100, a real date and time, an offset up to 23:59), read two digits at a time: the same
 * figure parseInstantText gives for them. NaN for any other text, which then goes to parseInstantText.
 */
function usualInstant(t: string): number {
  const n = t.length;
  if (n !== 25 && n !== 20) return NaN;
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return NaN;
  const c = two(t, 0);
  const yy = two(t, 2);
  const mo = two(t, 5);
  const d = two(t, 8);
  const h = two(t, 11);
  const mi = two(t, 14);
  const sec = two(t, 17);
  if (c < 0 || yy < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return NaN;
  const y = c * 100 + yy;
  if (y < 100) return NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (mo === 2 && leap ? 29 : (MONTH_DAYS[mo - 1] as number))) return NaN;
  const sign = t.charCodeAt(19);
  let offset = 0;
  if (n === 25) {
    const oh = two(t, 20);
    const om = two(t, 23);
    if ((sign !== 43 && sign !== 45) || t.charCodeAt(22) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else if (sign !== 90) return NaN;
  return days(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + sec) * 1000 - offset;
}

/** Epoch ms of an instant text zod's `instant` accepts, or null. */
function ms(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const fast = usualInstant(v);
  if (fast === fast) return fast;
  const r = parseInstantText(v);
  return r.ok ? r.ms : null;
}

function session(v: unknown): Session | null {
  if (!isObject(v)) return null;
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    if (k !== 'start' && k !== 'end' && k !== 'kind' && k !== 'location' && k !== 'initiative' && k !== 'breakWithDuties' && k !== 'note' && k !== 'id') return null;
  }
  const start = ms(v.start);
  const end = ms(v.end);
  if (start === null || end === null || !(end > start) || end - start > MAX_SESSION_MS) return null;
  const { kind = 'work', location = 'home', initiative = 'employer', breakWithDuties = false, note, id } = v;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return null;
  if (typeof location !== 'string' || !LOCATIONS.has(location)) return null;
  if (typeof initiative !== 'string' || !INITIATIVES.has(initiative)) return null;
  if (typeof breakWithDuties !== 'boolean') return null;
  if (note !== undefined && (typeof note !== 'string' || note.length > 2000)) return null;
  if (id !== undefined && (typeof id !== 'string' || id.length > 200)) return null;
  if (note === undefined && id === undefined) return { start, end, kind, location, initiative, breakWithDuties } as Session;
  const base = { start, end, kind, location, initiative, breakWithDuties } as Session;
  return { ...base, ...(note === undefined ? {} : { note }), ...(id === undefined ? {} : { id }) };
}

/** The sessions and availability when `value` (parsed JSON) is a valid sessions file; null when zod must say why not. */
export function fastSessions(value: unknown): { sessions: Session[]; availability: AvailabilityMark[] } | null {
  if (!isObject(value) || value.format !== FORMAT) return null;
  for (const k in value) {
    if (Object.hasOwn(value, k) && k !== 'format' && k !== 'sessions' && k !== 'availability') return null;
  }
  const list = value.sessions;
  if (!Array.isArray(list)) return null;
  const sessions: Session[] = new Array<Session>(list.length);
  for (let i = 0; i < list.length; i++) {
    const s = session(list[i]);
    if (s === null) return null;
    sessions[i] = s;
  }
  const marks = value.availability === undefined ? [] : value.availability;
  if (!Array.isArray(marks)) return null;
  const availability: AvailabilityMark[] = new Array<AvailabilityMark>(marks.length);
  for (let i = 0; i < marks.length; i++) {
    const a: unknown = marks[i];
    if (!isObject(a)) return null;
    for (const k in a) if (Object.hasOwn(a, k) && k !== 'start' && k !== 'end') return null;
    const start = ms(a.start);
    const end = ms(a.end);
    if (start === null || end === null || !(end > start)) return null;
    availability[i] = { start, end };
  }
  return { sessions, availability };
}
