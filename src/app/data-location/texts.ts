/**
 * Messages about where the data lives, in bokmål, nynorsk and English: why the app or CLI did not
 * start (an unusable location.json), and why a move of the data folder was refused. Each says what,
 * where, that nothing was changed, and how to fix it.
 */
import { defineCatalog, type Params } from '../../shared/i18n/catalog';

/**
 * Why the copy did not match: `what` 'sessions' or 'version' with `got` (the copy) and `expected` (the
 * live data), or else SQLite's own `detail`.
 */
const mismatch = (p: Params, words: { readonly sessions: string; readonly version: string }): string => {
  const template = p.what === 'sessions' ? words.sessions : p.what === 'version' ? words.version : null;
  return template === null ? String(p.detail ?? '') : template.replace('{got}', String(p.got)).replace('{expected}', String(p.expected));
};

export type LocationTextKey =
  | 'pointer-unreadable'
  | 'folder-missing'
  | 'database-missing'
  | 'empty'
  | 'not-absolute'
  | 'same-folder'
  | 'not-a-folder'
  | 'cannot-create'
  | 'not-writable'
  | 'has-database'
  | 'env-override'
  | 'copy-failed'
  | 'verify-failed'
  | 'busy'
  | 'pointer-failed'
  | 'off'
  | 'pick-title';

