/** Number and hour wording for messages in nb, nn and en (no Intl dependency: output must be byte-stable). */
import type { Lang } from '../model';

/** A decimal number with at most two decimals: comma in Norwegian, point in English. */
export function num(value: number, lang: Lang): string {
  const r = Math.round(value * 100) / 100;
  const text = String(r);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** "1 time" / "2 timer" (nb), "1 time" / "2 timar" (nn), "1 hour" / "2 hours" (en). */
export function hoursText(value: number, lang: Lang): string {
  const one = Math.round(value * 100) / 100 === 1;
  const word = lang === 'en' ? (one ? 'hour' : 'hours') : lang === 'nn' ? (one ? 'time' : 'timar') : one ? 'time' : 'timer';
  return `${num(value, lang)} ${word}`;
}

/** Local clock time `HH:MM` for messages. */
export function clockText(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60) % 24;
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
