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
/** The usual shape, `YYYY-MM-DDTHH:MM:SS` then `+HH:MM`, `-HH:MM` or `Z`: 0 is a digit, other codes must match. */
const SHAPE = [0, 0, 0, 0, 45, 0, 0, 45, 0, 0, 84, 0, 0, 58, 0, 0, 58, 0, 0, 43, 0, 0, 58, 0, 0];
/** The fields' values, filled by usualInstant: year, month, day, hour, minute, second, offset hours, offset minutes. */
const fields = [0, 0, 0, 0, 0, 0, 0, 0];

/**
 * Epoch ms of the usual shapes `YYYY-MM-DDTHH:MM:SS+HH:MM` and `YYYY-MM-DDTHH:MM:SSZ` (whole seconds,
 * year from 100, a real date and time, an offset up to 23:59), read digit by digit: the same figure
 * parseInstantText gives for them. NaN for any other text, which then goes to parseInstantText.
 * (One small loop: the function is compiled once, early, and stays small.)
 */
function usualInstant(t: string): number {
  const n = t.length;
  if (n !== 25 && n !== 20) return NaN;
  const sign = t.charCodeAt(19);
  let minus = false;
  if (n === 20) {
    if (sign !== 90) return NaN;
  } else if (sign === 45) minus = true;
  else if (sign !== 43) return NaN;
  let field = 0;
  let value = 0;
  for (let i = 0; i < n; i++) {
    if (i === 19) {
      // the offset's sign or Z, checked above, ends the seconds
      fields[field++] = value;
      value = 0;
      continue;
    }
    const c = t.charCodeAt(i);
    const want = SHAPE[i] as number;
    if (want === 0) {
      const dgt = c - 48;
      if (dgt < 0 || dgt > 9) return NaN;
      value = value * 10 + dgt;
    } else {
      if (c !== want) return NaN;
      fields[field++] = value;
      value = 0;
    }
  }
  fields[field] = value;
  const y = fields[0] as number;
  const mo = fields[1] as number;
  const d = fields[2] as number;
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || (fields[3] as number) > 23 || (fields[4] as number) > 59 || (fields[5] as number) > 59) return NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (mo === 2 && leap ? 29 : (MONTH_DAYS[mo - 1] as number))) return NaN;
  let offset = 0;
  if (n === 25) {
    if ((fields[6] as number) > 23 || (fields[7] as number) > 59) return NaN;
    offset = (minus ? -1 : 1) * ((fields[6] as number) * 60 + (fields[7] as number)) * 60_000;
  }
  return days(y, mo, d) * DAY_MS + (((fields[3] as number) * 60 + (fields[4] as number)) * 60 + (fields[5] as number)) * 1000 - offset;
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
