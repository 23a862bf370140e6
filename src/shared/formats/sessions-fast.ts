/**
 * A fast path of the sessions reader (issue 21: `fyrabend check` of ten years spent half its time in the
 * zod run over every session): a hand-written check that accepts only what sessionsFileSchema accepts and
 * gives the same sessions. When it says no (a wrong type, a bad time, an interval out of order or longer
 * than a week), the zod schema runs and names every problem with its JSON path, as before. Unknown keys
 * are passed over, as zod's objects strip them. A property test (test/shared/sessions-fast.test.ts) holds
 * the two equal on random files and random damage.
 *
 * Most of its cost in a fresh process is the interpreter and the compiler, not the work itself, so the
 * per-session code is small and leaves the checking of instants to native code: one regular expression.
 */
import type { AvailabilityMark, Session } from '../../core/index';
import { parseInstantText } from './time-fields';

const FORMAT = 'fyrabend.sessions/1';
const MAX_SESSION_MS = 7 * 24 * 3_600_000;

/**
 * The usual shapes `YYYY-MM-DDTHH:MM:SS+HH:MM` and `YYYY-MM-DDTHH:MM:SSZ`: whole seconds, a year from
 * 1000 to 9999, a real calendar date (day within its month, 29 February only in a leap year), a real time
 * and an offset up to 23:59. Date.parse reads exactly these the same as parseInstantText does (it would
 * roll 30 February over, which this refuses); any other text goes to parseInstantText.
 */
export const USUAL_INSTANT =
  /^(?:[1-9]\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[1-9]\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)-02-29)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Days since 1970-01-01 of a date from the year 1000 on (every quotient positive, so `| 0` floors). */
function days(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = (yy / 400) | 0;
  const yoe = yy - era * 400;
  return era * 146097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 719469;
}

/** Epoch ms of a text USUAL_INSTANT matched, from its digits (48 is '0'; 528 = 11 × 48, 53328 = 1111 × 48). */
function usualMs(t: string): number {
  const y = t.charCodeAt(0) * 1000 + t.charCodeAt(1) * 100 + t.charCodeAt(2) * 10 + t.charCodeAt(3) - 53328;
  const mo = t.charCodeAt(5) * 10 + t.charCodeAt(6) - 528;
  const d = t.charCodeAt(8) * 10 + t.charCodeAt(9) - 528;
  const h = t.charCodeAt(11) * 10 + t.charCodeAt(12) - 528;
  const mi = t.charCodeAt(14) * 10 + t.charCodeAt(15) - 528;
  const sec = t.charCodeAt(17) * 10 + t.charCodeAt(18) - 528;
  let offset = 0;
  if (t.length === 25) {
    offset = ((t.charCodeAt(20) * 10 + t.charCodeAt(21) - 528) * 60 + t.charCodeAt(23) * 10 + t.charCodeAt(24) - 528) * 60;
    if (t.charCodeAt(19) === 45) offset = -offset;
  }
  return (days(y, mo, d) * 86_400 + (h * 60 + mi) * 60 + sec - offset) * 1000;
}

/** Epoch ms of an instant text zod's `instant` accepts, or NaN. */
function ms(v: unknown): number {
  if (typeof v !== 'string') return NaN;
  if (USUAL_INSTANT.test(v)) return usualMs(v);
  const r = parseInstantText(v);
  return r.ok ? r.ms : NaN;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function session(v: unknown): Session | null {
  if (!isObject(v)) return null;
  const start = ms(v.start);
  const end = ms(v.end);
  // NaN fails both comparisons.
  if (!(end > start && end - start <= MAX_SESSION_MS)) return null;
  // zod's defaults stand in for a missing key (undefined), not for null.
  const { kind = 'work', location = 'home', initiative = 'employer', breakWithDuties = false } = v;
  if (kind !== 'work' && kind !== 'on-call') return null;
  if (location !== 'home' && location !== 'office' && location !== 'other') return null;
  if (initiative !== 'employer' && initiative !== 'own') return null;
  if (breakWithDuties !== false && breakWithDuties !== true) return null;
  const { note, id } = v;
  if (note === undefined && id === undefined) return { start, end, kind, location, initiative, breakWithDuties };
  return withText({ start, end, kind, location, initiative, breakWithDuties }, note, id);
}

/** The session with its note and id, when both are what zod accepts. */
function withText(s: Session, note: unknown, id: unknown): Session | null {
  if (note !== undefined && (typeof note !== 'string' || note.length > 2000)) return null;
  if (id !== undefined && (typeof id !== 'string' || id.length > 200)) return null;
  return { ...s, ...(note === undefined ? {} : { note }), ...(id === undefined ? {} : { id }) };
}

/** The sessions and availability when `value` (parsed JSON) is a valid sessions file; null when zod must say why not. */
export function fastSessions(value: unknown): { sessions: Session[]; availability: AvailabilityMark[] } | null {
  if (!isObject(value) || value.format !== FORMAT) return null;
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
    const start = ms(a.start);
    const end = ms(a.end);
    if (!(end > start)) return null;
    availability[i] = { start, end };
  }
  return { sessions, availability };
}
