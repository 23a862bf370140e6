/** User-safe messages of the summary and representative IPC methods (issue 8), in bokmål, nynorsk and English. */
import { defineCatalog } from '../../shared/i18n/catalog';

export type SummaryApiTextKey = 'off' | 'noAgreement' | 'badPeriod' | 'badGroup' | 'badFile' | 'noSummaries' | 'writeFailed' | 'tooManyIds' | 'badSettings' | 'badInvite' | 'invitePeriod' | 'badContact';

export const SUMMARY_API_TEXTS = defineCatalog<SummaryApiTextKey>({
  nb: {
    off: 'Sammendrag er ikke tilgjengelig i denne utgaven av Fyrabend (ingen eksportmappe). Start appen på nytt.',
    noAgreement: 'Det finnes ingen hjemmekontoravtale for {date}. Lagre avtalen under Avtale først.',
    badPeriod: '«{period}» er ikke en måned (2026-11) eller et kvartal (2026-Q4). Velg en periode fra listen.',
    badGroup: '«{value}» står ikke i listen for {dimension}. Velg fra listen; fritekst skrives aldri i et sammendrag.',
    badFile: 'Sammendraget ble ikke lagret fordi teksten ikke er et gyldig sammendrag: {reason} Lag forhåndsvisningen på nytt.',
    noSummaries: 'Ingen av filene er et lesbart Fyrabend-sammendrag, så det er ingenting å lage rapport av.',
    tooManyIds: 'Filene gjelder {ids} ulike personer (sammendrag-id-er), men bare {senders} personer leverte filer. Noen har levert sammendrag som ikke er deres egne, så rapporten lages ikke. Samle inn på nytt, én fil fra hver person, og skriv riktig antall.',
    badSettings: 'Innstillingene for rapporten er ugyldige. Sjekk k, dominansgrensen og antall personer som leverte filer.',
    badInvite: 'Invitasjonen kan ikke leses: {reason} Be den tillitsvalgte om filen på nytt.',
    invitePeriod: 'Invitasjonen gjelder {period}. Velg den perioden, eller lukk invitasjonen.',
    badContact: 'Kontaktteksten må ha 1 til 500 tegn og ingen kontrolltegn.',
    writeFailed: 'Filen kunne ikke lagres i eksportmappen. Sjekk at det er plass på disken og prøv igjen.',
  },
  nn: {
    off: 'Samandrag er ikkje tilgjengeleg i denne utgåva av Fyrabend (inga eksportmappe). Start appen på nytt.',
    noAgreement: 'Det finst inga heimekontoravtale for {date}. Lagre avtalen under Avtale først.',
    badPeriod: '«{period}» er ikkje ein månad (2026-11) eller eit kvartal (2026-Q4). Vel ein periode frå lista.',
    badGroup: '«{value}» står ikkje i lista for {dimension}. Vel frå lista; fritekst blir aldri skriven i eit samandrag.',
    badFile: 'Samandraget vart ikkje lagra fordi teksten ikkje er eit gyldig samandrag: {reason} Lag førehandsvisinga på nytt.',
    noSummaries: 'Ingen av filene er eit lesbart Fyrabend-samandrag, så det er ingenting å lage rapport av.',
    tooManyIds: 'Filene gjeld {ids} ulike personar (samandrag-id-ar), men berre {senders} personar leverte filer. Nokon har levert samandrag som ikkje er deira eigne, så rapporten blir ikkje laga. Samle inn på nytt, éi fil frå kvar person, og skriv rett tal.',
    badSettings: 'Innstillingane for rapporten er ugyldige. Sjekk k, dominansgrensa og talet på personar som leverte filer.',
    badInvite: 'Invitasjonen kan ikkje lesast: {reason} Be den tillitsvalde om fila på nytt.',
    invitePeriod: 'Invitasjonen gjeld {period}. Vel den perioden, eller lukk invitasjonen.',
    badContact: 'Kontaktteksten må ha 1 til 500 teikn og ingen kontrollteikn.',
    writeFailed: 'Fila kunne ikkje lagrast i eksportmappa. Sjekk at det er plass på disken og prøv igjen.',
  },
  en: {
    off: 'Summaries are not available in this build of Fyrabend (no export folder). Restart the app.',
    noAgreement: 'There is no home-office agreement for {date}. Save the agreement under Agreement first.',
    badPeriod: '“{period}” is not a month (2026-11) or a quarter (2026-Q4). Choose a period from the list.',
    badGroup: '“{value}” is not in the list for {dimension}. Choose from the list; free text is never written to a summary.',
    badFile: 'The summary was not saved because the text is not a valid summary: {reason} Make the preview again.',
    noSummaries: 'None of the files is a readable Fyrabend summary, so there is nothing to report.',
    tooManyIds: 'The files hold {ids} different people (summary ids), but only {senders} people handed in files. Someone handed in summaries that are not their own, so no report is made. Collect again, one file from each person, and enter the right number.',
    badSettings: 'The report settings are not valid. Check k, the dominance limit and the number of people who handed in files.',
    badInvite: 'The invitation cannot be read: {reason} Ask the representative for the file again.',
    invitePeriod: 'The invitation is for {period}. Choose that period, or close the invitation.',
    badContact: 'The contact text must have 1 to 500 characters and no control characters.',
    writeFailed: 'The file could not be saved in the export folder. Check that there is space on the disk and try again.',
  },
});
