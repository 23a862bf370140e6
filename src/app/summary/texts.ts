/** Texts of the summary preview and the representative's report, in bokmål, nynorsk and English. */
import { defineCatalog } from '../../shared/i18n/catalog';

export type SummaryTextKey =
  | 'previewIntro' | 'previewPeriod' | 'previewId' | 'previewGroups' | 'previewNoGroups' | 'previewWeek' | 'previewFindings'
  | 'previewNoFindings' | 'previewNever' | 'workplace' | 'department' | 'jobCategory'
  | 'sevViolation' | 'sevNeedsBasis' | 'sevWarning' | 'sevInfo'
  | 'reportTitle' | 'reportIntro' | 'suppressedFewer' | 'suppressedComplementary' | 'all' | 'notStated' | 'group'
  | 'contributors' | 'shareViolation' | 'median' | 'p90' | 'overtimeTotal' | 'merarbeidTotal' | 'outsideTotal'
  | 'nightTotal' | 'sundayTotal' | 'rule' | 'withFinding' | 'findings' | 'trend' | 'week' | 'inputCounts' | 'byRule' | 'figure';

export const SUMMARY_TEXTS = defineCatalog<SummaryTextKey>({
  nb: {
    previewIntro: 'Dette er alt filen inneholder. Den har ikke navn, ansattnummer, notater, enkeltøkter, datoer eller klokkeslett.',
    previewPeriod: 'Periode: {period}',
    previewId: 'Tilfeldig id for denne filen (ny hver gang): {id}',
    previewGroups: 'Grupper du har valgt: {groups}',
    previewNoGroups: 'Ingen grupper valgt.',
    previewWeek: 'Uke {week}: {hours} t arbeid, {overtime} t overtid, {merarbeid} t merarbeid, {night} t natt, {sunday} t søn-/helligdag, {outside} t utenfor avtalt tid.',
    previewFindings: '  Funn: {list}',
    previewNoFindings: '  Ingen funn.',
    previewNever: 'Timer er avrundet til hele timer; overtid, merarbeid og tid utenfor avtalt tid til halve timer.',
    workplace: 'Arbeidssted', department: 'Avdeling', jobCategory: 'Stillingskategori',
    sevViolation: 'brudd', sevNeedsBasis: 'krever grunnlag', sevWarning: 'advarsel', sevInfo: 'info',
    reportTitle: 'Anonymisert overtidsrapport {period}',
    reportIntro: 'Tall for grupper med færre enn {k} bidragsytere vises ikke. Noen andre tall er også skjult, slik at de skjulte ikke kan regnes ut.',
    suppressedFewer: 'skjult (færre enn {k})', suppressedComplementary: 'skjult (beskytter en liten gruppe)',
    all: 'Alle', notStated: 'Ikke oppgitt', group: 'Gruppe',
    contributors: 'Bidragsytere', shareViolation: 'Andel med minst ett brudd', median: 'Median overtid per uke (t)', p90: '90-persentil overtid per uke (t)',
    overtimeTotal: 'Overtid totalt (t)', merarbeidTotal: 'Merarbeid totalt (t)', outsideTotal: 'Utenfor avtalt tid totalt (t)',
    nightTotal: 'Nattarbeid totalt (t)', sundayTotal: 'Søn-/helligdag totalt (t)',
    rule: 'Regel', withFinding: 'Med funn', findings: 'Antall funn', trend: 'Overtid per uke (t)', week: 'Uke',
    inputCounts: '{files} filer lest, {accepted} tatt med, {duplicates} duplikater, {rejected} avvist, {otherPeriod} fra en annen periode.',
    byRule: 'Per regel', figure: 'Tall',
  },
  nn: {
    previewIntro: 'Dette er alt fila inneheld. Ho har ikkje namn, tilsettnummer, notat, einskildøkter, datoar eller klokkeslett.',
    previewPeriod: 'Periode: {period}',
    previewId: 'Tilfeldig id for denne fila (ny kvar gong): {id}',
    previewGroups: 'Grupper du har valt: {groups}',
    previewNoGroups: 'Ingen grupper valde.',
    previewWeek: 'Veke {week}: {hours} t arbeid, {overtime} t overtid, {merarbeid} t meirarbeid, {night} t natt, {sunday} t sun-/heilagdag, {outside} t utanfor avtalt tid.',
    previewFindings: '  Funn: {list}',
    previewNoFindings: '  Ingen funn.',
    previewNever: 'Timar er avrunda til heile timar; overtid, meirarbeid og tid utanfor avtalt tid til halve timar.',
    workplace: 'Arbeidsstad', department: 'Avdeling', jobCategory: 'Stillingskategori',
    sevViolation: 'brot', sevNeedsBasis: 'krev grunnlag', sevWarning: 'åtvaring', sevInfo: 'info',
    reportTitle: 'Anonymisert overtidsrapport {period}',
    reportIntro: 'Tal for grupper med færre enn {k} bidragsytarar blir ikkje viste. Nokre andre tal er òg skjulte, slik at dei skjulte ikkje kan reknast ut.',
    suppressedFewer: 'skjult (færre enn {k})', suppressedComplementary: 'skjult (vernar ei lita gruppe)',
    all: 'Alle', notStated: 'Ikkje oppgitt', group: 'Gruppe',
    contributors: 'Bidragsytarar', shareViolation: 'Del med minst eitt brot', median: 'Median overtid per veke (t)', p90: '90-persentil overtid per veke (t)',
    overtimeTotal: 'Overtid totalt (t)', merarbeidTotal: 'Meirarbeid totalt (t)', outsideTotal: 'Utanfor avtalt tid totalt (t)',
    nightTotal: 'Nattarbeid totalt (t)', sundayTotal: 'Sun-/heilagdag totalt (t)',
    rule: 'Regel', withFinding: 'Med funn', findings: 'Tal på funn', trend: 'Overtid per veke (t)', week: 'Veke',
    inputCounts: '{files} filer lesne, {accepted} tekne med, {duplicates} duplikat, {rejected} avviste, {otherPeriod} frå ein annan periode.',
    byRule: 'Per regel', figure: 'Tal',
  },
  en: {
    previewIntro: 'This is everything the file contains. It has no name, employee number, notes, single sessions, dates or times.',
    previewPeriod: 'Period: {period}',
    previewId: 'Random id of this file (new every time): {id}',
    previewGroups: 'Groups you chose: {groups}',
    previewNoGroups: 'No groups chosen.',
    previewWeek: 'Week {week}: {hours} h worked, {overtime} h overtime, {merarbeid} h beyond agreed hours, {night} h at night, {sunday} h on Sundays/holidays, {outside} h outside agreed time.',
    previewFindings: '  Findings: {list}',
    previewNoFindings: '  No findings.',
    previewNever: 'Hours are rounded to whole hours; overtime, hours beyond agreed and hours outside agreed time to half hours.',
    workplace: 'Workplace', department: 'Department', jobCategory: 'Job category',
    sevViolation: 'violation', sevNeedsBasis: 'needs a basis', sevWarning: 'warning', sevInfo: 'info',
    reportTitle: 'Anonymised overtime report {period}',
    reportIntro: 'Figures for groups with fewer than {k} contributors are not shown. Some other figures are hidden too, so that the hidden ones cannot be worked out.',
    suppressedFewer: 'suppressed (fewer than {k})', suppressedComplementary: 'suppressed (protects a small group)',
    all: 'All', notStated: 'Not stated', group: 'Group',
    contributors: 'Contributors', shareViolation: 'Share with at least one violation', median: 'Median weekly overtime (h)', p90: '90th percentile weekly overtime (h)',
    overtimeTotal: 'Total overtime (h)', merarbeidTotal: 'Total beyond agreed hours (h)', outsideTotal: 'Total outside agreed time (h)',
    nightTotal: 'Total night work (h)', sundayTotal: 'Total Sunday/holiday work (h)',
    rule: 'Rule', withFinding: 'With a finding', findings: 'Findings', trend: 'Overtime per week (h)', week: 'Week',
    inputCounts: '{files} files read, {accepted} included, {duplicates} duplicates, {rejected} rejected, {otherPeriod} from another period.',
    byRule: 'By rule', figure: 'Figure',
  },
});
