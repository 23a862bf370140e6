/** Reader and writer of `fyrabend.sessions/1` (exchange-format.md). */
import * as z from 'zod';
import { formatInstant, type AvailabilityMark, type Session } from '../../core/index';
import type { Result } from '../result';
import { instant } from './time-schemas';
import { parseJsonText, problemKey, problemsOf, type FormatProblem } from './problems';
import { fastSessions } from './sessions-fast';

export const SESSIONS_FORMAT = 'fyrabend.sessions/1';

/** The longest session a file may hold: 7 days, the same limit as the window's session form over IPC. */
export const MAX_SESSION_MS = 7 * 24 * 3_600_000;

/**
 * The zod schema of the format, built on first use (issue 21: start-up; a well-formed file takes the
 * fast path in sessions-fast.ts). It names the problems of every file the fast path leaves.
 */
function buildSchema() {
  const interval = { start: instant, end: instant };
  const sessionSchema = z
    .object({
      ...interval,
      kind: z.enum(['work', 'on-call']).default('work'),
      location: z.enum(['home', 'office', 'other']).default('home'),
      initiative: z.enum(['employer', 'own']).default('employer'),
      breakWithDuties: z.boolean().default(false),
      note: z.string().max(2000).optional(),
      id: z.string().max(200).optional(),
    })
    .refine((s) => s.end > s.start, { message: problemKey('interval.order'), path: ['end'] })
    .refine((s) => s.end - s.start <= MAX_SESSION_MS, { message: problemKey('interval.week'), path: ['end'] });

  const availabilitySchema = z
    .object(interval)
    .refine((s) => s.end > s.start, { message: problemKey('interval.order'), path: ['end'] });

  return z.object({
    format: z.literal(SESSIONS_FORMAT),
    sessions: z.array(sessionSchema),
    availability: z.array(availabilitySchema).default([]),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

/** The zod schema of `fyrabend.sessions/1` (built once, on first use). */
export function sessionsFileSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema();
  return schema;
}

export interface SessionsFile {
  readonly sessions: readonly Session[];
  readonly availability: readonly AvailabilityMark[];
}

/** Reads a sessions file's text. Every problem comes with its JSON path. */
export function parseSessionsFile(text: string): Result<SessionsFile, FormatProblem[]> {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, error: [json.problem] };
  return parseSessionsJson(json.value);
}

export function parseSessionsJson(value: unknown): Result<SessionsFile, FormatProblem[]> {
  const fast = fastSessions(value);
  return fast !== null ? { ok: true, value: fast } : parseSessionsWithSchema(value);
}

/** The schema's reading: every file the fast path leaves (with its problems named). */
export function parseSessionsWithSchema(value: unknown): Result<SessionsFile, FormatProblem[]> {
  const r = sessionsFileSchema().safeParse(value, { reportInput: true });
  if (!r.success) return { ok: false, error: problemsOf(r.error) };
  const sessions: Session[] = r.data.sessions.map((s) => {
    const base = { start: s.start, end: s.end, kind: s.kind, location: s.location, initiative: s.initiative, breakWithDuties: s.breakWithDuties };
    return { ...base, ...(s.note === undefined ? {} : { note: s.note }), ...(s.id === undefined ? {} : { id: s.id }) };
  });
  return { ok: true, value: { sessions, availability: r.data.availability } };
}

/** Writes `fyrabend.sessions/1` text (instants shown in `zone`), deterministic and sorted by start. */
export function formatSessionsFile(sessions: readonly Session[], availability: readonly AvailabilityMark[], zone: string): string {
  const byStart = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || a.end - b.end;
  const doc = {
    format: SESSIONS_FORMAT,
    sessions: [...sessions].sort(byStart).map((s) => ({
      start: formatInstant(s.start, zone),
      end: formatInstant(s.end, zone),
      kind: s.kind,
      location: s.location,
      initiative: s.initiative,
      breakWithDuties: s.breakWithDuties,
      ...(s.note ? { note: s.note } : {}),
    })),
    availability: [...availability].sort(byStart).map((a) => ({ start: formatInstant(a.start, zone), end: formatInstant(a.end, zone) })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
