/**
 * What is wrong in a bad exchange file (src/shared/formats), in bokmål, nynorsk and English. Each text
 * follows the JSON path it is about (`$.sessions[0].end mangler; forventet tekst`) and says what was
 * expected and, where it helps, how to fix it. JSON paths, field names, format names and values from the
 * file stay as they are: they are the file's own words.
 */
import type { Lang } from '../../core/model';
import { defineCatalog, type Entry, type Params } from './catalog';
import { counted } from './plural';

/** Problems tied to a place in the file (rendered after its JSON path). */
export type FormatProblemCode =
  | 'missing'
  | 'wrongType'
  | 'unknownFields'
  | 'wrongValue'
  | 'tooSmall'
  | 'tooBig'
  | 'notMultiple'
  | 'badForm'
  | 'notAllowed'
  | 'json.empty'
  | 'json.end'
  | 'json.at'
  | 'json.bad'
  | 'clock.from'
  | 'clock.to'
  | 'window.order'
  | 'averaging.order'
  | 'absence.hours'
  | 'absence.document'
  | 'absence.paid'
  | 'absence.span'
  | 'restDaily.min'
  | 'restDaily.max'
  | 'restWeekly.min'
  | 'restWeekly.max'
  | 'weeklyNormalHours'
  | 'nightWindow'
  | 'weeklyRestPeriodStart'
  | 'breakStretchGap'
  | 'overtimeYearStart'
  | 'zone'
  | 'absolutePath'
  | 'interval.order'
  | 'interval.week'
  | 'instant.noOffset'
  | 'instant.notRfc'
  | 'instant.notReal'
  | 'date'
  | 'summary.hours'
  | 'summary.wholeHours'
  | 'summary.halfHours'
  | 'summary.countMin'
  | 'summary.countMax'
  | 'summary.week'
  | 'summary.label'
  | 'summary.id'
  | 'summary.period'
  | 'summary.weeksMax'
  | 'summary.weeks'
  | 'summary.tooLarge'
  | 'summary.truncated'
  | 'summary.version'
  | 'summary.otherFormat'
  | 'summary.noFormat'
  | 'invite.format'
  | 'invite.contact';

/** Texts around the problems: "and n more", a skipped file, and a file that cannot be opened at all. */
export type FileTextKey = 'more' | 'skipped' | 'file.sessions' | 'file.agreement' | 'file.groups' | 'io.ENOENT' | 'io.EISDIR' | 'io.EACCES' | 'io.other' | 'io.checkPath';

export type FormatTextKey = FormatProblemCode | FileTextKey;

/**
 * Parameters of the generic problems: `expected` is a zod type name (string, number, int, boolean, array,
 * tuple, object, record, …); `gotKind` (null, array, text, object, number, boolean, other) and `gotValue`
 * describe what the file had; `values` is the allowed values as JSON joined by ", ", `count` how many;
 * `origin` (number, string, array) and `minimum`/`maximum` come with tooSmall/tooBig.
 */
interface Words {
  readonly type: Readonly<Record<string, string>>;
  readonly got: (kind: string, value: string) => string;
  readonly oneOf: (values: string, count: number) => string;
  readonly bytes: (n: number) => string;
}

