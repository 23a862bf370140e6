/**
 * Command-line values read for meaning, not only shape (issue 18 item 4): a date must be a day of
 * the calendar (2026-02-30 is not) within the years Fyrabend works with, a zone must be an IANA
 * zone the runtime knows (checked with Intl). Each refusal is one sentence naming the option, the
 * value and what is allowed, in the user's language.
 */
import type { Lang } from '../core/model';
import { UsageError, type CliArgs } from './command';
import { t } from './session-texts';

/** The years a date option may name: wide enough for any working life, narrow enough for date arithmetic. */
export const DATE_YEARS = { min: 1900, max: 2199 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` naming a real day in DATE_YEARS. */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < DATE_YEARS.min || y > DATE_YEARS.max || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** The value of `--name` as a checked calendar date, or undefined when absent. */
export function dateOption(args: CliArgs, name: string, lang: Lang): string | undefined {
  const v = args.options[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !DATE.test(v)) throw new UsageError(t(lang, 'bad-date', { name, value: String(v) }));
  if (!isCalendarDate(v)) throw new UsageError(t(lang, 'no-such-date', { name, value: v, min: DATE_YEARS.min, max: DATE_YEARS.max }));
  return v;
}

/** True for an IANA zone name the runtime knows, such as Europe/Oslo (or UTC). */
export function isIanaZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `zone` if it is an IANA zone; otherwise a UsageError naming where it came from (`--zone` or FYRABEND_ZONE). */
export function checkedZone(zone: string, from: string, lang: Lang): string {
  if (!isIanaZone(zone)) throw new UsageError(t(lang, 'bad-zone', { from, value: zone }));
  return zone;
}
