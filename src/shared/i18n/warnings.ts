/**
 * Notification texts of the right-to-disconnect warnings (issue 4), in bokmål, nynorsk and English.
 * The body of a single warning is the planner's own message (core `PlanItem.message`); these are the
 * titles, the follow-up question and the texts of summaries, held warnings and the unlogged-work ask.
 */
import type { PlanReason } from '../../core/model';
import { defineCatalog } from './catalog';

type SoonKey = `soon.${PlanReason}`;
type PassedKey = `passed.${PlanReason}`;
type OtherKey =
  | 'followUp.body'
  | 'summary.title'
  | 'summary.more'
  | 'held.title'
  | 'unlogged.title'
  | 'unlogged.body'
  | 'action.open'
  | 'action.stop-or-record-overtime'
  | 'action.log-work'
  | 'overtimeReason.empty'
  | 'overtimeReason.tooLong'
  | 'overtimeReason.noSession';
export type WarningTextKey = SoonKey | PassedKey | OtherKey;

export const WARNING_TEXTS = defineCatalog<WarningTextKey>({
  nb: {
    'soon.agreed-end-soon': 'Avtalt arbeidstid slutter snart',
    'soon.agreed-end': 'Avtalt arbeidstid slutter nå',
    'soon.availability-end': 'Tilgjengeligheten din slutter snart',
    'soon.night-start': 'Nattarbeid begynner snart',
    'soon.sunday-start': 'Søndags- og helligdagstid begynner snart',
    'soon.rest-latest-stop': 'Stopp snart for å få døgnhvilen',
    'soon.daily-normal-limit': 'Snart 9 timer i dag',
    'soon.total-day-limit': 'Snart 13 timer i dag',
    'soon.weekly-normal-limit': 'Snart 40 timer denne uka',
    'soon.weekly-overtime-limit': 'Snart ved overtidsgrensen for uka',
    'passed.agreed-end-soon': 'Avtalt arbeidstid er slutt',
    'passed.agreed-end': 'Avtalt arbeidstid er slutt',
    'passed.availability-end': 'Tilgjengeligheten din er slutt',
    'passed.night-start': 'Du jobber nå om natta',
    'passed.sunday-start': 'Du jobber nå på søndags- eller helligdagstid',
    'passed.rest-latest-stop': 'Døgnhvilen før i morgen blir for kort',
    'passed.daily-normal-limit': 'Du har jobbet mer enn 9 timer i dag',
    'passed.total-day-limit': 'Du har jobbet mer enn 13 timer i dag',
    'passed.weekly-normal-limit': 'Du har jobbet mer enn 40 timer denne uka',
    'passed.weekly-overtime-limit': 'Overtidsgrensen for uka er nådd',
    'followUp.body': 'Stopp nå, eller registrer overtiden med en begrunnelse.',
    'summary.title': 'Fyrabend: {n} varsler',
    'summary.more': 'og {n} til',
    'held.title': 'Varsler holdt tilbake mens «Ikke forstyrr» var på ({n})',
    'unlogged.title': 'Jobber du?',
    'unlogged.body': 'Maskinen er i bruk utenfor avtalt arbeidstid. Registrer det, så teller det.',
    'action.open': 'Åpne Fyrabend',
    'action.stop-or-record-overtime': 'Stopp eller registrer overtid',
    'action.log-work': 'Registrer arbeid',
    'overtimeReason.empty': 'Skriv en kort begrunnelse for overtiden før du lagrer.',
    'overtimeReason.tooLong': 'Begrunnelsen er for lang: skriv høyst {max} tegn.',
    'overtimeReason.noSession': 'Fant ikke arbeidsøkten begrunnelsen gjelder. Åpne «I dag» og velg økten på nytt.',
  },
  nn: {
    'soon.agreed-end-soon': 'Avtalt arbeidstid sluttar snart',
    'soon.agreed-end': 'Avtalt arbeidstid sluttar no',
    'soon.availability-end': 'Tilgjengetida di sluttar snart',
    'soon.night-start': 'Nattarbeid byrjar snart',
    'soon.sunday-start': 'Sundags- og heilagdagstid byrjar snart',
    'soon.rest-latest-stop': 'Stopp snart for å få døgnkvila',
    'soon.daily-normal-limit': 'Snart 9 timar i dag',
    'soon.total-day-limit': 'Snart 13 timar i dag',
    'soon.weekly-normal-limit': 'Snart 40 timar denne veka',
    'soon.weekly-overtime-limit': 'Snart ved overtidsgrensa for veka',
    'passed.agreed-end-soon': 'Avtalt arbeidstid er slutt',
    'passed.agreed-end': 'Avtalt arbeidstid er slutt',
    'passed.availability-end': 'Tilgjengetida di er slutt',
    'passed.night-start': 'Du jobbar no om natta',
    'passed.sunday-start': 'Du jobbar no på sundags- eller heilagdagstid',
    'passed.rest-latest-stop': 'Døgnkvila før i morgon blir for kort',
    'passed.daily-normal-limit': 'Du har jobba meir enn 9 timar i dag',
    'passed.total-day-limit': 'Du har jobba meir enn 13 timar i dag',
    'passed.weekly-normal-limit': 'Du har jobba meir enn 40 timar denne veka',
    'passed.weekly-overtime-limit': 'Overtidsgrensa for veka er nådd',
    'followUp.body': 'Stopp no, eller registrer overtida med ei grunngjeving.',
    'summary.title': 'Fyrabend: {n} varsel',
    'summary.more': 'og {n} til',
    'held.title': 'Varsel halde tilbake medan «Ikkje forstyrr» var på ({n})',
    'unlogged.title': 'Jobbar du?',
    'unlogged.body': 'Maskina er i bruk utanfor avtalt arbeidstid. Registrer det, så tel det.',
    'action.open': 'Opne Fyrabend',
    'action.stop-or-record-overtime': 'Stopp eller registrer overtid',
    'action.log-work': 'Registrer arbeid',
    'overtimeReason.empty': 'Skriv ei kort grunngjeving for overtida før du lagrar.',
    'overtimeReason.tooLong': 'Grunngjevinga er for lang: skriv høgst {max} teikn.',
    'overtimeReason.noSession': 'Fann ikkje arbeidsøkta grunngjevinga gjeld. Opne «I dag» og vel økta på nytt.',
  },
  en: {
    'soon.agreed-end-soon': 'Your agreed working time ends soon',
    'soon.agreed-end': 'Your agreed working time ends now',
    'soon.availability-end': 'Your availability ends soon',
    'soon.night-start': 'Night work starts soon',
    'soon.sunday-start': 'Sunday and holiday time starts soon',
    'soon.rest-latest-stop': 'Stop soon to keep your daily rest',
    'soon.daily-normal-limit': '9 hours of work today soon',
    'soon.total-day-limit': '13 hours of work today soon',
    'soon.weekly-normal-limit': '40 hours this week soon',
    'soon.weekly-overtime-limit': 'Weekly overtime limit soon',
    'passed.agreed-end-soon': 'Your agreed working time has ended',
    'passed.agreed-end': 'Your agreed working time has ended',
    'passed.availability-end': 'Your availability has ended',
    'passed.night-start': 'You are now working at night',
    'passed.sunday-start': 'You are now working in Sunday or holiday time',
    'passed.rest-latest-stop': 'Your daily rest before tomorrow is now too short',
    'passed.daily-normal-limit': 'You have worked more than 9 hours today',
    'passed.total-day-limit': 'You have worked more than 13 hours today',
    'passed.weekly-normal-limit': 'You have worked more than 40 hours this week',
    'passed.weekly-overtime-limit': 'The weekly overtime limit is reached',
    'followUp.body': 'Stop now, or record the overtime with a reason.',
    'summary.title': 'Fyrabend: {n} warnings',
    'summary.more': 'and {n} more',
    'held.title': 'Warnings held back during do not disturb ({n})',
    'unlogged.title': 'Are you working?',
    'unlogged.body': 'The computer is in use outside your agreed working time. Log it so it counts.',
    'action.open': 'Open Fyrabend',
    'action.stop-or-record-overtime': 'Stop or record overtime',
    'action.log-work': 'Log the work',
    'overtimeReason.empty': 'Write a short reason for the overtime before you save.',
    'overtimeReason.tooLong': 'The reason is too long: write at most {max} characters.',
    'overtimeReason.noSession': 'The work session this reason belongs to was not found. Open "Today" and pick the session again.',
  },
});
