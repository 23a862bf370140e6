/** Why a tracker action was refused, as data; `describeProblem` turns it into one sentence in nb, nn or en. */
import { formatInTimeZone } from 'date-fns-tz';
import type { Instant, Lang } from '../../core/model';
import { formatInstant } from '../../core/index';
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import { countedText } from '../../shared/i18n/plural';

export type TrackerProblem =
  | { readonly code: 'already-running'; readonly since: Instant }
  | { readonly code: 'not-running' }
  | { readonly code: 'not-paused' }
  | { readonly code: 'recovery-needed'; readonly start: Instant; readonly proposedEnd: Instant }
  | { readonly code: 'no-recovery' }
  | { readonly code: 'idle-question'; readonly from: Instant; readonly to: Instant }
  | { readonly code: 'no-idle-question' }
  | { readonly code: 'end-before-start'; readonly start: Instant; readonly end: Instant }
  | { readonly code: 'in-future'; readonly end: Instant; readonly now: Instant }
  | { readonly code: 'before-start'; readonly start: Instant; readonly end: Instant }
  | { readonly code: 'overlap'; readonly ids: readonly string[]; readonly start: Instant; readonly end: Instant; readonly mergedStart: Instant; readonly mergedEnd: Instant }
  | { readonly code: 'overlaps-open'; readonly since: Instant }
  | { readonly code: 'reason-missing' }
  | { readonly code: 'not-found'; readonly id: string }
  | { readonly code: 'no-question' }
  | { readonly code: 'nothing-to-undo' }
  // Start and stop at a chosen time (issue 14 item 3): one sentence each, saying which time is refused and why.
  | { readonly code: 'start-in-future'; readonly at: Instant; readonly now: Instant }
  | { readonly code: 'stop-in-future'; readonly at: Instant; readonly now: Instant }
  | { readonly code: 'stop-before-start'; readonly at: Instant; readonly start: Instant }
  | { readonly code: 'chosen-overlap'; readonly at: Instant; readonly otherStart: Instant; readonly otherEnd: Instant }
  | { readonly code: 'locked-needs-reason'; readonly at: Instant; readonly label: string };

type Code = TrackerProblem['code'];

