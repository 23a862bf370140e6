/**
 * Reads a session as the audit log stores it (JSON text of the stored session) back into a core
 * Session, tolerating instants as epoch ms or RFC 3339 text. Unreadable text gives null: the
 * correction is still listed, only its pay effect cannot be computed.
 */
import type { Session } from '../../core/model';

const instant = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
};

export function parseAuditSession(text: string | null): Session | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  const start = instant(o.start);
  const end = instant(o.end);
  if (start === null || end === null || end <= start) return null;
  return {
    start,
    end,
    kind: o.kind === 'on-call' ? 'on-call' : 'work',
    location: o.location === 'office' || o.location === 'other' ? o.location : 'home',
    initiative: o.initiative === 'own' ? 'own' : 'employer',
    breakWithDuties: o.breakWithDuties === true,
    ...(typeof o.id === 'string' ? { id: o.id } : {}),
  };
}
