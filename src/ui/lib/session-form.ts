/**
 * Pure validation of the session form (Sessions page): every message belongs to one field, so the
 * form can show it next to that field. A local time that does not exist or exists twice needs an
 * explicit choice (spec §1); `choices` carries the instant the user picked for such a time.
 */
import type { Initiative, SessionKind, SessionLocation } from '../../core/model';
import type { UiKey } from '../../shared/i18n/ui';
import { resolveLocalTime, type LocalTimeResult } from './local-time';

export interface SessionFormValues {
  readonly startDate: string;
  readonly startTime: string;
  readonly endDate: string;
  readonly endTime: string;
  readonly kind: SessionKind;
  readonly location: SessionLocation;
  readonly initiative: Initiative;
  readonly breakWithDuties: boolean;
  readonly note: string;
  readonly reason: string;
}

export type SessionField = 'start' | 'end' | 'note' | 'reason';

export interface SessionDraft {
  readonly start: number;
  readonly end: number;
  readonly kind: SessionKind;
  readonly location: SessionLocation;
  readonly initiative: Initiative;
  readonly breakWithDuties: boolean;
  readonly note?: string;
}

export interface ValidationInput {
  readonly values: SessionFormValues;
  readonly zone: string;
  readonly now: number;
  /** The instant chosen for an ambiguous or non-existent local time, per field. */
  readonly choices: Partial<Record<'start' | 'end', number>>;
  /** Edits and deletes need a reason for the audit log. */
  readonly needsReason: boolean;
}

export type SessionValidation =
  | { readonly ok: true; readonly draft: SessionDraft }
  | { readonly ok: false; readonly errors: Partial<Record<SessionField, UiKey>>; readonly pending: Partial<Record<'start' | 'end', LocalTimeResult>> };

const MAX_SESSION_MS = 24 * 3_600_000;
const NOTE_MAX = 500;

/** Picks the instant of a resolved local time, or the user's choice for a DST case; else an error key. */
function instantOf(r: LocalTimeResult, choice: number | undefined): number | UiKey {
  if (r.kind === 'ok') return r.instant;
  if (r.kind === 'invalid') return r.reason === 'date' ? 'form.error.date' : r.reason === 'time' ? 'form.error.time' : 'form.error.zone';
  const picked = r.options.find((o) => o.instant === choice);
  if (picked) return picked.instant;
  return r.kind === 'gap' ? 'form.error.dstGap' : 'form.error.dstTwice';
}

export function validateSessionForm(input: ValidationInput): SessionValidation {
  const { values, zone, now, choices } = input;
  const errors: Partial<Record<SessionField, UiKey>> = {};
  const pending: Partial<Record<'start' | 'end', LocalTimeResult>> = {};
  const startR = resolveLocalTime(values.startDate, values.startTime, zone);
  const endR = resolveLocalTime(values.endDate, values.endTime, zone);
  if (startR.kind === 'gap' || startR.kind === 'ambiguous') pending.start = startR;
  if (endR.kind === 'gap' || endR.kind === 'ambiguous') pending.end = endR;
  const start = instantOf(startR, choices.start);
  const end = instantOf(endR, choices.end);
  if (typeof start === 'string') errors.start = start;
  if (typeof end === 'string') errors.end = end;
  if (typeof start === 'number' && typeof end === 'number') {
    if (end <= start) errors.end = 'form.error.endBeforeStart';
    else if (end - start > MAX_SESSION_MS) errors.end = 'form.error.tooLong';
    if (start > now) errors.start = 'form.error.future';
    else if (end > now) errors.end = 'form.error.future';
  }
  if (values.note.length > NOTE_MAX) errors.note = 'form.error.noteTooLong';
  if (input.needsReason && values.reason.trim() === '') errors.reason = 'form.error.reasonRequired';
  if (Object.keys(errors).length > 0 || typeof start !== 'number' || typeof end !== 'number') return { ok: false, errors, pending };
  const note = values.note.trim();
  return {
    ok: true,
    draft: { start, end, kind: values.kind, location: values.location, initiative: values.initiative, breakWithDuties: values.breakWithDuties, ...(note ? { note } : {}) },
  };
}
