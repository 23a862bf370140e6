/**
 * The morning nudge (issue 14 item 7): when the computer has been in active use for 15 minutes inside
 * agreed working time and no session is open, say so once a day — "Glemt å starte? Start fra 08:02" —
 * with an action that starts the session from the first activity (a start at a chosen time).
 * Fed with the idle readings of the presence poll (seconds since the last input, at an instant).
 */
import { dateString, zoneClock } from '../../core/index';
import type { Agreement, Instant, Lang } from '../../core/model';
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import type { Notifier } from '../ports/notifier';
import { isInsideAgreedTime } from '../warnings/working-time';
import { localTime } from './problems';

/** How long the computer must be in use before the nudge. */
export const NUDGE_ACTIVE_MS = 15 * 60_000;
/** Input this recent counts as use; a longer gap starts the count again. */
const GAP_MS = 5 * 60_000;

type Key = 'title' | 'body' | 'action';
const TEXTS = defineCatalog<Key>({
  nb: { title: 'Glemt å starte?', body: 'Maskinen har vært i bruk siden kl. {start} i avtalt arbeidstid, men ingen økt går.', action: 'Start fra {start}' },
  nn: { title: 'Gløymt å starte?', body: 'Maskina har vore i bruk sidan klokka {start} i avtalt arbeidstid, men inga økt går.', action: 'Start frå {start}' },
  en: { title: 'Forgot to start?', body: 'The computer has been in use since {start} during your agreed working time, but no session is running.', action: 'Start from {start}' },
});

export interface MorningNudgeDeps {
  readonly notifier: Notifier;
  readonly lang: () => Lang;
  readonly zone: () => string;
  /** True when `at` lies inside the agreed working time of its day. */
  readonly withinAgreed: (at: Instant) => boolean;
  readonly sessionOpen: () => boolean;
  readonly log: (message: string, detail?: unknown) => void;
}

export class MorningNudge {
  private activeSince: Instant | null = null;
  private nudgedDay: string | null = null;
  /** The first activity of the last nudge: what its action starts from. */
  private offered: Instant | null = null;

  constructor(private readonly d: MorningNudgeDeps) {}

  /** One idle reading: `seconds` since the last input at `at` (null: unknown, nothing happens). */
  reading(seconds: number | null, at: Instant): void {
    if (seconds === null) return;
    if (seconds * 1000 >= GAP_MS || this.d.sessionOpen()) {
      this.activeSince = null;
      return;
    }
    this.activeSince ??= at - seconds * 1000;
    const since = this.activeSince;
    const day = localTime(at, this.d.zone()).slice(0, 10);
    if (at - since < NUDGE_ACTIVE_MS || this.nudgedDay === day || !this.d.withinAgreed(since)) return;
    this.nudgedDay = day;
    this.offered = since;
    const lang = this.d.lang();
    const start = localTime(since, this.d.zone()).slice(11);
    void this.d.notifier
      .show({ id: `tracker.nudge.${day}`, title: translate(TEXTS, lang, 'title'), body: translate(TEXTS, lang, 'body', { start }), click: { page: 'today', action: 'open' }, clickLabel: translate(TEXTS, lang, 'action', { start }), urgency: 'normal' })
      .then((r) => (r.ok ? undefined : this.d.log('morning nudge not shown', r.error)));
  }

  /** The instant the nudge's action starts from (the first activity), or null when none was offered. */
  offeredStart(): Instant | null {
    return this.offered;
  }

  /** The nudge's action: start the session at the first activity it offered (a start at a chosen time); false when none was offered. */
  accept(startAt: (at: Instant) => unknown): boolean {
    if (this.offered === null) return false;
    startAt(this.offered);
    return true;
  }
}

/** `withinAgreed` for the nudge: whether `at` lies inside the agreed working time of the agreement in force on its local date. */
export function withinAgreedTime(agreementOn: (date: string) => Agreement | null, zone: () => string): (at: Instant) => boolean {
  return (at) => {
    const a = agreementOn(dateString(zoneClock(zone()).localDay(at)));
    return a !== null && isInsideAgreedTime(a, at);
  };
}
