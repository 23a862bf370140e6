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

/** Epoch ms of an instant text zod's `instant` accepts, or null. */
function ms(v: unknown): number | null {
  if (typeof v !== 'string') return null;
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