const CATALOG = defineCatalog<Code>({
  nb: {
    'already-running': 'En økt går allerede (startet {since}). Stopp eller pause den først.',
    'not-running': 'Ingen økt går nå. Start en med «fyrabend start».',
    'not-paused': 'Ingen økt er pauset. Start en ny med «fyrabend start».',
    'recovery-needed':
      'Økten som startet {start} ble ikke avsluttet (Fyrabend stoppet uventet). Siste livstegn var {proposedEnd}; avslutt den der med «fyrabend stop --at {proposedEndIso}» eller oppgi et annet sluttidspunkt.',
    'no-recovery': 'Det er ingen avbrutt økt å gjenopprette.',
    'idle-question': 'Du var borte fra {from} til {to}. Velg om tiden skal beholdes (keep), forkastes (discard) eller regnes som pause (break), f.eks. «fyrabend resume --idle break».',
    'no-idle-question': 'Det er ikke noe ubesvart spørsmål om inaktiv tid.',
    'end-before-start': 'Slutt ({end}) må være etter start ({start}). Rett klokkeslettene og prøv igjen.',
    'in-future': 'Slutt ({end}) ligger i fremtiden (nå er {now}). Registrer bare tid som er ferdig.',
    'before-start': 'Sluttidspunktet {end} er før økten startet ({start}). Oppgi et tidspunkt etter start.',
    overlap: countedText('nb', 'Økten {start}–{end} overlapper {count|registrert økt|registrerte økter}. Rett klokkeslettene, eller slå dem sammen til én økt {mergedStart}–{mergedEnd}.'),
    'overlaps-open': 'Tiden overlapper økten som går nå (startet {since}). Stopp den først eller velg en tid før den.',
    'reason-missing': 'Oppgi en grunn for endringen (--reason «…»); den lagres i endringsloggen.',
    'not-found': 'Fant ingen økt med id {id}. Se «fyrabend log» for id-ene.',
    'no-question': 'Fyrabend har ikke spurt om du fortsatt jobber, så det er ingenting å svare på.',
    'nothing-to-undo': 'Det er ingenting å angre lenger: det er for lenge siden, eller noe annet er registrert etterpå.',
    'start-in-future': 'Starttidspunktet {at} ligger i fremtiden (nå er {now}), så velg et tidspunkt som har vært.',
    'stop-in-future': 'Stopptidspunktet {at} ligger i fremtiden (nå er {now}), så velg et tidspunkt som har vært.',
    'stop-before-start': 'Stopptidspunktet {at} er ikke etter at økten startet ({start}), så velg et senere tidspunkt.',
    'chosen-overlap': 'Tidspunktet {at} overlapper økten {otherStart}–{otherEnd} som allerede er registrert, så velg et tidspunkt utenfor den.',
    'locked-needs-reason': 'Tidspunktet {at} ligger i perioden {label}, som er sendt til lønn og låst, så oppgi en grunn (--reason «…») for å endre den.',
  },
  nn: {
    'already-running': 'Ei økt går allereie (starta {since}). Stopp eller pause ho først.',
    'not-running': 'Inga økt går no. Start ei med «fyrabend start».',
    'not-paused': 'Inga økt er pausa. Start ei ny med «fyrabend start».',
    'recovery-needed':
      'Økta som starta {start} vart ikkje avslutta (Fyrabend stoppa uventa). Siste livsteikn var {proposedEnd}; avslutt ho der med «fyrabend stop --at {proposedEndIso}» eller gje eit anna sluttidspunkt.',
    'no-recovery': 'Det er inga avbroten økt å gjenopprette.',
    'idle-question': 'Du var borte frå {from} til {to}. Vel om tida skal haldast (keep), forkastast (discard) eller reknast som pause (break), t.d. «fyrabend resume --idle break».',
    'no-idle-question': 'Det er ikkje noko ubesvart spørsmål om inaktiv tid.',
    'end-before-start': 'Slutt ({end}) må vere etter start ({start}). Rett klokkesletta og prøv igjen.',
    'in-future': 'Slutt ({end}) ligg i framtida (no er {now}). Registrer berre tid som er ferdig.',
    'before-start': 'Sluttidspunktet {end} er før økta starta ({start}). Gje eit tidspunkt etter start.',
    overlap: countedText('nn', 'Økta {start}–{end} overlappar {count|registrert økt|registrerte økter}. Rett klokkesletta, eller slå dei saman til éi økt {mergedStart}–{mergedEnd}.'),
    'overlaps-open': 'Tida overlappar økta som går no (starta {since}). Stopp ho først eller vel ei tid før ho.',
    'reason-missing': 'Gje ein grunn for endringa (--reason «…»); han vert lagra i endringsloggen.',
    'not-found': 'Fann inga økt med id {id}. Sjå «fyrabend log» for id-ane.',
    'no-question': 'Fyrabend har ikkje spurt om du framleis arbeider, så det er ingenting å svare på.',
    'nothing-to-undo': 'Det er ingenting å angre lenger: det er for lenge sidan, eller noko anna er registrert etterpå.',
    'start-in-future': 'Starttidspunktet {at} ligg i framtida (no er klokka {now}), så vel eit tidspunkt som har vore.',
    'stop-in-future': 'Stopptidspunktet {at} ligg i framtida (no er klokka {now}), så vel eit tidspunkt som har vore.',
    'stop-before-start': 'Stopptidspunktet {at} er ikkje etter at økta starta ({start}), så vel eit seinare tidspunkt.',
    'chosen-overlap': 'Tidspunktet {at} overlappar økta {otherStart}–{otherEnd} som alt er registrert, så vel eit tidspunkt utanfor ho.',
    'locked-needs-reason': 'Tidspunktet {at} ligg i perioden {label}, som er send til løn og låst, så gje ein grunn (--reason «…») for å endre han.',
  },
  en: {
    'already-running': 'A session is already running (started {since}). Stop or pause it first.',
    'not-running': 'No session is running. Start one with "fyrabend start".',
    'not-paused': 'No session is paused. Start a new one with "fyrabend start".',
    'recovery-needed':
      'The session that started {start} was never stopped (Fyrabend stopped unexpectedly). It was last seen at {proposedEnd}; end it there with "fyrabend stop --at {proposedEndIso}" or give another end time.',
    'no-recovery': 'There is no interrupted session to recover.',
    'idle-question': 'You were away from {from} to {to}. Choose whether to keep that time, discard it, or mark it as a break, e.g. "fyrabend resume --idle break".',
    'no-idle-question': 'There is no open question about idle time.',
    'end-before-start': 'The end ({end}) must be after the start ({start}). Correct the times and try again.',
    'in-future': 'The end ({end}) is in the future (it is now {now}). Only record time that has passed.',
    'before-start': 'The end time {end} is before the session started ({start}). Give a time after the start.',
    overlap: countedText('en', 'The session {start}–{end} overlaps {count|recorded session|recorded sessions}. Correct the times, or merge them into one session {mergedStart}–{mergedEnd}.'),
    'overlaps-open': 'The time overlaps the session running now (started {since}). Stop it first or choose a time before it.',
    'reason-missing': 'Give a reason for the change (--reason "…"); it is kept in the audit log.',
    'not-found': 'There is no session with id {id}. See "fyrabend log" for the ids.',
    'no-question': 'Fyrabend has not asked whether you are still working, so there is nothing to answer.',
    'nothing-to-undo': 'There is nothing left to undo: it was too long ago, or something else has been recorded since.',
    'start-in-future': 'The start time {at} is in the future (it is now {now}), so choose a time that has passed.',
    'stop-in-future': 'The stop time {at} is in the future (it is now {now}), so choose a time that has passed.',
    'stop-before-start': 'The stop time {at} is not after the session started ({start}), so choose a later time.',
    'chosen-overlap': 'The time {at} overlaps the session {otherStart}–{otherEnd} that is already recorded, so choose a time outside it.',
    'locked-needs-reason': 'The time {at} lies in the period {label}, which has gone to payroll and is locked, so give a reason (--reason "…") to change it.',
  },
});

