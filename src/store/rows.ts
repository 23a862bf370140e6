/** Row ↔ domain mapping for the session tables. */
import type { Initiative, SessionKind, SessionLocation } from '../core/model';
import type { OpenSession, ReviewFlag, SessionInput, SessionSource, StoredSession } from '../app/ports/session-repo';

export interface SessionRow {
  id: number;
  start_ms: number;
  end_ms: number;
  zone: string;
  kind: string;
  location: string;
  initiative: string;
  break_with_duties: number;
  note: string | null;
  source: string;
  review: string | null;
}

export interface OpenRow {
  start_ms: number;
  zone: string;
  kind: string;
  location: string;
  initiative: string;
  note: string | null;
  heartbeat_ms: number | null;
  last_activity_ms: number;
}

export function toSession(r: SessionRow): StoredSession {
  return {
    id: String(r.id),
    start: r.start_ms,
    end: r.end_ms,
    zone: r.zone,
    kind: r.kind as SessionKind,
    location: r.location as SessionLocation,
    initiative: r.initiative as Initiative,
    breakWithDuties: r.break_with_duties === 1,
    ...(r.note !== null ? { note: r.note } : {}),
    source: r.source as SessionSource,
    review: r.review as ReviewFlag | null,
  };
}

/** A row of `SELECT id, start_ms, end_ms, zone, kind, location, initiative, break_with_duties, note, source, review` in raw mode (arrays: half the cost of row objects on a range query). */
export type RawSessionRow = readonly [number, number, number, string, string, string, string, number, string | null, string, string | null];

/** toSession of a raw row (the same object, key for key). */
export function rawToSession(r: RawSessionRow): StoredSession {
  const note = r[8];
  return note !== null
    ? { id: String(r[0]), start: r[1], end: r[2], zone: r[3], kind: r[4] as SessionKind, location: r[5] as SessionLocation, initiative: r[6] as Initiative, breakWithDuties: r[7] === 1, note, source: r[9] as SessionSource, review: r[10] as ReviewFlag | null }
    : { id: String(r[0]), start: r[1], end: r[2], zone: r[3], kind: r[4] as SessionKind, location: r[5] as SessionLocation, initiative: r[6] as Initiative, breakWithDuties: r[7] === 1, source: r[9] as SessionSource, review: r[10] as ReviewFlag | null };
}

export function toOpen(r: OpenRow): OpenSession {
  return {
    start: r.start_ms,
    zone: r.zone,
    kind: r.kind as SessionKind,
    location: r.location as SessionLocation,
    initiative: r.initiative as Initiative,
    ...(r.note !== null ? { note: r.note } : {}),
    heartbeat: r.heartbeat_ms,
    lastActivity: r.last_activity_ms,
  };
}

/** The JSON kept in the audit log for a session (stable key order). */
export function auditJson(s: SessionInput & { review?: ReviewFlag | null }): string {
  return JSON.stringify({
    start: new Date(s.start).toISOString(),
    end: new Date(s.end).toISOString(),
    zone: s.zone,
    kind: s.kind,
    location: s.location,
    initiative: s.initiative,
    breakWithDuties: s.breakWithDuties,
    note: s.note ?? null,
    review: s.review ?? null,
  });
}
