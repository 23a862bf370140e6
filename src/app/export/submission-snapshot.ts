/**
 * What payroll has for a submitted month (issue 16): the classified days and weeks as they were
 * written, and the sessions they came from. Stored as JSON with each submission; a later
 * difference between the log and the latest snapshot is a correction, whatever caused it.
 */
import * as z from 'zod';
import type { Instant, Session } from '../../core/model';
import { ABSENCE_KINDS, SICK_DOCUMENTS } from '../../core/absence/model';
import type { AbsencePayDay, PayDay, PayWeek } from '../../core/pay';
import type { Submission } from '../ports/submission-repo';

export const SNAPSHOT_FORMAT = 'fyrabend.submitted-month/1';

/** A session as it stood when its month was sent. */
export interface SnapshotSession {
  readonly id: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly kind: Session['kind'];
}

export interface MonthSnapshot {
  readonly days: readonly PayDay[];
  readonly weeks: readonly PayWeek[];
  readonly sessions: readonly SnapshotSession[];
  /** The absence dates payroll got (issue 15); missing in a snapshot from before absences were sent. */
  readonly absences?: readonly AbsencePayDay[];
}

/** A submitted month: when it was first and last sent, and what payroll has for it now. */
export interface SentMonth extends MonthSnapshot {
  readonly firstAt: Instant;
  readonly lastAt: Instant;
  /** How many files carried the month (its first submission plus each correction). */
  readonly count: number;
}

const interval = z.object({ start: z.number(), end: z.number() });
const ms = z.number();
const daySchema = z.object({
  day: z.string(),
  weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
  week: z.string(),
  work: z.array(interval),
  breaks: z.array(interval),
  onCall: z.array(interval),
  workedMs: ms,
  breakMs: ms,
  agreedMs: ms,
  normalMs: ms,
  merarbeidMs: ms,
  amlOvertimeMs: ms,
  nightMs: ms,
  sundayMs: ms,
  onCallMs: ms,
  overtime: z.record(z.string(), ms),
  classes: z.record(z.string(), ms),
  overtimeReason: z.string().optional(),
});
const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  days: z.array(daySchema),
  weeks: z.array(z.object({ week: z.string(), workedMs: ms, amlOvertimeMs: ms, merarbeidMs: ms })),
  sessions: z.array(z.object({ id: z.string(), start: ms, end: ms, kind: z.enum(['work', 'on-call']) })),
  absences: z
    .array(
      z.object({
        day: z.string(),
        weekday: z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']),
        week: z.string(),
        kind: z.enum(ABSENCE_KINDS),
        ms,
        document: z.enum(SICK_DOCUMENTS).optional(),
        paid: z.boolean().optional(),
      }),
    )
    .optional(),
});

export function snapshotJson(s: MonthSnapshot): string {
  return JSON.stringify({ format: SNAPSHOT_FORMAT, days: s.days, weeks: s.weeks, sessions: s.sessions, absences: (s.absences ?? []).map(({ day, weekday, week, kind, ms, document, paid }) => ({ day, weekday, week, kind, ms, ...(document ? { document } : {}), ...(paid !== undefined ? { paid } : {}) })) });
}

/** The snapshot in a stored submission, or null when its text cannot be read. */
export function parseSnapshot(text: string): MonthSnapshot | null {
  try {
    const r = snapshotSchema.safeParse(JSON.parse(text));
    return r.success ? (r.data as MonthSnapshot) : null;
  } catch {
    return null;
  }
}

export const snapshotSessions = (sessions: readonly Session[]): SnapshotSession[] =>
  sessions.map((s) => ({ id: s.id ?? '', start: s.start, end: s.end, kind: s.kind }));

/** Month label → the month as payroll has it (the latest readable snapshot of each month). */
export function sentMonths(submissions: readonly Submission[]): Map<string, SentMonth> {
  const out = new Map<string, SentMonth>();
  for (const s of [...submissions].sort((a, b) => a.at - b.at || Number(a.id) - Number(b.id))) {
    const snap = parseSnapshot(s.snapshot);
    const prev = out.get(s.month);
    if (!snap) {
      if (prev) out.set(s.month, { ...prev, lastAt: s.at, count: prev.count + 1 });
      continue;
    }
    out.set(s.month, { ...snap, firstAt: prev?.firstAt ?? s.at, lastAt: s.at, count: (prev?.count ?? 0) + 1 });
  }
  return out;
}
