/** What the session-log commands (start, pause, resume, stop, status, log, import, export sessions, backup, restore) say, in nb, nn and en. */
import type { Lang } from '../core/model';
import { defineCatalog, translate, type Params } from '../shared/i18n/catalog';
import { counted, plural } from '../shared/i18n/plural';

const num = (p: Params, k: string): number => Number(p[k] ?? 0);

const en = {
  started: 'Started at {time} ({kind}, {location}).',
  paused: 'Paused at {time}. Saved {start}–{end} ({duration}).',
  'paused-empty': 'Paused at {time}.',
  resumed: 'Resumed at {time}.',
  stopped: 'Stopped at {time}. Saved {start}–{end} ({duration}).',
  'stopped-paused': 'Stopped. The session was already saved when it was paused.',
  recovered: 'Recovered: saved {start}–{end} ({duration}), marked for review.',
  'idle-kept': 'The time away counts as work; tracking continues from {time}.',
  'idle-break': 'The time away is a break; tracking continues from {time}.',
  'idle-discarded': 'The time away was discarded; the tracker is stopped.',
  'status-stopped': 'Not tracking.',
  'status-running': 'Tracking since {start} ({duration}, {kind}, {location}).',
  'status-paused': 'Paused since {since}.',
  'status-today': 'Today: {duration} recorded.',
  'status-review': counted('en', 'count', { one: '{count} session needs your review (see "fyrabend log").', other: '{count} sessions need your review (see "fyrabend log").' }),
  'log-empty': 'No sessions from {from} to {to}.',
  'log-review': 'review',
  imported: (p: Params) =>
    `Imported ${plural('en', num(p, 'added'), { one: '{n} session', other: '{n} sessions' })}; ${plural('en', num(p, 'skipped'), { one: '{n} was', other: '{n} were' })} already in the log.`,
  'imported-agreement': 'Saved the agreement valid from {validFrom}.',
  'import-problems': counted('en', 'count', { one: '{file}: {count} problem; nothing was imported:', other: '{file}: {count} problems; nothing was imported:' }),
  'import-overlap': 'overlaps the recorded session {start}–{end}; remove it from the file or correct the log first',
  'import-overlap-file': 'overlaps {other} in the same file',
  'problems-more': counted('en', 'count', {
    one: '… and {count} more problem not shown; fix these first and run the command again',
    other: '… and {count} more problems not shown; fix these first and run the command again',
  }),
  'agreement-too-large': '{file} is {size} bytes; an agreement file may be at most {max} bytes (1 MB), so it was not imported',
  'import-unknown': 'is not a Fyrabend sessions, agreement or absence file: "format" must be "fyrabend.sessions/1", "fyrabend.agreement/1" or "fyrabend.absence/1"',
  exported: counted('en', 'count', { one: 'Wrote {count} session to {file}.', other: 'Wrote {count} sessions to {file}.' }),
  'backup-made': 'Backup written to {file}.',
  restored: 'Restored the database from {file}.',
  'restored-previous': 'The previous database was kept as {previous}.',
  'bad-option': '--{name} must be one of {allowed}, not "{value}"',
  'bad-instant': '--{name} must be a date and time with offset like 2026-03-10T16:30:00+01:00, not "{value}"',
  'bad-at': '--at must be a time today like 07:45, or a date and time with offset like 2026-03-10T07:45:00+01:00, not "{value}"',
  'bad-date': '--{name} must be a date like 2026-03-10, not "{value}"',
  'no-such-date': '--{name} {value} is not a day in the calendar; give a real date from the years {min}–{max}, such as 2026-02-28',
  'bad-zone': '{from} must be an IANA time zone such as Europe/Oslo or America/New_York, not "{value}"',
  'missing-file': 'give the file to {what}, e.g. fyrabend {what} FILE',
  'cannot-read': 'cannot read {file}: {detail}',
  'cannot-write': 'cannot write {file}: {detail}',
};
type Key = keyof typeof en;

