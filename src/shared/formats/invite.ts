/**
 * Reader and writer of `fyrabend.invite/1`, the representative's invitation (issue 17, docs/formats.md):
 * strict like the summary reader (unknown fields are refused), group labels follow the label rules of
 * src/core/anonymise/group-labels.ts, and the contact text is short and free of control characters.
 */
import * as z from 'zod';
import { contactOk, dedupeGroupLabels, GROUP_LABEL_PATTERN, GROUP_LABELS_MAX, INVITE_FORMAT, MIN_K, parsePeriod, type Invite } from '../../core/anonymise/index';
import type { Result } from '../result';
import { formatProblem, parseJsonText, problemKey, problemsOf, type FormatProblem } from './problems';

export { INVITE_FORMAT };

/** An invitation is a few kilobytes; larger files are refused unread. */
export const MAX_INVITE_BYTES = 64 * 1024;

const list = z.array(z.string().regex(GROUP_LABEL_PATTERN, problemKey('summary.label'))).max(GROUP_LABELS_MAX);

export const inviteFileSchema = z.strictObject({
  format: z.literal(INVITE_FORMAT),
  id: z.uuid({ error: problemKey('summary.id') }),
  period: z.string().refine((p) => parsePeriod(p) !== null, { message: problemKey('summary.period') }),
  k: z.number().int().min(MIN_K).max(1000),
  groups: z.strictObject({ workplace: list.optional(), department: list.optional(), jobCategory: list.optional() }),
  contact: z.string().refine(contactOk, { message: problemKey('invite.contact') }),
});

/** Reads an invitation's text; every problem comes with its JSON path. Repeated labels (ignoring capitals) are kept once. */
export function parseInviteFile(text: string): Result<Invite, FormatProblem[]> {
  if (text.length > MAX_INVITE_BYTES) return { ok: false, error: [formatProblem('$', 'tooBig', { origin: 'string', limit: MAX_INVITE_BYTES })] };
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, error: [json.problem] };
  const v = json.value as { format?: unknown } | null;
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v.format !== INVITE_FORMAT) {
    const got = v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.format === 'string' ? JSON.stringify(v.format) : '—';
    return { ok: false, error: [formatProblem('$.format', 'invite.format', { got, expected: INVITE_FORMAT })] };
  }
  const r = inviteFileSchema.safeParse(json.value, { reportInput: true });
  if (!r.success) return { ok: false, error: problemsOf(r.error) };
  const groups: Record<string, string[]> = {};
  for (const [d, labels] of Object.entries(r.data.groups)) if (labels && labels.length > 0) groups[d] = dedupeGroupLabels(labels);
  return { ok: true, value: { ...r.data, groups } as Invite };
}

/** Writes the invitation: fixed key order, two-space indentation, trailing newline. */
export function formatInviteFile(i: Invite): string {
  return JSON.stringify({ format: i.format, id: i.id, period: i.period, k: i.k, groups: i.groups, contact: i.contact }, null, 2) + '\n';
}
