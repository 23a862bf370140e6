/**
 * The note a representative gets for a summary made by an older Fyrabend that counts a rule this version
 * no longer checks (RETIRED_RULES in the summary format): the file is read without those findings, and
 * the note says what was left out, why, and how to get comparable figures. In nb, nn and en.
 */
import type { Lang } from '../../core/model';
import { defineCatalog, translate } from '../../shared/i18n/catalog';
import type { RetiredFindings } from '../../shared/formats/summary';

/** Each retired rule's name (as the report named it) and what replaced it. */
const RETIRED: Readonly<Record<string, Readonly<Record<Lang, { readonly name: string; readonly now: string }>>>> = {
  // Specification version 2 § 7.7: hours above the single-week cap of § 10-5 are AML overtime.
  'aml.10-5.week-cap': {
    nb: { name: 'Over taket for én uke ved gjennomsnittsberegning (§ 10-5)', now: 'Nå regnes timene over taket som overtid; overtidstallene i denne filen følger den gamle lesemåten.' },
    nn: { name: 'Over taket for éi veke ved gjennomsnittsutrekning (§ 10-5)', now: 'No blir timane over taket rekna som overtid; overtidstala i denne fila følgjer den gamle lesemåten.' },
    en: { name: 'Over the single-week cap under averaging (§ 10-5)', now: 'Hours above the cap now count as overtime, while the overtime figures in this file follow the old reading.' },
  },
};

const TEXTS = defineCatalog<'note'>({
  nb: {
    note:
      '{file} er laget med en eldre utgave av Fyrabend og teller funn av «{name}», en regel som ikke finnes lenger ({n} funn i alt). ' +
      'Disse funnene er ikke tatt med i rapporten, men resten av filen er det. {now} Be om et nytt sammendrag fra en oppdatert Fyrabend for å få tall etter den nye lesemåten.',
  },
  nn: {
    note:
      '{file} er laga med ei eldre utgåve av Fyrabend og tel funn av «{name}», ein regel som ikkje finst lenger ({n} funn i alt). ' +
      'Desse funna er ikkje tekne med i rapporten, men resten av fila er det. {now} Be om eit nytt samandrag frå ein oppdatert Fyrabend for å få tal etter den nye lesemåten.',
  },
  en: {
    note: (p) =>
      `${p.file} was made by an older Fyrabend and counts findings of "${p.name}" (${p.rule}), a rule that no longer exists (${p.n === 1 ? '1 finding' : `${p.n} findings`} in all). ` +
      `Those findings are left out of the report; the rest of the file is included. ${p.now} Ask for a new summary from an updated Fyrabend to get figures by the new reading.`,
  },
});

/** One sentence group per retired rule left out of the file, in the reader's language. */
export function retiredRuleNotes(file: string, retired: readonly RetiredFindings[], lang: Lang): string[] {
  return retired.map((r) => {
    const known = RETIRED[r.rule]?.[lang];
    return translate(TEXTS, lang, 'note', { file, rule: r.rule, n: r.findings, name: known?.name ?? r.rule, now: known?.now ?? '' }).replace('  ', ' ');
  });
}
