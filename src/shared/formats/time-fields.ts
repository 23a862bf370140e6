/**
 * Readers of the instants, clock times and dates of the exchange formats. No zod here (issue 21: the
 * fast paths of `fyrabend check` read through this module, and zod is loaded only when a file needs its
 * schema); the zod field types built on these are in time-schemas.ts.
 */
import type { Params } from '../i18n/catalog';
import { formatProblem, type FormatProblemCode } from './problems';

type InstantProblem = { ok: false; code: FormatProblemCode; params: Params; /** English, for logs and tests. */ why: string };

function instantProblem(code: FormatProblemCode, params: Params): InstantProblem {
  return { ok: false, code, params, why: formatProblem('', code, params).message };
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;
const LOCAL_NO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Epoch ms of the matched fields: computed directly for whole seconds, a year from 100 and a real
 * offset (Date.parse is the slow part of reading a long sessions file); anything else is left to
 * Date.parse, as before.
 */
function instantMs(m: RegExpExecArray, y: number, mo: number, d: number, h: number, mi: number, s: number, text: string): number {
  const zone = m[8] as string;
  const oh = zone.length === 6 ? Number(zone.slice(1, 3)) : 0;
  const om = zone.length === 6 ? Number(zone.slice(4, 6)) : 0;
  if (m[7] !== undefined || y < 100 || oh > 23 || om > 59) return Date.parse(text.toUpperCase());
  const offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  return Date.UTC(y, mo - 1, d, h, mi, s) - offset;
}

/** Epoch ms of an RFC 3339 time with offset, or the problem (render it with `problemText`). */
export function parseInstantText(text: string): { ok: true; ms: number } | InstantProblem {
  const m = RFC3339.exec(text);
  if (!m) {
    if (LOCAL_NO_OFFSET.test(text)) return instantProblem('instant.noOffset', { text: JSON.stringify(text), example: `${text.replace(' ', 'T')}+01:00` });
    return instantProblem('instant.notRfc', { text: JSON.stringify(text) });
  }
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0)) as [number, number, number, number, number, number];
  const ms = instantMs(m, y, mo, d, h, mi, s, text);
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (Number.isNaN(ms) || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return instantProblem('instant.notReal', { text: JSON.stringify(text) });
  }
  return { ok: true, ms };
}

const HHMM = /^(\d{2}):(\d{2})$/;

/** Minutes after midnight of `HH:MM` (00:00–23:59, and 24:00 when `allowMidnightEnd`). */
export function parseClock(text: string, allowMidnightEnd: boolean): number | null {
  const m = HHMM.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  if (mi > 59) return null;
  if (h === 24 && mi === 0 && allowMidnightEnd) return 1440;
  if (h > 23) return null;
  return h * 60 + mi;
}

/** Whether a text is `YYYY-MM-DD` and a real calendar date (2026-02-30 is not). */
export function isLocalDateText(t: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
