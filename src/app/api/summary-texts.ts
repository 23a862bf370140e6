/** User-safe messages of the summary and representative IPC methods (issue 8), in bokmål, nynorsk and English. */
import { defineCatalog } from '../../shared/i18n/catalog';

export type SummaryApiTextKey = 'off' | 'noAgreement' | 'badPeriod' | 'badGroup' | 'badFile' | 'noSummaries' | 'writeFailed';

export const SUMMARY_API_TEXTS = defineCatalog<SummaryApiTextKey>({
  nb: {
    off: 'Sammendrag er ikke tilgjengelig i denne utgaven av Fyrabend (ingen eksportmappe). Start appen på nytt.',
    noAgreement: 'Det finnes ingen hjemmekontoravtale for {date}. Lagre avtalen under Avtale først.',
    badPeriod: '«{period}» er ikke en måned (2026-11) eller et kvartal (2026-Q4). Velg en periode fra listen.',
    badGroup: '«{value}» står ikke i listen for {dimension}. Velg fra listen; fritekst skrives aldri i et sammendrag.',
    badFile: 'Sammendraget ble ikke lagret fordi teksten ikke er et gyldig sammendrag: {reason} Lag forhåndsvisningen på nytt.',
    noSummaries: 'Ingen av filene er et lesbart Fyrabend-sammendrag, så det er ingenting å lage rapport av.',
    writeFailed: 'Filen kunne ikke lagres i eksportmappen. Sjekk at det er plass på disken og prøv igjen.',
  },
  nn: {
    off: 'Samandrag er ikkje tilgjengeleg i denne utgåva av Fyrabend (inga eksportmappe). Start appen på nytt.',
    noAgreement: 'Det finst inga heimekontoravtale for {date}. Lagre avtalen under Avtale først.',
    badPeriod: '«{period}» er ikkje ein månad (2026-11) eller eit kvartal (2026-Q4). Vel ein periode frå lista.',
    badGroup: '«{value}» står ikkje i lista for {dimension}. Vel frå lista; fritekst blir aldri skriven i eit samandrag.',
    badFile: 'Samandraget vart ikkje lagra fordi teksten ikkje er eit gyldig samandrag: {reason} Lag førehandsvisinga på nytt.',
    noSummaries: 'Ingen av filene er eit lesbart Fyrabend-samandrag, så det er ingenting å lage rapport av.',
    writeFailed: 'Fila kunne ikkje lagrast i eksportmappa. Sjekk at det er plass på disken og prøv igjen.',
  },
  en: {
    off: 'Summaries are not available in this build of Fyrabend (no export folder). Restart the app.',
    noAgreement: 'There is no home-office agreement for {date}. Save the agreement under Agreement first.',
    badPeriod: '“{period}” is not a month (2026-11) or a quarter (2026-Q4). Choose a period from the list.',
    badGroup: '“{value}” is not in the list for {dimension}. Choose from the list; free text is never written to a summary.',
    badFile: 'The summary was not saved because the text is not a valid summary: {reason} Make the preview again.',
    noSummaries: 'None of the files is a readable Fyrabend summary, so there is nothing to report.',
    writeFailed: 'The file could not be saved in the export folder. Check that there is space on the disk and try again.',
  },
});
