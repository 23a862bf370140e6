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
    'backup-unwritable': 'Fyrabend kan ikke skrive sikkerhetskopien til {file} (mappen finnes ikke, er skrivebeskyttet eller tar ikke imot vanlige filer). Databasen er uendret og ingen kopi er laget; velg en annen fil med --out i en mappe du kan skrive til, eller utelat --out for å legge kopien i {backups}.',
    'empty-file': 'Filen {path} er tom og ikke en Fyrabend-database. Den er ikke åpnet og ikke endret; slett den eller velg en annen fil med --db.',
    'not-fyrabend': 'Filen {path} er ikke en Fyrabend-database ({detail}). Den er ikke åpnet og ikke endret; velg riktig fil med --db.',
    'wrong-schema': 'Databasen {path} har ikke tabellene Fyrabend skriver ({detail}). Den er ikke åpnet og ikke endret; gjenopprett fra en sikkerhetskopi i {backups}.',
    'in-use': 'Databasen {path} er åpen i et annet Fyrabend-program (appen i systemkurven eller en annen kommando). Ingenting er gjenopprettet; avslutt appen (Avslutt i menyen) og prøv igjen.',
    'restore-running': 'Databasen {path} blir gjenopprettet fra en sikkerhetskopi akkurat nå. Ingenting er endret; prøv igjen når gjenopprettingen er ferdig.',
    'restore-self': 'Sikkerhetskopien {file} er selve databasen som skulle gjenopprettes. Ingenting er endret; velg en sikkerhetskopi fra {backups}.',
    'no-database': 'Det finnes ingen Fyrabend-database i {path} ennå. Ingenting er laget; den lages når du starter en økt eller importerer.',
    busy: 'Databasen {path} er opptatt i et annet Fyrabend-program. Ingenting er endret; prøv igjen om litt.',
    'restore-failed': 'Gjenopprettingen fra {file} stoppet ({detail}). Databasen {path} er urørt og fortsatt den som brukes.',
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
    'backup-unwritable': 'Fyrabend kan ikkje skrive tryggingskopien til {file} (mappa finst ikkje, er skriveverna eller tek ikkje imot vanlege filer). Databasen er uendra og ingen kopi er laga; vel ei anna fil med --out i ei mappe du kan skrive til, eller utelat --out for å leggje kopien i {backups}.',
    'empty-file': 'Fila {path} er tom og ikkje ein Fyrabend-database. Ho er ikkje opna og ikkje endra; slett ho eller vel ei anna fil med --db.',
    'not-fyrabend': 'Fila {path} er ikkje ein Fyrabend-database ({detail}). Ho er ikkje opna og ikkje endra; vel rett fil med --db.',
    'wrong-schema': 'Databasen {path} manglar tabellane Fyrabend skriv ({detail}). Han er ikkje opna og ikkje endra; gjenopprett frå ein tryggingskopi i {backups}.',
    'in-use': 'Databasen {path} er open i eit anna Fyrabend-program (appen i systemfeltet eller ein annan kommando). Ingenting er gjenoppretta; avslutt appen (Avslutt i menyen) og prøv på nytt.',
    'restore-running': 'Databasen {path} vert gjenoppretta frå ein tryggingskopi no. Ingenting er endra; prøv på nytt når gjenopprettinga er ferdig.',
    'restore-self': 'Tryggingskopien {file} er sjølve databasen som skulle gjenopprettast. Ingenting er endra; vel ein tryggingskopi frå {backups}.',
    'no-database': 'Det finst ingen Fyrabend-database i {path} enno. Ingenting er laga; han vert laga når du startar ei økt eller importerer.',
    busy: 'Databasen {path} er oppteken i eit anna Fyrabend-program. Ingenting er endra; prøv på nytt om litt.',
    'restore-failed': 'Gjenopprettinga frå {file} stoppa ({detail}). Databasen {path} er urørd og framleis den som vert brukt.',
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
    'backup-unwritable': 'Fyrabend cannot write the backup to {file} (the folder does not exist, is read-only or does not take ordinary files). The database is unchanged and no backup was made; choose another file with --out in a folder you can write to, or leave out --out to put the backup in {backups}.',
    'empty-file': 'The file {path} is empty, not a Fyrabend database. It was not opened and not changed; delete it or choose another file with --db.',
    'not-fyrabend': 'The file {path} is not a Fyrabend database ({detail}). It was not opened and not changed; choose the right file with --db.',
    'wrong-schema': 'The database {path} does not have the tables Fyrabend writes ({detail}). It was not opened and not changed; restore it from a backup in {backups}.',
    'in-use': 'The database {path} is open in another Fyrabend program (the tray app or another command). Nothing was restored; quit the tray app (Quit in its menu) and try again.',
    'restore-running': 'The database {path} is being restored from a backup right now. Nothing was changed; try again when the restore has finished.',
    'restore-self': 'The backup {file} is the very database it would replace. Nothing was changed; choose a backup from {backups}.',
    'no-database': 'There is no Fyrabend database at {path} yet. Nothing was created; it is made when you start a session or import.',
    busy: 'The database {path} is busy in another Fyrabend program. Nothing was changed; try again in a moment.',
    'restore-failed': 'The restore from {file} stopped ({detail}). The database {path} is untouched and still the one in use.',
  },
});

const DEFAULTS: Readonly<Record<string, string>> = { detail: '?', backups: '?', newest: 'FILE', found: '?', supported: '?', file: '?', path: '?' };

export function describeStoreError(e: StoreError, lang: Lang): string {
  return translate(STORE_MESSAGES, lang, e.code, { ...DEFAULTS, ...e.params });
}
