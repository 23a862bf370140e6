/**
 * `--at` of `start` and `stop` (issue 14 item 3): a time today in the user's zone (`07:45`), or a date
 * and time with offset (`2026-03-10T07:45:00+01:00`). Anything else is a usage error naming the value.
 */
import { zoneClock } from '../core/index';
import type { Instant, Lang } from '../core/model';
import { parseClock } from '../shared/formats/time-fields';
import { UsageError } from './command';
import { t } from './session-texts';

const OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant `--at` names, or undefined when it was not given. */
export function chosenInstant(value: string | true | undefined, now: Instant, zone: string, lang: Lang): Instant | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  const minute = parseClock(text, false);
  if (minute !== null) {
    const z = zoneClock(zone);
    return z.toInstant(z.localDay(now), minute);
  }
  if (OFFSET.test(text) && !Number.isNaN(Date.parse(text))) return Date.parse(text);
  throw new UsageError(t(lang, 'bad-at', { value: String(value) }));
}
