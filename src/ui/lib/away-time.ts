/**
 * How the away question names its two moments: the clock alone when both lie on the same local
 * date ("16:30"), with the weekday when the absence crosses midnight ("tirsdag 16:30"), and with the
 * date too when it is a week or more ("tirsdag 24. nov. 16:30"), in the window's language.
 */
import type { Lang } from '../../core/model';
import { localeOf } from '../i18n';
import { formatClock, localDate } from './format';

const WEEK_MS = 7 * 86_400_000;

/** An absence longer than this, or one that crosses midnight, makes "discard" the proposed answer. */
export const LONG_AWAY_MS = 2 * 3_600_000;

function weekday(ms: number, zone: string, lang: Lang, withDate: boolean): string {
  const options: Intl.DateTimeFormatOptions = withDate ? { weekday: 'long', day: 'numeric', month: 'short', timeZone: zone } : { weekday: 'long', timeZone: zone };
  return new Intl.DateTimeFormat(localeOf(lang), options).format(new Date(ms));
}

export function crossesMidnight(from: number, to: number, zone: string): boolean {
  return localDate(from, zone) !== localDate(to, zone);
}

/** The two moments of [from, to) as the question shows them. */
export function awayMoments(from: number, to: number, zone: string, lang: Lang): { from: string; to: string } {
  if (!crossesMidnight(from, to, zone)) return { from: formatClock(from, zone), to: formatClock(to, zone) };
  const withDate = to - from >= WEEK_MS;
  return { from: `${weekday(from, zone, lang, withDate)} ${formatClock(from, zone)}`, to: `${weekday(to, zone, lang, withDate)} ${formatClock(to, zone)}` };
}

/** True when the safe answer is to discard: a long absence, or one over midnight. */
export function isLongAway(from: number, to: number, zone: string): boolean {
  return to - from > LONG_AWAY_MS || crossesMidnight(from, to, zone);
}
