/** User-safe error texts of the IPC boundary, in bokmål, nynorsk and English. */
import { defineCatalog } from '../../shared/i18n/catalog';

export type ApiTextKey = 'invalidInput' | 'inputField' | 'unknownMethod' | 'fault' | 'untrusted' | 'unknownZone' | 'warningsOff';

export const API_TEXTS = defineCatalog<ApiTextKey>({
  nb: {
    invalidInput: 'Ugyldig verdi i feltet «{field}»: {issue} Rett feltet og prøv igjen.',
    inputField: 'inndata',
    unknownMethod: 'Fyrabend kjenner ikke handlingen «{method}». Start appen på nytt.',
    fault: 'Noe gikk galt i Fyrabend, og ingenting ble endret. Prøv igjen; hjelper ikke det, start appen på nytt.',
    untrusted: 'Forespørselen kom ikke fra Fyrabend-vinduet og ble avvist.',
    unknownZone: 'Ukjent tidssone «{zone}». Bruk for eksempel Europe/Oslo.',
    warningsOff: 'Varslene kjører ikke, så grunnlaget for overtiden ble ikke lagret. Start appen på nytt og prøv igjen.',
  },
  nn: {
    invalidInput: 'Ugyldig verdi i feltet «{field}»: {issue} Rett feltet og prøv igjen.',
    inputField: 'inndata',
    unknownMethod: 'Fyrabend kjenner ikkje handlinga «{method}». Start appen på nytt.',
    fault: 'Noko gjekk gale i Fyrabend, og ingenting vart endra. Prøv igjen; hjelper ikkje det, start appen på nytt.',
    untrusted: 'Førespurnaden kom ikkje frå Fyrabend-vindauget og vart avvist.',
    unknownZone: 'Ukjend tidssone «{zone}». Bruk til dømes Europe/Oslo.',
    warningsOff: 'Varsla køyrer ikkje, så grunnlaget for overtida vart ikkje lagra. Start appen på nytt og prøv igjen.',
  },
  en: {
    invalidInput: 'Invalid value in the field “{field}”: {issue} Correct the field and try again.',
    inputField: 'input',
    unknownMethod: 'Fyrabend does not know the action “{method}”. Restart the app.',
    fault: 'Something went wrong in Fyrabend and nothing was changed. Try again; if that does not help, restart the app.',
    untrusted: 'The request did not come from the Fyrabend window and was refused.',
    unknownZone: 'Unknown time zone “{zone}”. Use for example Europe/Oslo.',
    warningsOff: 'Warnings are not running, so the reason was not saved. Restart the app and try again.',
  },
});
