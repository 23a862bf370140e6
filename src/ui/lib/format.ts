/** Display formatting in the agreement's zone and the user's language. Pure; no host zone. */
import { formatInTimeZone } from 'date-fns-tz';
import type { Lang } from '../../core/model';

const HOUR_WORD: Record<Lang, string> = { nb: 't', nn: 't', en: 'h' };

/** `6 t 40 min` / `6 h 40 min`; negative durations are shown as 0. */
export function formatDuration(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  if (m === 0) return `${h} ${HOUR_WORD[lang]}`;
  return `${h} ${HOUR_WORD[lang]} ${m} min`;
}

/** A signed balance of hours: `+3 t 15 min`, `−45 min`, `0 min` (minus sign U+2212). */
export function formatBalance(hours: number, lang: Lang): string {
  const ms = Math.round(hours * 60) * 60_000;
  if (ms === 0) return formatDuration(0, lang);
  return `${ms > 0 ? '+' : '−'}${formatDuration(Math.abs(ms), lang)}`;
}

/** Decimal hours with the language's decimal mark, e.g. `7,5 t` / `7.5 h`. */
export function formatHours(hours: number, lang: Lang, digits = 1): string {
  const n = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(hours);
  return `${n} ${HOUR_WORD[lang]}`;
}

/** Local `HH:mm` of an instant in the zone. */
export function formatClock(ms: number, zone: string): string {
  return formatInTimeZone(new Date(ms), zone, 'HH:mm');
}

/** Local `YYYY-MM-DD` of an instant in the zone. */
export function localDate(ms: number, zone: string): string {
  return formatInTimeZone(new Date(ms), zone, 'yyyy-MM-dd');
}

/** A readable date, e.g. `tirsdag 24. november` / `Tuesday 24 November`. */
export function formatDay(date: string, lang: Lang, withWeekday = true): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const noonUtc = new Date(Date.UTC(y, m - 1, d, 12));
  const locale = lang === 'en' ? 'en-GB' : lang === 'nn' ? 'nn-NO' : 'nb-NO';
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', ...(withWeekday ? { weekday: 'long' } : {}) }).format(noonUtc);
}

/** `24.11. 14:05` style date+time of an instant in the zone, with the offset when `withOffset`. */
export function formatDateTime(ms: number, zone: string, withOffset = false): string {
  return formatInTimeZone(new Date(ms), zone, withOffset ? 'yyyy-MM-dd HH:mm (xxx)' : 'yyyy-MM-dd HH:mm');
}
