/** zod field types for instants and local dates of the exchange formats (their readers are in time-fields.ts). */
import * as z from 'zod';
import { problemKey } from './problems';
import { isLocalDateText, parseInstantText } from './time-fields';

/** An RFC 3339 string with offset, transformed to epoch ms. */
export const instant = z.string().transform((text, ctx) => {
  const r = parseInstantText(text);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code, params: r.params });
    return z.NEVER;
  }
  return r.ms;
});

/** `YYYY-MM-DD` that is a real calendar date. */
export const localDate = z.string().refine(isLocalDateText, problemKey('date'));
