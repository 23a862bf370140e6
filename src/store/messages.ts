/** The store's messages to the user, in bokmål, nynorsk and English: what happened, that the data is intact, and what to do. */
import type { Lang } from '../core/model';
import { defineCatalog, translate } from '../shared/i18n/catalog';
import type { StoreError, StoreErrorCode } from './errors';

export const STORE_MESSAGES = defineCatalog<StoreErrorCode>({
  nb: {
    'newer-version':
      'Databasen {path} er laget av en nyere Fyrabend (skjemaversjon {found}, denne versjonen kjenner til {supported}). Den er ikke åpnet og ikke endret; oppdater Fyrabend for å bruke den.',
    damaged:
      'Databasen {path} er skadet ({detail}). Filen er beholdt uendret. Gjenopprett fra en automatisk sikkerhetskopi i {backups}, for eksempel: fyrabend restore {newest}',
    'read-only': 'Fyrabend kan ikke skrive til {path} (mappen eller filen er skrivebeskyttet). Ingenting er endret; gi skrivetilgang til mappen eller velg en annen fil med --db.',
    'disk-full': 'Disken er full, så endringen i {path} ble ikke lagret. Tidligere data er urørt; frigjør plass og prøv igjen.',
    'cannot-open': 'Fyrabend kunne ikke åpne {path}: {detail}. Ingenting er endret.',
    'backup-missing': 'Sikkerhetskopien {file} finnes ikke. Sjekk filnavnet; sikkerhetskopiene ligger i {backups}.',
    'backup-invalid': 'Filen {file} er ikke en brukbar Fyrabend-sikkerhetskopi ({detail}). Ingenting er gjenopprettet; velg en annen sikkerhetskopi.',
  },
  nn: {
    'newer-version':
      'Databasen {path} er laga av ein nyare Fyrabend (skjemaversjon {found}, denne versjonen kjenner til {supported}). Han er ikkje opna og ikkje endra; oppdater Fyrabend for å bruke han.',
    damaged:
      'Databasen {path} er skadd ({detail}). Fila er halden uendra. Gjenopprett frå ein automatisk tryggingskopi i {backups}, til dømes: fyrabend restore {newest}',
    'read-only': 'Fyrabend kan ikkje skrive til {path} (mappa eller fila er skriveverna). Ingenting er endra; gje skrivetilgang til mappa eller vel ei anna fil med --db.',
    'disk-full': 'Disken er full, så endringa i {path} vart ikkje lagra. Tidlegare data er urørte; frigjer plass og prøv igjen.',
    'cannot-open': 'Fyrabend kunne ikkje opne {path}: {detail}. Ingenting er endra.',
    'backup-missing': 'Tryggingskopien {file} finst ikkje. Sjekk filnamnet; tryggingskopiane ligg i {backups}.',
    'backup-invalid': 'Fila {file} er ikkje ein brukbar Fyrabend-tryggingskopi ({detail}). Ingenting er gjenoppretta; vel ein annan tryggingskopi.',
  },
  en: {
    'newer-version':
      'The database {path} was written by a newer Fyrabend (schema version {found}; this version knows up to {supported}). It was not opened and not changed; update Fyrabend to use it.',
    damaged:
      'The database {path} is damaged ({detail}). The file was kept unchanged. Restore it from an automatic backup in {backups}, for example: fyrabend restore {newest}',
    'read-only': 'Fyrabend cannot write to {path} (the folder or file is read-only). Nothing was changed; give write access to the folder or choose another file with --db.',
    'disk-full': 'The disk is full, so the change to {path} was not saved. Your earlier data is intact; free some space and try again.',
    'cannot-open': 'Fyrabend could not open {path}: {detail}. Nothing was changed.',
    'backup-missing': 'The backup {file} does not exist. Check the file name; the backups are in {backups}.',
    'backup-invalid': 'The file {file} is not a usable Fyrabend backup ({detail}). Nothing was restored; choose another backup.',
  },
});

const DEFAULTS: Readonly<Record<string, string>> = { detail: '?', backups: '?', newest: 'FILE', found: '?', supported: '?', file: '?', path: '?' };

export function describeStoreError(e: StoreError, lang: Lang): string {
  return translate(STORE_MESSAGES, lang, e.code, { ...DEFAULTS, ...e.params });
}
