/** Tray menu and tooltip texts in bokmål, nynorsk and English. */
import type { PlanReason } from '../../core/model';
import { defineCatalog } from '../../shared/i18n/catalog';

/** Short names of the planner's lines for the "Next:" row (the full sentence is on the Today page). */
type LineKey = `line.${PlanReason}`;

export type TrayTextKey =
  | 'start'
  | 'pause'
  | 'resume'
  | 'stop'
  | 'startAt'
  | 'stopAt'
  | 'changeStart'
  | 'open'
  | 'quit'
  | 'today'
  | 'agreedEnds'
  | 'restFrom'
  | 'next'
  | LineKey
  | 'idle'
  | 'working'
  | 'paused'
  | 'outside'
  | 'pending'
  | 'review'
  | 'idleQuestion'
  | 'saldo'
  | 'duration';

export const TRAY_TEXTS = defineCatalog<TrayTextKey>({
  nb: {
    start: 'Start arbeidsøkt',
    pause: 'Pause',
    resume: 'Fortsett',
    stop: 'Stopp',
    startAt: 'Start på et valgt tidspunkt…',
    stopAt: 'Stopp på et valgt tidspunkt…',
    changeStart: 'Endre starten…',
    open: 'Åpne Fyrabend',
    quit: 'Avslutt Fyrabend',
    today: 'I dag {duration}',
    agreedEnds: 'Avtalt arbeidstid slutter {time}',
    restFrom: 'Hvile fra {time}',
    next: 'Neste: {what} kl. {time}',
    'line.agreed-end-soon': 'avtalt arbeidstid slutter',
    'line.agreed-end': 'avtalt arbeidstid slutter',
    'line.availability-end': 'tilgjengeligheten slutter',
    'line.night-start': 'nattarbeid begynner',
    'line.sunday-start': 'søn- og helligdagstid begynner',
    'line.rest-latest-stop': 'stopp for døgnhvilen',
    'line.daily-normal-limit': 'normalarbeidstiden for dagen er nådd',
    'line.total-day-limit': 'grensen for samlet arbeidstid i dag',
    'line.weekly-normal-limit': 'normalarbeidstiden for uken er nådd',
    'line.weekly-overtime-limit': 'overtidsgrensen for uken',
    'line.break-due': 'pause (5,5 timer uten pause)',
    'line.long-break-due': 'mer pause (8 timer, 30 minutter i alt)',
    'line.overtime-break-due': 'pause utover normal arbeidstid (2 timer)',
    'line.weekly-rest-latest-stop': 'stopp for ukehvilen',
    'line.total-week-limit': '69 timer denne uken',
    idle: 'Ingen økt pågår',
    working: 'Arbeider siden {time}',
    paused: 'Pause siden {time}',
    outside: 'Utenfor avtalt arbeidstid',
    pending: 'Varsler som venter: {count}',
    review: 'Økter å se over: {count}',
    idleQuestion: 'Du var borte – hva skal tiden regnes som?',
    saldo: 'Fleksisaldo {value}',
    duration: (p) => (Number(p.h) > 0 ? `${p.h} t ${p.m} min` : `${p.m} min`),
  },
  nn: {
    start: 'Start arbeidsøkt',
    pause: 'Pause',
    resume: 'Hald fram',
    stop: 'Stopp',
    startAt: 'Start på eit valt tidspunkt…',
    stopAt: 'Stopp på eit valt tidspunkt…',
    changeStart: 'Endre starten…',
    open: 'Opne Fyrabend',
    quit: 'Avslutt Fyrabend',
    today: 'I dag {duration}',
    agreedEnds: 'Avtalt arbeidstid sluttar {time}',
    restFrom: 'Kvile frå {time}',
    next: 'Neste: {what} kl. {time}',
    'line.agreed-end-soon': 'avtalt arbeidstid sluttar',
    'line.agreed-end': 'avtalt arbeidstid sluttar',
    'line.availability-end': 'tilgjengetida sluttar',
    'line.night-start': 'nattarbeid byrjar',
    'line.sunday-start': 'sun- og heilagdagstid byrjar',
    'line.rest-latest-stop': 'stopp for døgnkvila',
    'line.daily-normal-limit': 'normalarbeidstida for dagen er nådd',
    'line.total-day-limit': 'grensa for samla arbeidstid i dag',
    'line.weekly-normal-limit': 'normalarbeidstida for veka er nådd',
    'line.weekly-overtime-limit': 'overtidsgrensa for veka',
    'line.break-due': 'pause (5,5 timar utan pause)',
    'line.long-break-due': 'meir pause (8 timar, 30 minutt i alt)',
    'line.overtime-break-due': 'pause utover normal arbeidstid (2 timar)',
    'line.weekly-rest-latest-stop': 'stopp for vekekvila',
    'line.total-week-limit': '69 timar denne veka',
    idle: 'Inga økt går',
    working: 'Arbeider sidan {time}',
    paused: 'Pause sidan {time}',
    outside: 'Utanfor avtalt arbeidstid',
    pending: 'Varsel som ventar: {count}',
    review: 'Økter å sjå over: {count}',
    idleQuestion: 'Du var borte – kva skal tida reknast som?',
    saldo: 'Fleksisaldo {value}',
    duration: (p) => (Number(p.h) > 0 ? `${p.h} t ${p.m} min` : `${p.m} min`),
  },
  en: {
    start: 'Start work session',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    startAt: 'Start at a chosen time…',
    stopAt: 'Stop at a chosen time…',
    changeStart: 'Change the start…',
    open: 'Open Fyrabend',
    quit: 'Quit Fyrabend',
    today: 'Today {duration}',
    agreedEnds: 'Agreed time ends {time}',
    restFrom: 'Rest from {time}',
    next: 'Next: {what} at {time}',
    'line.agreed-end-soon': 'agreed time ends',
    'line.agreed-end': 'agreed time ends',
    'line.availability-end': 'availability ends',
    'line.night-start': 'night work starts',
    'line.sunday-start': 'Sunday/holiday time starts',
    'line.rest-latest-stop': 'stop for daily rest',
    'line.daily-normal-limit': 'normal hours for the day reached',
    'line.total-day-limit': 'total limit for the day',
    'line.weekly-normal-limit': 'normal hours for the week reached',
    'line.weekly-overtime-limit': 'weekly overtime limit',
    'line.break-due': 'break (5.5 h without one)',
    'line.long-break-due': 'more break (8 h, 30 min in all)',
    'line.overtime-break-due': 'pause past normal hours (2 h)',
    'line.weekly-rest-latest-stop': 'stop for weekly rest',
    'line.total-week-limit': '69 h this week',
    idle: 'No session running',
    working: 'Working since {time}',
    paused: 'Paused since {time}',
    outside: 'Outside agreed working time',
    pending: 'Warnings waiting: {count}',
    review: 'Sessions to review: {count}',
    idleQuestion: 'You were away – how should the time count?',
    saldo: 'Flexitime balance {value}',
    duration: (p) => (Number(p.h) > 0 ? `${p.h} h ${p.m} min` : `${p.m} min`),
  },
});
