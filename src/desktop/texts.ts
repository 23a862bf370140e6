/** The host's own texts (start-up failure dialog, opening the log), in bokmål, nynorsk and English. */
import { defineCatalog } from '../shared/i18n/catalog';

export type HostTextKey =
  | 'startup.title'
  | 'startup.wayOut.restore'
  | 'startup.wayOut.folder'
  | 'startup.wayOut.quit'
  | 'startup.restore'
  | 'startup.choose'
  | 'startup.quit'
  | 'startup.fault'
  | 'startup.faultLater'
  | 'startup.noDatabase'
  | 'startup.restoreFailed'
  | 'log.openFailed';

export const HOST_TEXTS = defineCatalog<HostTextKey>({
  nb: {
    'startup.title': 'Fyrabend kunne ikke starte',
    'startup.wayOut.restore': 'Du kan gjenopprette den nyeste sikkerhetskopien ({backup}); den skadde filen blir liggende ved siden av. Du kan også velge en annen mappe med en Fyrabend-database, eller avslutte uten å endre noe.',
    'startup.wayOut.folder': 'Du kan velge en annen mappe med en Fyrabend-database, eller avslutte uten å endre noe.',
    'startup.wayOut.quit': 'Avslutt, rett det som er beskrevet over, og start Fyrabend igjen. Ingenting er endret.',
    'startup.restore': 'Gjenopprett sikkerhetskopien',
    'startup.choose': 'Velg en annen mappe …',
    'startup.quit': 'Avslutt',
    'startup.fault': 'Fyrabend kunne ikke åpne dataene dine: {detail}. Ingenting er endret.',
    'startup.noDatabase': 'Det ligger ingen fyrabend.db i {folder}. Velg mappen der databasen din ligger.',
    'startup.faultLater': 'Noe gikk galt under oppstarten ({detail}). Dataene som var lagret, er urørt.',
    'startup.restoreFailed': 'Gjenopprettingen mislyktes: {detail}. Databasen er urørt. Fyrabend avslutter nå.',
    'log.openFailed': 'Loggen kunne ikke åpnes ({reason}). Du finner den i {file}.',
  },
  nn: {
    'startup.title': 'Fyrabend kunne ikkje starte',
    'startup.wayOut.restore': 'Du kan hente tilbake den nyaste tryggingskopien ({backup}); den skadde fila vert liggjande ved sida av. Du kan òg velje ei anna mappe med ein Fyrabend-database, eller avslutte utan å endre noko.',
    'startup.wayOut.folder': 'Du kan velje ei anna mappe med ein Fyrabend-database, eller avslutte utan å endre noko.',
    'startup.wayOut.quit': 'Avslutt, rett opp det som står over, og start Fyrabend att. Ingenting er endra.',
    'startup.restore': 'Hent tilbake tryggingskopien',
    'startup.choose': 'Vel ei anna mappe …',
    'startup.quit': 'Avslutt',
    'startup.fault': 'Fyrabend fekk ikkje opna dataa dine: {detail}. Ingenting er endra.',
    'startup.noDatabase': 'Det ligg ingen fyrabend.db i {folder}. Vel mappa der databasen din ligg.',
    'startup.faultLater': 'Noko gjekk gale då appen starta ({detail}). Det som var lagra, er urørt.',
    'startup.restoreFailed': 'Det gjekk ikkje å hente tilbake tryggingskopien: {detail}. Databasen er urørd. Fyrabend avsluttar no.',
    'log.openFailed': 'Fyrabend fekk ikkje opna loggen ({reason}). Han ligg i {file}.',
  },
  en: {
    'startup.title': 'Fyrabend could not start',
    'startup.wayOut.restore': 'You can restore the newest backup ({backup}); the damaged file is kept beside it. You can also choose another folder that holds a Fyrabend database, or quit without changing anything.',
    'startup.wayOut.folder': 'You can choose another folder that holds a Fyrabend database, or quit without changing anything.',
    'startup.wayOut.quit': 'Quit, fix what is described above, and start Fyrabend again. Nothing was changed.',
    'startup.restore': 'Restore the backup',
    'startup.choose': 'Choose another folder …',
    'startup.quit': 'Quit',
    'startup.fault': 'Fyrabend could not open your data: {detail}. Nothing was changed.',
    'startup.noDatabase': 'There is no fyrabend.db in {folder}. Choose the folder that holds your database.',
    'startup.faultLater': 'Something went wrong while starting ({detail}). What was saved is untouched.',
    'startup.restoreFailed': 'The restore failed: {detail}. The database is untouched. Fyrabend will quit now.',
    'log.openFailed': 'The log could not be opened ({reason}). You find it in {file}.',
  },
});
