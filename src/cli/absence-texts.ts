/** Texts of `fyrabend absence …` and `export absence` (issue 15) in bokmål, nynorsk and English. */
import type { Lang } from '../core/model';
import type { AbsenceKind } from '../core/absence/model';
import { defineCatalog, translate, type Params } from '../shared/i18n/catalog';
import { counted } from '../shared/i18n/plural';
import { duration } from './session-texts';

type Key =
  | 'added' | 'changed' | 'removed' | 'none' | 'line' | 'part' | 'paid-value' | 'number' | 'saldo' | 'exported'
  | `kind.${AbsenceKind}`;

const CATALOG = defineCatalog<Key>({
  nb: {
    added: 'Fraværet er lagret (id {id}): {what}.',
    changed: 'Fraværet er endret (id {id}): {what}.',
    removed: 'Fraværet med id {id} er slettet.',
    none: 'Ikke noe fravær i perioden.',
    line: '{id}  {what}',
    part: ' ({hours} t hver dag)',
    'paid-value': '--paid skal være yes eller no, men er «{value}».',
    number: '--hours skal være et tall, for eksempel 3,5 eller 3.5, men er «{value}».',
    saldo: 'Fleksisaldo: {value}',
    exported: counted('nb', 'count', { one: '{count} fraværsperiode skrevet til {file}.', other: '{count} fraværsperioder skrevet til {file}.' }),
    'kind.ferie': 'ferie',
    'kind.sykdom': 'sykdom',
    'kind.sykt-barn': 'sykt barn',
    'kind.avspasering': 'avspasering',
    'kind.permisjon': 'permisjon',
    'kind.annet': 'annet fravær',
  },
  nn: {
    added: 'Fråværet er lagra (id {id}): {what}.',
    changed: 'Fråværet er endra (id {id}): {what}.',
    removed: 'Fråværet med id {id} er sletta.',
    none: 'Ikkje noko fråvær i perioden.',
    line: '{id}  {what}',
    part: ' ({hours} t kvar dag)',
    'paid-value': '--paid skal vere yes eller no, men er «{value}».',
    number: '--hours skal vere eit tal, til dømes 3,5 eller 3.5, men er «{value}».',
    saldo: 'Fleksisaldo: {value}',
    exported: counted('nn', 'count', { one: '{count} fråværsperiode skriven til {file}.', other: '{count} fråværsperiodar skrivne til {file}.' }),
    'kind.ferie': 'ferie',
    'kind.sykdom': 'sjukdom',
    'kind.sykt-barn': 'sjukt barn',
    'kind.avspasering': 'avspasering',
    'kind.permisjon': 'permisjon',
    'kind.annet': 'anna fråvær',
  },
  en: {
    added: 'The absence is saved (id {id}): {what}.',
    changed: 'The absence is changed (id {id}): {what}.',
    removed: 'The absence with id {id} is deleted.',
    none: 'No absence in the period.',
    line: '{id}  {what}',
    part: ' ({hours} h each day)',
    'paid-value': '--paid must be yes or no, but is "{value}".',
    number: '--hours must be a number, for example 3.5, but is "{value}".',
    saldo: 'Flexitime balance: {value}',
    exported: counted('en', 'count', { one: '{count} absence written to {file}.', other: '{count} absences written to {file}.' }),
    'kind.ferie': 'holiday',
    'kind.sykdom': 'sick leave',
    'kind.sykt-barn': 'sick child',
    'kind.avspasering': 'time off in lieu',
    'kind.permisjon': 'leave',
    'kind.annet': 'other absence',
  },
});

export function at(lang: Lang, key: Key, params?: Params): string {
  return translate(CATALOG, lang, key, params);
}

/** A signed balance of hours, in the CLI's own duration words (`+3 t 15 min`, `−45 min`). */
export function balanceText(hours: number, lang: Lang): string {
  const minutes = Math.round(hours * 60);
  const body = duration(lang, Math.abs(minutes) * 60_000);
  return minutes === 0 ? body : `${minutes > 0 ? '+' : '−'}${body}`;
}
