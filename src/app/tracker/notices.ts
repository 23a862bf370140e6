/**
 * The tracker's own notifications: "Are you still working?" (the session keeps recording until it is
 * answered) and, when nobody answered, what was stopped and how to undo it. Both open Today, where the
 * question and the undo wait. A notification that cannot be shown is logged; the window still asks.
 */
import type { Lang } from '../../core/model';
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import type { Notifier } from '../ports/notifier';
import { localTime } from './problems';
import type { TrackerNotices } from './tracker';

type Key = 'askTitle' | 'askForgotten' | 'askLong' | 'closedTitle' | 'closedBody' | 'open';

const TEXTS = defineCatalog<Key>({
  nb: {
    askTitle: 'Jobber du fortsatt?',
    askForgotten: 'Du startet kl. {start}, og den avtalte arbeidstiden er over. Fyrabend fortsetter å registrere til du svarer i vinduet.',
    askLong: 'Du har registrert arbeid siden kl. {start}, over 16 timer. Fyrabend fortsetter å registrere til du svarer i vinduet.',
    closedTitle: 'Økten ble stoppet',
    closedBody: 'Ingen svarte, så økten {start}–{end} ble stoppet ved siste aktivitet. Jobbet du fortsatt? Åpne Fyrabend og velg «Angre».',
    open: 'Åpne Fyrabend',
  },
  nn: {
    askTitle: 'Arbeider du framleis?',
    askForgotten: 'Du starta klokka {start}, og den avtalte arbeidstida er over. Fyrabend held fram med å registrere til du svarar i vindauget.',
    askLong: 'Du har registrert arbeid sidan klokka {start}, over 16 timar. Fyrabend held fram med å registrere til du svarar i vindauget.',
    closedTitle: 'Økta vart stoppa',
    closedBody: 'Ingen svarte, så økta {start}–{end} vart stoppa ved siste aktivitet. Arbeidde du framleis? Opne Fyrabend og vel «Angre».',
    open: 'Opne Fyrabend',
  },
  en: {
    askTitle: 'Are you still working?',
    askForgotten: 'You started at {start}, and your agreed working time is over. Fyrabend keeps recording until you answer in the window.',
    askLong: 'You have been recording work since {start}, more than 16 hours. Fyrabend keeps recording until you answer in the window.',
    closedTitle: 'The session was stopped',
    closedBody: 'Nobody answered, so the session {start}–{end} was stopped at the last activity. Were you still working? Open Fyrabend and choose "Undo".',
    open: 'Open Fyrabend',
  },
});

const clock = (ms: number, zone: string) => localTime(ms, zone).slice(11);

export function createTrackerNotices(d: { readonly notifier: Notifier; readonly lang: () => Lang; readonly log: (message: string, detail?: unknown) => void }): TrackerNotices {
  const show = (id: string, title: Key, body: string, urgency: 'normal' | 'critical') => {
    const lang = d.lang();
    void d.notifier
      .show({ id, title: translate(TEXTS, lang, title), body, click: { page: 'today', action: 'open' }, clickLabel: translate(TEXTS, lang, 'open'), urgency })
      .then((r) => (r.ok ? undefined : d.log('tracker notice not shown', r.error)));
  };
  return {
    askStillWorking: (q) => show(`tracker.still-working.${q.start}`, 'askTitle', translate(TEXTS, d.lang(), q.reason === 'max-length' ? 'askLong' : 'askForgotten', { start: clock(q.start, q.zone) }), 'normal'),
    closedUnanswered: (c) => show(`tracker.closed.${c.start}`, 'closedTitle', translate(TEXTS, d.lang(), 'closedBody', { start: clock(c.start, c.zone), end: clock(c.end, c.zone) }), 'critical'),
  };
}