export const SESSION_TEXTS = defineCatalog<Key>({
  en,
  nb: {
    started: 'Startet {time} ({kind}, {location}).',
    paused: 'Pause fra {time}. Lagret {start}–{end} ({duration}).',
    'paused-empty': 'Pause fra {time}.',
    resumed: 'Fortsatte {time}.',
    stopped: 'Stoppet {time}. Lagret {start}–{end} ({duration}).',
    'stopped-paused': 'Stoppet. Økten ble allerede lagret da den ble pauset.',
    recovered: 'Gjenopprettet: lagret {start}–{end} ({duration}), merket for gjennomgang.',
    'idle-kept': 'Tiden borte regnes som arbeid; registreringen fortsetter fra {time}.',
    'idle-break': 'Tiden borte er pause; registreringen fortsetter fra {time}.',
    'idle-discarded': 'Tiden borte ble forkastet; registreringen er stoppet.',
    'status-stopped': 'Registrerer ikke.',
    'status-running': 'Registrerer siden {start} ({duration}, {kind}, {location}).',
    'status-paused': 'Pause siden {since}.',
    'status-today': 'I dag: {duration} registrert.',
    'status-review': counted('nb', 'count', { one: '{count} økt må gjennomgås (se «fyrabend log»).', other: '{count} økter må gjennomgås (se «fyrabend log»).' }),
    'log-empty': 'Ingen økter fra {from} til {to}.',
    'log-review': 'gjennomgå',
    imported: (p) => `Importerte ${plural('nb', num(p, 'added'), { one: '{n} økt', other: '{n} økter' })}; ${num(p, 'skipped')} fantes allerede i loggen.`,
    'imported-agreement': 'Lagret avtalen som gjelder fra {validFrom}.',
    'import-problems': counted('nb', 'count', { one: '{file}: {count} problem; ingenting ble importert:', other: '{file}: {count} problemer; ingenting ble importert:' }),
    'import-overlap': 'overlapper den registrerte økten {start}–{end}; fjern den fra filen eller rett loggen først',
    'import-overlap-file': 'overlapper {other} i samme fil',
    'problems-more': counted('nb', 'count', {
      one: '… og {count} problem til som ikke er vist; rett dette først og kjør kommandoen på nytt',
      other: '… og {count} problemer til som ikke er vist; rett disse først og kjør kommandoen på nytt',
    }),
    'agreement-too-large': '{file} er på {size} byte; en avtalefil kan være høyst {max} byte (1 MB), så den ble ikke importert',
    'import-unknown': 'er ikke en Fyrabend-fil med økter, avtale eller fravær: "format" må være "fyrabend.sessions/1", "fyrabend.agreement/1" eller "fyrabend.absence/1"',
    exported: counted('nb', 'count', { one: 'Skrev {count} økt til {file}.', other: 'Skrev {count} økter til {file}.' }),
    'backup-made': 'Sikkerhetskopi skrevet til {file}.',
    restored: 'Gjenopprettet databasen fra {file}.',
    'restored-previous': 'Den forrige databasen er tatt vare på som {previous}.',
    'bad-option': '--{name} må være en av {allowed}, ikke «{value}»',
    'bad-instant': '--{name} må være dato og klokkeslett med tidssone, f.eks. 2026-03-10T16:30:00+01:00, ikke «{value}»',
    'bad-at': '--at må være et klokkeslett i dag som 07:45, eller dato og klokkeslett med tidssone som 2026-03-10T07:45:00+01:00, ikke «{value}»',
    'bad-date': '--{name} må være en dato som 2026-03-10, ikke «{value}»',
    'no-such-date': '--{name} {value} finnes ikke i kalenderen; oppgi en virkelig dato i årene {min}–{max}, for eksempel 2026-02-28',
    'bad-zone': '{from} må være en IANA-tidssone som Europe/Oslo eller America/New_York, ikke «{value}»',
    'missing-file': 'oppgi filen, f.eks. fyrabend {what} FIL',
    'cannot-read': 'kan ikke lese {file}: {detail}',
    'cannot-write': 'kan ikke skrive {file}: {detail}',
  },
  nn: {
    started: 'Starta {time} ({kind}, {location}).',
    paused: 'Pause frå {time}. Lagra {start}–{end} ({duration}).',
    'paused-empty': 'Pause frå {time}.',
    resumed: 'Held fram {time}.',
    stopped: 'Stoppa {time}. Lagra {start}–{end} ({duration}).',
    'stopped-paused': 'Stoppa. Økta vart allereie lagra då ho vart pausa.',
    recovered: 'Gjenoppretta: lagra {start}–{end} ({duration}), merkt for gjennomgang.',
    'idle-kept': 'Tida borte vert rekna som arbeid; registreringa held fram frå {time}.',
    'idle-break': 'Tida borte er pause; registreringa held fram frå {time}.',
    'idle-discarded': 'Tida borte vart forkasta; registreringa er stoppa.',
    'status-stopped': 'Registrerer ikkje.',
    'status-running': 'Registrerer sidan {start} ({duration}, {kind}, {location}).',
    'status-paused': 'Pause sidan {since}.',
    'status-today': 'I dag: {duration} registrert.',
    'status-review': counted('nn', 'count', { one: '{count} økt må gjennomgåast (sjå «fyrabend log»).', other: '{count} økter må gjennomgåast (sjå «fyrabend log»).' }),
    'log-empty': 'Ingen økter frå {from} til {to}.',
    'log-review': 'gå gjennom',
    imported: (p) => `Importerte ${plural('nn', num(p, 'added'), { one: '{n} økt', other: '{n} økter' })}; ${num(p, 'skipped')} fanst allereie i loggen.`,
    'imported-agreement': 'Lagra avtalen som gjeld frå {validFrom}.',
    'import-problems': '{file}: {count} problem; ingenting vart importert:',
    'import-overlap': 'overlappar den registrerte økta {start}–{end}; fjern ho frå fila eller rett loggen først',
    'import-overlap-file': 'overlappar {other} i same fil',
    'problems-more': counted('nn', 'count', {
      one: '… og {count} problem til som ikkje er vist; rett det først og køyr kommandoen på nytt',
      other: '… og {count} problem til som ikkje er viste; rett desse først og køyr kommandoen på nytt',
    }),
    'agreement-too-large': '{file} er på {size} byte; ei avtalefil kan vere på høgst {max} byte (1 MB), så ho vart ikkje importert',
    'import-unknown': 'er ikkje ei Fyrabend-fil med økter, avtale eller fråvær: "format" må vere "fyrabend.sessions/1", "fyrabend.agreement/1" eller "fyrabend.absence/1"',
    exported: counted('nn', 'count', { one: 'Skreiv {count} økt til {file}.', other: 'Skreiv {count} økter til {file}.' }),
    'backup-made': 'Tryggingskopi skriven til {file}.',
    restored: 'Gjenoppretta databasen frå {file}.',
    'restored-previous': 'Den førre databasen er teken vare på som {previous}.',
    'bad-option': '--{name} må vere ein av {allowed}, ikkje «{value}»',
    'bad-instant': '--{name} må vere dato og klokkeslett med tidssone, t.d. 2026-03-10T16:30:00+01:00, ikkje «{value}»',
    'bad-at': '--at må vere eit klokkeslett i dag som 07:45, eller dato og klokkeslett med tidssone som 2026-03-10T07:45:00+01:00, ikkje «{value}»',
    'bad-date': '--{name} må vere ein dato som 2026-03-10, ikkje «{value}»',
    'no-such-date': '--{name} {value} finst ikkje i kalenderen; gje ein verkeleg dato i åra {min}–{max}, til dømes 2026-02-28',
    'bad-zone': '{from} må vere ei IANA-tidssone som Europe/Oslo eller America/New_York, ikkje «{value}»',
    'missing-file': 'gje fila, t.d. fyrabend {what} FIL',
    'cannot-read': 'kan ikkje lese {file}: {detail}',
    'cannot-write': 'kan ikkje skrive {file}: {detail}',
  },
});

export function t(lang: Lang, key: Key, params: Params = {}): string {
  return translate(SESSION_TEXTS, lang, key, params);
}

const WORDS = {
  nb: { work: 'arbeid', 'on-call': 'beredskapsvakt', home: 'hjemme', office: 'kontoret', other: 'annet sted', h: 't' },
  nn: { work: 'arbeid', 'on-call': 'beredskapsvakt', home: 'heime', office: 'kontoret', other: 'anna stad', h: 't' },
  en: { work: 'work', 'on-call': 'on call', home: 'home', office: 'office', other: 'elsewhere', h: 'h' },
} as const;

export function word(lang: Lang, w: 'work' | 'on-call' | 'home' | 'office' | 'other'): string {
  return WORDS[lang][w];
}

/** A duration like "1 h 05 min" (en) or "1 t 05 min" (nb, nn). */
export function duration(lang: Lang, ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} ${WORDS[lang].h} ${String(m).padStart(2, '0')} min` : `${m} min`;
}
