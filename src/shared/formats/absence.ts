/**
 * Reader and writer of `fyrabend.absence/1` (issue 15; docs/formats.md): the employee's absences as a
 * file for `fyrabend import` and `fyrabend export absence`. Every value is read for meaning: real
 * calendar dates, `to` on or after `from`, at most 366 days, part-day hours in (0, 24], the sick-note
 * field only for sickness and `paid` only for leave. The private note is never written.
 */
import * as z from 'zod';
import { ABSENCE_KINDS, SICK_DOCUMENTS, type Absence } from '../../core/absence/model';
import { parseDate } from '../../core/time/civil';
import type { Result } from '../result';
import { parseJsonText, problemKey, problemsOf, type FormatProblem } from './problems';
import { localDate } from './time-schemas';

export const ABSENCE_FORMAT = 'fyrabend.absence/1';
const MAX_DAYS = 366;

export const absenceSchema = z
  .strictObject({
    kind: z.enum(ABSENCE_KINDS),
    from: localDate,
    to: localDate,
    hours: z.number().gt(0, problemKey('absence.hours')).max(24, problemKey('absence.hours')).nullable().default(null),
    document: z.enum(SICK_DOCUMENTS).nullable().optional(),
    paid: z.boolean().nullable().optional(),
    note: z.string().max(1000).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.to < a.from) ctx.addIssue({ code: 'custom', path: ['to'], message: problemKey('averaging.order') });
    else if (parseDate(a.to) - parseDate(a.from) + 1 > MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: problemKey('absence.span') });
    if (a.document != null && a.kind !== 'sykdom' && a.kind !== 'sykt-barn') ctx.addIssue({ code: 'custom', path: ['document'], message: problemKey('absence.document') });
    if (a.paid != null && a.kind !== 'permisjon') ctx.addIssue({ code: 'custom', path: ['paid'], message: problemKey('absence.paid') });
  });

const fileSchema = z.strictObject({ format: z.literal(ABSENCE_FORMAT), absences: z.array(absenceSchema).max(10_000) });

function toAbsence(a: z.output<typeof absenceSchema>): Absence {
  return { kind: a.kind, from: a.from, to: a.to, hours: a.hours, ...(a.document != null ? { document: a.document } : {}), ...(a.paid != null ? { paid: a.paid } : {}), ...(a.note ? { note: a.note } : {}) };
}

/** One absence as the window or the CLI gives it, checked like a file entry. */
export function parseAbsenceJson(value: unknown): Result<Absence, FormatProblem[]> {
  const r = absenceSchema.safeParse(value, { reportInput: true });
  return r.success ? { ok: true, value: toAbsence(r.data) } : { ok: false, error: problemsOf(r.error) };
}

export function parseAbsenceFile(text: string): Result<readonly Absence[], FormatProblem[]> {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, error: [json.problem] };
  return parseAbsenceDocument(json.value);
}

/** A `fyrabend.absence/1` document already read as JSON (`fyrabend import` reads the file once). */
export function parseAbsenceDocument(value: unknown): Result<readonly Absence[], FormatProblem[]> {
  const r = fileSchema.safeParse(value, { reportInput: true });
  return r.success ? { ok: true, value: r.data.absences.map(toAbsence) } : { ok: false, error: problemsOf(r.error) };
}

/** The file for `fyrabend export absence`: without ids and without the private notes. */
export function formatAbsenceFile(absences: readonly Absence[]): Record<string, unknown> {
  return {
    format: ABSENCE_FORMAT,
    absences: absences.map((a) => ({ kind: a.kind, from: a.from, to: a.to, hours: a.hours, ...(a.document ? { document: a.document } : {}), ...(a.paid != null ? { paid: a.paid } : {}) })),
  };
}