export const LOCATION_TEXTS = defineCatalog<LocationTextKey>({
  nb: {
    'pointer-unreadable':
      'Fyrabend startet ikke: filen {pointerFile}, som sier hvor dataene ligger, kan ikke brukes ({detail}). Ingen data er rørt. Rett filen, eller slett den for å bruke standardfilen {defaultDb}, eller sett FYRABEND_DB til databasefilen.',
    'folder-missing':
      'Fyrabend startet ikke: datamappen {folder} (fra {pointerFile}) finnes ikke nå – kanskje en disk eller nettverksmappe som ikke er koblet til. Ingenting er opprettet eller endret. Koble til mappen og start igjen, eller slett {pointerFile} for å bruke standardfilen {defaultDb}.',
    'database-missing':
      'Fyrabend startet ikke: det er ingen fyrabend.db i datamappen {folder} (fra {pointerFile}). For ikke å starte en tom logg ved en feil er ingenting opprettet. Legg databasen tilbake i {folder}, eller slett {pointerFile} for å bruke standardfilen {defaultDb}.',
    empty: 'Skriv hele stien til en mappe, eller bruk «Velg …».',
    'not-absolute': '«{folder}» er ikke en hel sti. Skriv stien fra begynnelsen (for eksempel /home/kari/Fyrabend eller C:\\Users\\kari\\Fyrabend), eller bruk «Velg …».',
    'same-folder': 'Dataene ligger allerede i {folder}. Velg en annen mappe.',
    'not-a-folder': '{folder} er en fil, ikke en mappe. Velg en mappe.',
    'cannot-create': 'Mappen {folder} kunne ikke opprettes ({detail}). Ingenting er flyttet; sjekk stien eller velg en annen mappe.',
    'not-writable': 'Fyrabend kan ikke skrive i {folder}. Ingenting er flyttet; velg en mappe du har skrivetilgang til.',
    'has-database':
      'Det finnes allerede en Fyrabend-database (fyrabend.db) i {folder}. Fyrabend overskriver aldri en database, så ingenting er flyttet. Velg en tom mappe, eller flytt eller gi nytt navn til den filen først.',
    'env-override':
      'Databasefilen er valgt med miljøvariabelen FYRABEND_DB ({file}), så en ny mappe ville ikke blitt brukt. Ingenting er flyttet; fjern FYRABEND_DB og start Fyrabend på nytt for å velge mappe her.',
    'copy-failed': 'Kopieringen til {folder} mislyktes ({detail}). Ingenting er flyttet; dataene ligger fortsatt i {current}.',
    'verify-failed': (p) =>
      `Kopien i ${p.folder} stemte ikke med dataene dine (${mismatch(p, { sessions: 'kopien har {got} økter, dataene dine {expected}', version: 'kopien har skjemaversjon {got}, dataene dine {expected}' })}), så den er fjernet igjen og ingenting er flyttet. Dataene ligger fortsatt i ${p.current}.`,
    busy: 'Fyrabend lagret endringer mens dataene ble kopiert, så ingenting er flyttet. Prøv igjen.',
    'pointer-failed':
      'Dataene ble kopiert, men Fyrabend kunne ikke lagre den nye plasseringen i {file} ({detail}). Ingenting er flyttet; kopien er fjernet og dataene ligger fortsatt i {current}.',
    off: 'Datamappen kan ikke flyttes her.',
    'pick-title': 'Velg ny datamappe for Fyrabend',
  },
  nn: {
    'pointer-unreadable':
      'Fyrabend starta ikkje: fila {pointerFile}, som seier kvar dataa ligg, kan ikkje brukast ({detail}). Ingen data er rørte. Rett fila, eller slett henne for å bruke standardfila {defaultDb}, eller set FYRABEND_DB til databasefila.',
    'folder-missing':
      'Fyrabend starta ikkje: datamappa {folder} (frå {pointerFile}) finst ikkje no – kanskje ein disk eller nettverksmappe som ikkje er kopla til. Ingenting er oppretta eller endra. Kopla til mappa og start igjen, eller slett {pointerFile} for å bruke standardfila {defaultDb}.',
    'database-missing':
      'Fyrabend starta ikkje: det er ingen fyrabend.db i datamappa {folder} (frå {pointerFile}). For ikkje å starte ein tom logg ved ein feil er ingenting oppretta. Legg databasen tilbake i {folder}, eller slett {pointerFile} for å bruke standardfila {defaultDb}.',
    empty: 'Skriv heile stien til ei mappe, eller bruk «Vel …».',
    'not-absolute': '«{folder}» er ikkje ein heil sti. Skriv stien frå byrjinga (til dømes /home/kari/Fyrabend eller C:\\Users\\kari\\Fyrabend), eller bruk «Vel …».',
    'same-folder': 'Dataa ligg allereie i {folder}. Vel ei anna mappe.',
    'not-a-folder': '{folder} er ei fil, ikkje ei mappe. Vel ei mappe.',
    'cannot-create': 'Mappa {folder} kunne ikkje opprettast ({detail}). Ingenting er flytta; sjekk stien eller vel ei anna mappe.',
    'not-writable': 'Fyrabend kan ikkje skrive i {folder}. Ingenting er flytta; vel ei mappe du har skrivetilgang til.',
    'has-database':
      'Det finst allereie ein Fyrabend-database (fyrabend.db) i {folder}. Fyrabend skriv aldri over ein database, så ingenting er flytta. Vel ei tom mappe, eller flytt eller gje nytt namn til den fila først.',
    'env-override':
      'Databasefila er vald med miljøvariabelen FYRABEND_DB ({file}), så ei ny mappe ville ikkje blitt brukt. Ingenting er flytta; fjern FYRABEND_DB og start Fyrabend på nytt for å velje mappe her.',
    'copy-failed': 'Kopieringa til {folder} mislukkast ({detail}). Ingenting er flytta; dataa ligg framleis i {current}.',
    'verify-failed': (p) =>
      `Kopien i ${p.folder} stemde ikkje med dataa dine (${mismatch(p, { sessions: 'kopien har {got} økter, dataa dine {expected}', version: 'kopien har skjemaversjon {got}, dataa dine {expected}' })}), så han er fjerna igjen og ingenting er flytta. Dataa ligg framleis i ${p.current}.`,
    busy: 'Fyrabend lagra endringar medan dataa vart kopierte, så ingenting er flytta. Prøv igjen.',
    'pointer-failed':
      'Dataa vart kopierte, men Fyrabend kunne ikkje lagre den nye plasseringa i {file} ({detail}). Ingenting er flytta; kopien er fjerna og dataa ligg framleis i {current}.',
    off: 'Datamappa kan ikkje flyttast her.',
    'pick-title': 'Vel ny datamappe for Fyrabend',
  },
  en: {
    'pointer-unreadable':
      'Fyrabend did not start: the file {pointerFile}, which says where your data is, cannot be used ({detail}). No data was touched. Fix the file, or delete it to use the default file {defaultDb}, or set FYRABEND_DB to the database file.',
    'folder-missing':
      'Fyrabend did not start: the data folder {folder} (from {pointerFile}) is not there now – perhaps a disk or network folder that is not connected. Nothing was created or changed. Connect the folder and start again, or delete {pointerFile} to use the default file {defaultDb}.',
    'database-missing':
      'Fyrabend did not start: there is no fyrabend.db in the data folder {folder} (from {pointerFile}). So as not to start an empty log by mistake, nothing was created. Put the database back in {folder}, or delete {pointerFile} to use the default file {defaultDb}.',
    empty: 'Write the full path of a folder, or use “Choose …”.',
    'not-absolute': '“{folder}” is not a full path. Write the path from the start (for example /home/kari/Fyrabend or C:\\Users\\kari\\Fyrabend), or use “Choose …”.',
    'same-folder': 'Your data is already in {folder}. Choose another folder.',
    'not-a-folder': '{folder} is a file, not a folder. Choose a folder.',
    'cannot-create': 'The folder {folder} could not be created ({detail}). Nothing was moved; check the path or choose another folder.',
    'not-writable': 'Fyrabend cannot write in {folder}. Nothing was moved; choose a folder you can write to.',
    'has-database':
      '{folder} already has a Fyrabend database (fyrabend.db). Fyrabend never overwrites a database, so nothing was moved. Choose an empty folder, or move or rename that file first.',
    'env-override':
      'The database file is chosen by the FYRABEND_DB environment variable ({file}), so a new folder would not be used. Nothing was moved; remove FYRABEND_DB and start Fyrabend again to choose the folder here.',
    'copy-failed': 'Copying to {folder} failed ({detail}). Nothing was moved; your data is still in {current}.',
    'verify-failed': (p) =>
      `The copy in ${p.folder} did not match your data (${mismatch(p, { sessions: 'the copy has {got} sessions, your data {expected}', version: 'the copy has schema version {got}, your data {expected}' })}), so it was removed again and nothing was moved. Your data is still in ${p.current}.`,
    busy: 'Fyrabend was saving changes while the data was copied, so nothing was moved. Try again.',
    'pointer-failed':
      'The data was copied, but Fyrabend could not save the new location in {file} ({detail}). Nothing was moved; the copy was removed and your data is still in {current}.',
    off: 'The data folder cannot be moved here.',
    'pick-title': 'Choose a new data folder for Fyrabend',
  },
});
