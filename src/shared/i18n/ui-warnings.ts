/**
 * Texts of the warnings in the window (issue 4): pending warnings on the Today page, the overtime
 * reason form, and the idle question. Bokmål, nynorsk and English; kept apart from ui.ts.
 */
import { defineCatalog } from './catalog';

const nb = {
  'pending.title': 'Varsler som ikke ble vist',
  'pending.intro': 'Disse varslene kom mens «Ikke forstyrr» var på eller varslingen feilet. De blir her til du lukker dem.',
  'pending.since': 'fra {time}',
  'pending.cause.do-not-disturb': 'holdt tilbake: Ikke forstyrr',
  'pending.cause.not-shown': 'kunne ikke vises',
  'pending.snooze': 'Utsett 15 min',
  'pending.snoozeAria': 'Utsett 15 min: {title}',
  'pending.dismiss': 'Lukk',
  'pending.dismissAria': 'Lukk: {title}',
  'pending.record': 'Registrer grunn for overtid',
  'pending.stop': 'Stopp økten',
  'reason.title': 'Grunn for overtid',
  'reason.intro': 'Overtid er bare lov ved et særlig og tidsavgrenset behov (aml. § 10-6). Skriv kort hvorfor du jobber videre.',
  'reason.label': 'Grunn',
  'reason.hint': 'Én eller to setninger, høyst {max} tegn.',
  'reason.empty': 'Skriv en kort grunn, for eksempel «Produksjonsfeil som må rettes i kveld».',
  'reason.tooLong': 'Grunnen er for lang: {n} tegn. Korte den ned til høyst {max} tegn.',
  'reason.save': 'Lagre grunnen',
  'reason.saved': 'Grunnen er lagret sammen med økten.',
  'idle.title': 'Du var borte fra maskinen',
  'idle.body': 'Maskinen var uten bruk fra {from} til {to}. Hva skal den tiden telle som?',
  'idle.now': 'nå',
  'idle.keep': 'Behold som arbeid',
  'idle.discard': 'Fjern tiden',
  'idle.break': 'Marker som pause',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'pending.title': 'Varsel som ikkje vart viste',
  'pending.intro': 'Desse varsla kom medan «Ikkje forstyrr» var på eller varslinga feila. Dei blir her til du lukkar dei.',
  'pending.since': 'frå {time}',
  'pending.cause.do-not-disturb': 'halde tilbake: Ikkje forstyrr',
  'pending.cause.not-shown': 'kunne ikkje visast',
  'pending.snooze': 'Utset 15 min',
  'pending.snoozeAria': 'Utset 15 min: {title}',
  'pending.dismiss': 'Lukk',
  'pending.dismissAria': 'Lukk: {title}',
  'pending.record': 'Registrer grunn for overtid',
  'pending.stop': 'Stopp økta',
  'reason.title': 'Grunn for overtid',
  'reason.intro': 'Overtid er berre lov ved eit særleg og tidsavgrensa behov (aml. § 10-6). Skriv kort kvifor du jobbar vidare.',
  'reason.label': 'Grunn',
  'reason.hint': 'Éi eller to setningar, høgst {max} teikn.',
  'reason.empty': 'Skriv ein kort grunn, til dømes «Produksjonsfeil som må rettast i kveld».',
  'reason.tooLong': 'Grunnen er for lang: {n} teikn. Kort han ned til høgst {max} teikn.',
  'reason.save': 'Lagre grunnen',
  'reason.saved': 'Grunnen er lagra saman med økta.',
  'idle.title': 'Du var borte frå maskina',
  'idle.body': 'Maskina var utan bruk frå {from} til {to}. Kva skal den tida telje som?',
  'idle.now': 'no',
  'idle.keep': 'Behald som arbeid',
  'idle.discard': 'Fjern tida',
  'idle.break': 'Merk som pause',
};

const en: Record<Key, string> = {
  'pending.title': 'Warnings that were not shown',
  'pending.intro': 'These warnings came while do-not-disturb was on or the notification failed. They stay here until you dismiss them.',
  'pending.since': 'since {time}',
  'pending.cause.do-not-disturb': 'held back: do not disturb',
  'pending.cause.not-shown': 'could not be shown',
  'pending.snooze': 'Snooze 15 min',
  'pending.snoozeAria': 'Snooze 15 min: {title}',
  'pending.dismiss': 'Dismiss',
  'pending.dismissAria': 'Dismiss: {title}',
  'pending.record': 'Record overtime reason',
  'pending.stop': 'Stop the session',
  'reason.title': 'Reason for overtime',
  'reason.intro': 'Overtime is only allowed for an exceptional, time-limited need (AML § 10-6). Say briefly why you keep working.',
  'reason.label': 'Reason',
  'reason.hint': 'One or two sentences, at most {max} characters.',
  'reason.empty': 'Write a short reason, for example “Production fault that must be fixed tonight”.',
  'reason.tooLong': 'The reason is too long: {n} characters. Shorten it to at most {max}.',
  'reason.save': 'Save the reason',
  'reason.saved': 'The reason is saved with the session.',
  'idle.title': 'You were away from the computer',
  'idle.body': 'The computer was not in use from {from} to {to}. What should that time count as?',
  'idle.now': 'now',
  'idle.keep': 'Keep as work',
  'idle.discard': 'Discard the time',
  'idle.break': 'Mark as a break',
};

export const UI_WARNINGS = defineCatalog<Key>({ nb, nn, en });
export type UiWarningsKey = Key;