/** Where the sentence is read: the CLI names its commands and flags, the window its own pages and fields. */
export type ProblemSurface = 'cli' | 'window';

type WindowCode = 'not-running' | 'not-paused' | 'recovery-needed' | 'idle-question' | 'overlap' | 'reason-missing' | 'not-found' | 'locked-needs-reason';

/** The window's own wording for the problems whose CLI sentence names a command or a flag the window does not have. */
const WINDOW = defineCatalog<WindowCode>({
  nb: {
    'not-running': 'Ingen økt går nå. Start en på siden «I dag».',
    'not-paused': 'Ingen økt er pauset. Start en ny på siden «I dag».',
    'recovery-needed':
      'Økten som startet {start} ble ikke avsluttet (Fyrabend stoppet uventet). Siste livstegn var {proposedEnd}; avslutt den der på siden «I dag», eller oppgi et annet sluttidspunkt.',
    'idle-question': 'Du var borte fra {from} til {to}. Velg på siden «I dag» om tiden skal beholdes, forkastes eller regnes som pause.',
    overlap: countedText(
      'nb',
      'Økten {start}–{end} overlapper {count|registrert økt|registrerte økter}. Rett klokkeslettene, eller gjør dem til én økt {mergedStart}–{mergedEnd}: endre den ene på siden «Økter» og slett resten.',
    ),
    'reason-missing': 'Skriv en grunn for endringen; den lagres i endringsloggen.',
    'not-found': 'Fant ingen økt med id {id}; den kan være slettet i mellomtiden. Åpne siden «Økter» på nytt.',
    'locked-needs-reason': 'Tidspunktet {at} ligger i perioden {label}, som er sendt til lønn og låst, så skriv en grunn for å endre den.',
  },
  nn: {
    'not-running': 'Inga økt går no. Start ei på sida «I dag».',
    'not-paused': 'Inga økt er pausa. Start ei ny på sida «I dag».',
    'recovery-needed':
      'Økta som starta {start} vart ikkje avslutta (Fyrabend stoppa uventa). Siste livsteikn var {proposedEnd}; avslutt ho der på sida «I dag», eller gje eit anna sluttidspunkt.',
    'idle-question': 'Du var borte frå {from} til {to}. Vel på sida «I dag» om tida skal haldast, forkastast eller reknast som pause.',
    overlap: countedText(
      'nn',
      'Økta {start}–{end} overlappar {count|registrert økt|registrerte økter}. Rett klokkesletta, eller gjer dei til éi økt {mergedStart}–{mergedEnd}: endre den eine på sida «Økter» og slett resten.',
    ),
    'reason-missing': 'Skriv ein grunn for endringa; han vert lagra i endringsloggen.',
    'not-found': 'Fann inga økt med id {id}; ho kan vere sletta i mellomtida. Opne sida «Økter» på nytt.',
    'locked-needs-reason': 'Tidspunktet {at} ligg i perioden {label}, som er send til løn og låst, så skriv ein grunn for å endre han.',
  },
  en: {
    'not-running': 'No session is running. Start one on the Today page.',
    'not-paused': 'No session is paused. Start a new one on the Today page.',
    'recovery-needed':
      'The session that started {start} was never stopped (Fyrabend stopped unexpectedly). It was last seen at {proposedEnd}; end it there on the Today page, or give another end time.',
    'idle-question': 'You were away from {from} to {to}. On the Today page, choose whether to keep that time, discard it, or count it as a break.',
    overlap: countedText(
      'en',
      'The session {start}–{end} overlaps {count|recorded session|recorded sessions}. Correct the times, or make them one session {mergedStart}–{mergedEnd}: change one of them on the Sessions page and delete the rest.',
    ),
    'reason-missing': 'Write a reason for the change; it is kept in the audit log.',
    'not-found': 'There is no session with id {id}; it may have been deleted meanwhile. Open the Sessions page again.',
    'locked-needs-reason': 'The time {at} lies in the period {label}, which has gone to payroll and is locked, so write a reason to change it.',
  },
});
const WINDOW_CODES: ReadonlySet<Code> = new Set(Object.keys(WINDOW.en) as Code[]);

/** Local wall-clock time of an instant in `zone`, e.g. 2026-03-10 20:00. */
export function localTime(at: Instant, zone: string): string {
  return formatInTimeZone(at, zone, 'yyyy-MM-dd HH:mm');
}

/** One sentence for `p` in `lang`, worded for the `surface` it is read on (the CLI unless told). */
export function describeProblem(p: TrackerProblem, lang: Lang, zone: string, surface: ProblemSurface = 'cli'): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p)) {
    if (k === 'code') continue;
    if (typeof v === 'number') params[k] = localTime(v, zone);
    else if (typeof v === 'string') params[k] = v;
  }
  if (p.code === 'overlap') params.count = p.ids.length;
  if (p.code === 'recovery-needed') params.proposedEndIso = formatInstant(p.proposedEnd, zone);
  if (surface === 'window' && WINDOW_CODES.has(p.code)) return translate(WINDOW, lang, p.code as WindowCode, params);
  return translate(CATALOG, lang, p.code, params);
}