const bytesIn = (decimal: string) => (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', decimal)} MB` : `${Math.ceil(n / 1024)} kB`);

const WORDS: Readonly<Record<Lang, Words>> = {
  nb: {
    type: { string: 'tekst', number: 'et tall', int: 'et heltall', boolean: 'true eller false', array: 'en liste', tuple: 'en liste', object: 'et objekt', record: 'et objekt', null: 'null' },
    got: (kind, value) => ({ null: 'null', array: 'en liste', text: `teksten ${value}`, object: 'et objekt', number: `tallet ${value}`, boolean: value })[kind] ?? value,
    oneOf: (values, count) => (count === 1 ? values : `en av ${values}`),
    bytes: bytesIn(','),
  },
  nn: {
    type: { string: 'tekst', number: 'eit tal', int: 'eit heiltal', boolean: 'true eller false', array: 'ei liste', tuple: 'ei liste', object: 'eit objekt', record: 'eit objekt', null: 'null' },
    got: (kind, value) => ({ null: 'null', array: 'ei liste', text: `teksten ${value}`, object: 'eit objekt', number: `talet ${value}`, boolean: value })[kind] ?? value,
    oneOf: (values, count) => (count === 1 ? values : `ein av ${values}`),
    bytes: bytesIn(','),
  },
  en: {
    type: { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', tuple: 'a list', object: 'an object', record: 'an object', null: 'null' },
    got: (kind, value) => ({ null: 'null', array: 'a list', text: `the text ${value}`, object: 'an object', number: `the number ${value}`, boolean: value })[kind] ?? value,
    oneOf: (values, count) => (count === 1 ? values : `one of ${values}`),
    bytes: bytesIn('.'),
  },
};

const s = (p: Params, k: string): string => String(p[k] ?? '');
const n = (p: Params, k: string): number => Number(p[k] ?? 0);
const typeName = (w: Words, p: Params): string => w.type[s(p, 'expected')] ?? s(p, 'expected');
const got = (w: Words, p: Params): string => w.got(s(p, 'gotKind'), s(p, 'gotValue'));
const wanted = (w: Words, p: Params): string => (p.values !== undefined ? w.oneOf(s(p, 'values'), n(p, 'count')) : typeName(w, p));

/** Entries that differ only in their words per language. */
function generic(lang: Lang): Record<'missing' | 'wrongType' | 'wrongValue' | 'summary.tooLarge', Entry> {
  const w = WORDS[lang];
  const t = {
    nb: { missing: 'mangler; forventet', is: (x: string, y: string) => `skal være ${x}, men er ${y}`, large: (a: string, b: string) => `er ${a}, større enn de ${b} et sammendrag kan være; det er ikke et Fyrabend-sammendrag` },
    nn: { missing: 'manglar; venta', is: (x: string, y: string) => `skal vere ${x}, men er ${y}`, large: (a: string, b: string) => `er ${a}, større enn dei ${b} eit samandrag kan vere; det er ikkje eit Fyrabend-samandrag` },
    en: { missing: 'is missing; expected', is: (x: string, y: string) => `expected ${x}, got ${y}`, large: (a: string, b: string) => `is ${a}, larger than the ${b} a summary can be; it is not a Fyrabend summary` },
  }[lang];
  return {
    missing: (p) => `${t.missing} ${wanted(w, p)}`,
    wrongType: (p) => t.is(typeName(w, p), got(w, p)),
    wrongValue: (p) => t.is(wanted(w, p), got(w, p)),
    'summary.tooLarge': (p) => t.large(w.bytes(n(p, 'size')), w.bytes(n(p, 'max'))),
  };
}

const bound = (texts: { number: string; string: string; array: string; other: string }) => (p: Params) => {
  const origin = s(p, 'origin');
  const text = origin === 'number' || origin === 'string' || origin === 'array' ? texts[origin] : texts.other;
  return text.replace('{limit}', s(p, 'limit'));
};

export const FORMAT_PROBLEM_TEXTS = defineCatalog<FormatTextKey>({
  nb: {
    ...generic('nb'),
    unknownFields: counted('nb', 'count', { one: 'har et ukjent felt {fields}; fjern det eller rett stavemåten', other: 'har ukjente felt {fields}; fjern dem eller rett stavemåten' }),
    tooSmall: bound({ number: 'må være minst {limit}', string: 'er for kort; skriv minst {limit} tegn', array: 'har for få elementer; minst {limit}', other: 'er for lite; minst {limit}' }),
    tooBig: bound({ number: 'må være høyst {limit}', string: 'er for lang; skriv høyst {limit} tegn', array: 'har for mange elementer; høyst {limit}', other: 'er for stort; høyst {limit}' }),
    notMultiple: 'må være et multiplum av {divisor}',
    badForm: 'har ikke riktig form; se formatbeskrivelsen',
    notAllowed: 'har en verdi som ikke er tillatt her; se formatbeskrivelsen',
    'json.empty': 'er tom; forventet en Fyrabend-fil i JSON',
    'json.end': 'er ikke gyldig JSON: filen slutter midt i; sjekk at hele filen er med',
    'json.at': 'er ikke gyldig JSON: feil på linje {line}, kolonne {column}; sjekk at filen er en Fyrabend-fil i JSON og ikke er avkortet',
    'json.bad': 'er ikke gyldig JSON; sjekk at filen er en Fyrabend-fil i JSON og ikke er avkortet',
    'clock.from': 'skal være et klokkeslett TT:MM fra 00:00 til 23:59, for eksempel "08:00"',
    'clock.to': 'skal være et klokkeslett TT:MM fra 00:01 til 24:00, for eksempel "16:00"',
    'window.order': 'må begynne før det slutter (bruk "24:00" for midnatt; del et tidsrom som går over midnatt i to)',
    'averaging.order': 'er før `from`; sluttdatoen må være samme dag som eller etter startdatoen',
    'absence.hours': 'skal være timene fraværet varer hver dag, mer enn 0 og høyst 24 (la feltet stå tomt for hele dager)',
    'absence.document': 'gjelder bare `sykdom` og `sykt-barn`; fjern feltet for andre fravær',
    'absence.paid': 'gjelder bare `permisjon`; fjern feltet for andre fravær',
    'absence.span': 'gir et fravær på over 366 dager; del det opp i flere perioder',
    'restDaily.min': 'må være 8 til 11 timer (AML § 10-8 (3))',
    'restDaily.max': 'må være 8 til 11 timer (AML § 10-8 (1),(3))',
    'restWeekly.min': 'må være 28 til 35 timer (AML § 10-8 (3))',
    'restWeekly.max': 'må være 28 til 35 timer (AML § 10-8 (2),(3))',
    weeklyNormalHours: 'skal være 40, 38 eller 36 (AML § 10-4)',
    nightWindow: 'må vare minst 8 timer og omfatte 00:00–06:00 (AML § 10-11 (1))',
    weeklyRestPeriodStart: 'skal være en ukedag og et klokkeslett, for eksempel "mon 00:00" eller "sat 17:00" (mon, tue, wed, thu, fri, sat, sun)',
    breakStretchGap: 'skal være et helt antall minutter fra 15 til 720, for eksempel 120',
    overtimeYearStart: 'skal være MM-DD med en dag fra 01 til 28, for eksempel "01-01"',
    zone: 'skal være en IANA-tidssone, for eksempel "Europe/Oslo"',
    absolutePath: 'skal være en hel sti fra begynnelsen, for eksempel "/home/kari/Fyrabend" eller "C:\\Users\\kari\\Fyrabend"',
    'interval.order': 'er før eller lik `start`; `end` må være etter `start`',
    'interval.week': 'er mer enn 7 døgn etter `start`; en økt kan vare høyst 7 døgn, så del den opp eller rett klokkeslettet',
    'instant.noOffset': 'er et lokalt klokkeslett uten UTC-forskyvning ({text}); legg den til, for eksempel {example}, fordi samme klokkeslett kan bety to tidspunkter natten klokka stilles',
    'instant.notRfc': 'skal være et tidspunkt med UTC-forskyvning (RFC 3339), for eksempel 2026-03-10T20:00:00+01:00, men er {text}',
    'instant.notReal': 'er ikke en dato og et klokkeslett som finnes ({text}); sjekk dag, måned og klokkeslett',
    date: 'skal være en dato ÅÅÅÅ-MM-DD, for eksempel "2026-01-01"',
    'summary.hours': 'skal være et antall timer fra 0 til 168',
    'summary.wholeHours': 'skal være avrundet til hele timer',
    'summary.halfHours': 'skal være avrundet til halve timer',
    'summary.countMin': 'skal være et antall funn på minst 1',
    'summary.countMax': 'skal være et antall funn på høyst 10000',
    'summary.week': 'skal være en ISO-uke som "2026-W47"',
    'summary.label': 'skal være et gruppenavn fra den oppsatte listen (bokstaver, sifre og enkel tegnsetting, høyst 60 tegn)',
    'summary.id': 'skal være en tilfeldig id (UUID)',
    'summary.period': 'skal være en måned som "2026-11" eller et kvartal som "2026-Q4"',
    'summary.weeksMax': 'skal ha høyst 14 uker (ett kvartal)',
    'summary.weeks': 'skal inneholde nøyaktig ISO-ukene i {period} i rekkefølge ({first} til {last})',
    'summary.truncated': 'er ikke fullstendig JSON: filen er avkortet eller skadet; be om å få den eksportert på nytt',
    'summary.version': 'er "{got}", en versjon denne utgaven av Fyrabend ikke kan lese; forventet "{expected}" (oppdater Fyrabend)',
    'summary.otherFormat': 'er "{got}"; forventet "{expected}", så dette er ikke et Fyrabend-sammendrag',
    'summary.noFormat': 'mangler; forventet "{expected}", så dette er ikke et Fyrabend-sammendrag',
    'invite.format': 'er {got}; forventet "{expected}", så dette er ikke en invitasjon fra en tillitsvalgt',
    'invite.contact': 'skal være kontaktteksten til den tillitsvalgte: 1 til 500 tegn, uten kontrolltegn',
    more: (p) => (n(p, 'n') === 1 ? '(og 1 problem til)' : `(og ${n(p, 'n')} problemer til)`),
    skipped: 'hoppet over',
    'file.sessions': 'øktfilen {file}',
    'file.agreement': 'avtalefilen {file}',
    'file.groups': 'gruppelistefilen {file}',
    'io.ENOENT': 'finnes ikke',
    'io.EISDIR': 'er en mappe, ikke en fil',
    'io.EACCES': 'kan ikke leses (ingen tilgang)',
    'io.other': 'kan ikke leses',
    'io.checkPath': 'sjekk stien',
  },
  nn: {
    ...generic('nn'),
    unknownFields: counted('nn', 'count', { one: 'har eit ukjent felt {fields}; fjern det eller rett stavemåten', other: 'har ukjende felt {fields}; fjern dei eller rett stavemåten' }),
    tooSmall: bound({ number: 'må vere minst {limit}', string: 'er for kort; skriv minst {limit} teikn', array: 'har for få element; minst {limit}', other: 'er for lite; minst {limit}' }),
    tooBig: bound({ number: 'må vere høgst {limit}', string: 'er for lang; skriv høgst {limit} teikn', array: 'har for mange element; høgst {limit}', other: 'er for stort; høgst {limit}' }),
    notMultiple: 'må vere eit multiplum av {divisor}',
    badForm: 'har ikkje rett form; sjå formatskildringa',
    notAllowed: 'har ein verdi som ikkje er tillaten her; sjå formatskildringa',
    'json.empty': 'er tom; venta ei Fyrabend-fil i JSON',
    'json.end': 'er ikkje gyldig JSON: fila sluttar midt i; sjekk at heile fila er med',
    'json.at': 'er ikkje gyldig JSON: feil på linje {line}, kolonne {column}; sjekk at fila er ei Fyrabend-fil i JSON og ikkje er avkorta',
    'json.bad': 'er ikkje gyldig JSON; sjekk at fila er ei Fyrabend-fil i JSON og ikkje er avkorta',
    'clock.from': 'skal vere eit klokkeslett TT:MM frå 00:00 til 23:59, til dømes "08:00"',
    'clock.to': 'skal vere eit klokkeslett TT:MM frå 00:01 til 24:00, til dømes "16:00"',
    'window.order': 'må byrje før det sluttar (bruk "24:00" for midnatt; del eit tidsrom som går over midnatt i to)',
    'averaging.order': 'er før `from`; sluttdatoen må vere same dag som eller etter startdatoen',
    'absence.hours': 'skal vere timane fråværet varer kvar dag, meir enn 0 og høgst 24 (la feltet stå tomt for heile dagar)',
    'absence.document': 'gjeld berre `sykdom` og `sykt-barn`; fjern feltet for anna fråvær',
    'absence.paid': 'gjeld berre `permisjon`; fjern feltet for anna fråvær',
    'absence.span': 'gjev eit fråvær på over 366 dagar; del det opp i fleire periodar',
    'restDaily.min': 'må vere 8 til 11 timar (AML § 10-8 (3))',
    'restDaily.max': 'må vere 8 til 11 timar (AML § 10-8 (1),(3))',
    'restWeekly.min': 'må vere 28 til 35 timar (AML § 10-8 (3))',
    'restWeekly.max': 'må vere 28 til 35 timar (AML § 10-8 (2),(3))',
    weeklyNormalHours: 'skal vere 40, 38 eller 36 (AML § 10-4)',
    nightWindow: 'må vare minst 8 timar og omfatte 00:00–06:00 (AML § 10-11 (1))',
    weeklyRestPeriodStart: 'skal vere ein vekedag og eit klokkeslett, til dømes "mon 00:00" eller "sat 17:00" (mon, tue, wed, thu, fri, sat, sun)',
    breakStretchGap: 'skal vere eit heilt tal minutt frå 15 til 720, til dømes 120',
    overtimeYearStart: 'skal vere MM-DD med ein dag frå 01 til 28, til dømes "01-01"',
    zone: 'skal vere ei IANA-tidssone, til dømes "Europe/Oslo"',
    absolutePath: 'skal vere ein heil sti frå byrjinga, til dømes "/home/kari/Fyrabend" eller "C:\\Users\\kari\\Fyrabend"',
    'interval.order': 'er før eller lik `start`; `end` må vere etter `start`',
    'interval.week': 'er meir enn 7 døgn etter `start`; ei økt kan vare i høgst 7 døgn, så del ho opp eller rett klokkeslettet',
    'instant.noOffset': 'er eit lokalt klokkeslett utan UTC-forskyving ({text}); legg ho til, til dømes {example}, fordi same klokkeslett kan tyde to tidspunkt natta klokka blir stilt',
    'instant.notRfc': 'skal vere eit tidspunkt med UTC-forskyving (RFC 3339), til dømes 2026-03-10T20:00:00+01:00, men er {text}',
    'instant.notReal': 'er ikkje ein dato og eit klokkeslett som finst ({text}); sjekk dag, månad og klokkeslett',
    date: 'skal vere ein dato ÅÅÅÅ-MM-DD, til dømes "2026-01-01"',
    'summary.hours': 'skal vere eit tal timar frå 0 til 168',
    'summary.wholeHours': 'skal vere avrunda til heile timar',
    'summary.halfHours': 'skal vere avrunda til halve timar',
    'summary.countMin': 'skal vere eit tal funn på minst 1',
    'summary.countMax': 'skal vere eit tal funn på høgst 10000',
    'summary.week': 'skal vere ei ISO-veke som "2026-W47"',
    'summary.label': 'skal vere eit gruppenamn frå den oppsette lista (bokstavar, siffer og enkel teiknsetjing, høgst 60 teikn)',
    'summary.id': 'skal vere ein tilfeldig id (UUID)',
    'summary.period': 'skal vere ein månad som "2026-11" eller eit kvartal som "2026-Q4"',
    'summary.weeksMax': 'skal ha høgst 14 veker (eitt kvartal)',
    'summary.weeks': 'skal innehalde nøyaktig ISO-vekene i {period} i rekkjefølgje ({first} til {last})',
    'summary.truncated': 'er ikkje fullstendig JSON: fila er avkorta eller skadd; be om å få ho eksportert på nytt',
    'summary.version': 'er "{got}", ein versjon denne utgåva av Fyrabend ikkje kan lese; venta "{expected}" (oppdater Fyrabend)',
    'summary.otherFormat': 'er "{got}"; venta "{expected}", så dette er ikkje eit Fyrabend-samandrag',
    'summary.noFormat': 'manglar; venta "{expected}", så dette er ikkje eit Fyrabend-samandrag',
    'invite.format': 'er {got}; venta "{expected}", så dette er ikkje ein invitasjon frå ein tillitsvald',
    'invite.contact': 'skal vere kontaktteksten til den tillitsvalde: 1 til 500 teikn, utan kontrollteikn',
    more: (p) => `(og ${n(p, 'n')} problem til)`,
    skipped: 'hoppa over',
    'file.sessions': 'øktfila {file}',
    'file.agreement': 'avtalefila {file}',
    'file.groups': 'gruppelistefila {file}',
    'io.ENOENT': 'finst ikkje',
    'io.EISDIR': 'er ei mappe, ikkje ei fil',
    'io.EACCES': 'kan ikkje lesast (inga tilgang)',
    'io.other': 'kan ikkje lesast',
    'io.checkPath': 'sjekk stien',
  },
  en: {
    ...generic('en'),
    unknownFields: counted('en', 'count', { one: 'has an unknown field {fields}; remove it or correct the spelling', other: 'has unknown fields {fields}; remove them or correct the spelling' }),
    tooSmall: bound({ number: 'must be at least {limit}', string: 'is too short; write at least {limit} characters', array: 'has too few entries; at least {limit}', other: 'is too small; at least {limit}' }),
    tooBig: bound({ number: 'must be at most {limit}', string: 'is too long; write at most {limit} characters', array: 'has too many entries; at most {limit}', other: 'is too large; at most {limit}' }),
    notMultiple: 'must be a multiple of {divisor}',
    badForm: 'does not have the right form; see the format description',
    notAllowed: 'has a value that is not allowed here; see the format description',
    'json.empty': 'is empty; expected a Fyrabend JSON file',
    'json.end': 'is not valid JSON: the file ends in the middle; check that the whole file is there',
    'json.at': 'is not valid JSON: error at line {line}, column {column}; check the file is a Fyrabend JSON file and not truncated',
    'json.bad': 'is not valid JSON; check the file is a Fyrabend JSON file and not truncated',
    'clock.from': 'expected a local time HH:MM from 00:00 to 23:59, such as "08:00"',
    'clock.to': 'expected a local time HH:MM from 00:01 to 24:00, such as "16:00"',
    'window.order': 'must start before it ends (use "24:00" for midnight; split a window that crosses midnight in two)',
    'averaging.order': 'is before `from`; the end date must be on or after the start date',
    'absence.hours': 'must be the hours the absence lasts each day, more than 0 and at most 24 (leave it out for full days)',
    'absence.document': 'applies only to `sykdom` and `sykt-barn`; leave it out for other absences',
    'absence.paid': 'applies only to `permisjon`; leave it out for other absences',
    'absence.span': 'makes an absence of more than 366 days; split it into several periods',
    'restDaily.min': 'must be 8 to 11 hours (AML § 10-8 (3))',
    'restDaily.max': 'must be 8 to 11 hours (AML § 10-8 (1),(3))',
    'restWeekly.min': 'must be 28 to 35 hours (AML § 10-8 (3))',
    'restWeekly.max': 'must be 28 to 35 hours (AML § 10-8 (2),(3))',
    weeklyNormalHours: 'expected 40, 38 or 36 (AML § 10-4)',
    nightWindow: 'must last at least 8 hours and include 00:00–06:00 (AML § 10-11 (1))',
    weeklyRestPeriodStart: 'must be a weekday and a time, for example "mon 00:00" or "sat 17:00" (mon, tue, wed, thu, fri, sat, sun)',
    breakStretchGap: 'must be a whole number of minutes from 15 to 720, for example 120',
    overtimeYearStart: 'expected MM-DD with a day from 01 to 28, such as "01-01"',
    zone: 'expected an IANA time zone such as "Europe/Oslo"',
    absolutePath: 'expected a full path from the start, such as "/home/kari/Fyrabend" or "C:\\Users\\kari\\Fyrabend"',
    'interval.order': 'ends before or when it starts; `end` must be after `start`',
    'interval.week': 'is more than 7 days after `start`; a session can last at most 7 days, so split it or correct the time',
    'instant.noOffset': 'is a local time without offset ({text}); add the UTC offset, e.g. {example}, because the same clock time can mean two instants on the night clocks change',
    'instant.notRfc': 'expected an RFC 3339 time with offset such as 2026-03-10T20:00:00+01:00, got {text}',
    'instant.notReal': 'is not a real date and time ({text}); check the day, month and clock time',
    date: 'expected a date YYYY-MM-DD, such as "2026-01-01"',
    'summary.hours': 'expected a number of hours from 0 to 168',
    'summary.wholeHours': 'expected hours rounded to whole hours',
    'summary.halfHours': 'expected hours rounded to half hours',
    'summary.countMin': 'expected a count of findings of at least 1',
    'summary.countMax': 'expected a count of findings of at most 10000',
    'summary.week': 'expected an ISO week label such as "2026-W47"',
    'summary.label': 'expected a group label from the configured list (letters, digits and simple punctuation, at most 60 characters)',
    'summary.id': 'expected a random id (UUID)',
    'summary.period': 'expected a month such as "2026-11" or a quarter such as "2026-Q4"',
    'summary.weeksMax': 'expected at most 14 weeks (one quarter)',
    'summary.weeks': 'expected exactly the ISO weeks of {period} in order ({first} to {last})',
    'summary.truncated': 'is not complete JSON: the file is truncated or damaged; ask for it to be exported again',
    'summary.version': 'is "{got}", a version this Fyrabend cannot read; expected "{expected}" (update Fyrabend)',
    'summary.otherFormat': 'is "{got}"; expected "{expected}", so this is not a Fyrabend summary',
    'summary.noFormat': 'is missing; expected "{expected}", so this is not a Fyrabend summary',
    'invite.format': 'is {got}; expected "{expected}", so this is not an invitation from a union representative',
    'invite.contact': 'expected the representative\'s contact text: 1 to 500 characters, no control characters',
    more: (p) => (n(p, 'n') === 1 ? '(and 1 more problem)' : `(and ${n(p, 'n')} more problems)`),
    skipped: 'skipped',
    'file.sessions': 'the sessions file {file}',
    'file.agreement': 'the agreement file {file}',
    'file.groups': 'the group lists file {file}',
    'io.ENOENT': 'does not exist',
    'io.EISDIR': 'is a folder, not a file',
    'io.EACCES': 'cannot be read (permission denied)',
    'io.other': 'cannot be read',
    'io.checkPath': 'check the path',
  },
});
