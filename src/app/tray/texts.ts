/** Tray menu and tooltip texts in bokmål, nynorsk and English. */
import { defineCatalog } from '../../shared/i18n/catalog';

export type TrayTextKey =
  | 'start'
  | 'pause'
  | 'resume'
  | 'stop'
  | 'open'
  | 'quit'
  | 'today'
  | 'agreedEnds'
  | 'restFrom'
  | 'idle'
  | 'working'
  | 'paused'
  | 'outside'
  | 'pending'
  | 'review'
  | 'idleQuestion'
  | 'duration';

export const TRAY_TEXTS = defineCatalog<TrayTextKey>({
  nb: {
    start: 'Start arbeidsøkt',
    pause: 'Pause',
    resume: 'Fortsett',
    stop: 'Stopp',
    open: 'Åpne Fyrabend',
    quit: 'Avslutt Fyrabend',
    today: 'I dag {duration}',
    agreedEnds: 'Avtalt arbeidstid slutter {time}',
    restFrom: 'Hvile fra {time}',
    idle: 'Ingen økt pågår',
    working: 'Arbeider siden {time}',
    paused: 'Pause siden {time}',
    outside: 'Utenfor avtalt arbeidstid',
    pending: 'Varsler som venter: {count}',
    review: 'Økter å se over: {count}',
    idleQuestion: 'Du var borte – hva skal tiden regnes som?',
    duration: (p) => (Number(p.h) > 0 ? `${p.h} t ${p.m} min` : `${p.m} min`),
  },
  nn: {
    start: 'Start arbeidsøkt',
    pause: 'Pause',
    resume: 'Hald fram',
    stop: 'Stopp',
    open: 'Opne Fyrabend',
    quit: 'Avslutt Fyrabend',
    today: 'I dag {duration}',
    agreedEnds: 'Avtalt arbeidstid sluttar {time}',
    restFrom: 'Kvile frå {time}',
    idle: 'Inga økt går',
    working: 'Arbeider sidan {time}',
    paused: 'Pause sidan {time}',
    outside: 'Utanfor avtalt arbeidstid',
    pending: 'Varsel som ventar: {count}',
    review: 'Økter å sjå over: {count}',
    idleQuestion: 'Du var borte – kva skal tida reknast som?',
    duration: (p) => (Number(p.h) > 0 ? `${p.h} t ${p.m} min` : `${p.m} min`),
  },
  en: {
    start: 'Start work session',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    open: 'Open Fyrabend',
    quit: 'Quit Fyrabend',
    today: 'Today {duration}',
    agreedEnds: 'Agreed time ends {time}',
    restFrom: 'Rest from {time}',
    idle: 'No session running',
    working: 'Working since {time}',
    paused: 'Paused since {time}',
    outside: 'Outside agreed working time',
    pending: 'Warnings waiting: {count}',
    review: 'Sessions to review: {count}',
    idleQuestion: 'You were away – how should the time count?',
    duration: (p) => (Number(p.h) > 0 ? `${p.h} h ${p.m} min` : `${p.m} min`),
  },
});
