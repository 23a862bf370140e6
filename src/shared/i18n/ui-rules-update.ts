/**
 * Texts of the once-only notice after the update to specification version 2 (working-time-rules.md
 * § 7): the eight changed readings in plain words, and where the ones with a version 1 reading are
 * switched back. Bokmål, nynorsk and English; kept apart from ui.ts. `{page}`, `{section}`,
 * `{daily}`, `{weekly}` and `{onCall}` are the window's own labels, so the directions cannot drift.
 */
import { defineCatalog } from './catalog';

/** The eight § 7 items, in the order of the specification. */
export const RULES_UPDATE_ITEMS = ['dailyRest', 'weeklyRest', 'breaks', 'exempt', 'onCall', 'totalWeek', 'averaging', 'homeOffice'] as const;

const nb = {
  title: 'Nytt i Fyrabend: reglene leses nå slik Arbeidstilsynet leser dem',
  intro: 'Etter oppdateringen sjekker Fyrabend øktene dine, også de gamle, med åtte endrede tolkninger av arbeidsmiljøloven kapittel 10. Den lagrede avtalen din er ikke endret, men den leses med de nye standardinnstillingene.',
  'item.dailyRest': 'Daglig hvile (§ 10-8 (1)) er hvilen mellom to arbeidsdager. Litt arbeid sent på kvelden er ikke lenger et brudd når du begynner tilsvarende senere dagen etter.',
  'item.weeklyRest': 'Ukehvile (§ 10-8 (2)) sjekkes i faste perioder på sju dager, og bare fritiden innenfor perioden teller. Tolv arbeidsdager på rad gir nå et funn.',
  'item.breaks': 'Pauser (§ 10-9) sjekkes for hver sammenhengende arbeidsperiode. Jobber du mer enn to timer etter avtalt slutt, trenger du en pause på minst 30 minutter.',
  'item.exempt': 'Er du unntatt fra arbeidstidsreglene (§ 10-12), viser Fyrabend ingen funn etter arbeidsmiljøloven.',
  'item.onCall': 'Beredskapsvakt (§ 10-4 (3)) teller mot ukens timer, men ikke mot arbeidsdagens 9 og 13 timer.',
  'item.totalWeek': 'Mer enn 69 timer i én uke er et brudd (§ 10-6 (8)).',
  'item.averaging': 'Med gjennomsnittsberegning (§ 10-5) er timer over ukegrensen overtid, ikke et eget brudd.',
  'item.homeOffice': 'Varselet om manglende hjemmekontoravtale kommer først når du jobber fast hjemme: minst fire hjemmedager i løpet av fire uker.',
  switchBack: 'Tre av endringene kan du sette tilbake til den gamle lesningen under {page} → {section}: «{daily}», «{weekly}» og «{onCall}». Velg valget som er merket «versjon 1». Der velger du også når periodene på sju dager starter.',
  open: 'Åpne arbeidstidsinnstillingene',
  dismiss: 'Jeg har lest det',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  title: 'Nytt i Fyrabend: reglane blir no lesne slik Arbeidstilsynet les dei',
  intro: 'Etter oppdateringa sjekkar Fyrabend øktene dine, også dei gamle, med åtte endra tolkingar av arbeidsmiljølova kapittel 10. Den lagra avtalen din er ikkje endra, men han blir lesen med dei nye standardinnstillingane.',
  'item.dailyRest': 'Dagleg kvile (§ 10-8 (1)) er kvila mellom to arbeidsdagar. Litt arbeid seint på kvelden er ikkje lenger eit brot når du byrjar tilsvarande seinare dagen etter.',
  'item.weeklyRest': 'Vekekvile (§ 10-8 (2)) blir sjekka i faste periodar på sju dagar, og berre fritida innanfor perioden tel. Tolv arbeidsdagar på rad gjev no eit funn.',
  'item.breaks': 'Pausar (§ 10-9) blir sjekka for kvar samanhengande arbeidsperiode. Arbeider du meir enn to timar etter avtalt slutt, treng du ein pause på minst 30 minutt.',
  'item.exempt': 'Er du unnateken frå arbeidstidsreglane (§ 10-12), viser Fyrabend ingen funn etter arbeidsmiljølova.',
  'item.onCall': 'Beredskapsvakt (§ 10-4 (3)) tel mot timane i veka, men ikkje mot dei 9 og 13 timane for arbeidsdagen.',
  'item.totalWeek': 'Meir enn 69 timar i éi veke er eit brot (§ 10-6 (8)).',
  'item.averaging': 'Med gjennomsnittsutrekning (§ 10-5) er timar over vekegrensa overtid, ikkje eit eige brot.',
  'item.homeOffice': 'Varselet om manglande heimekontoravtale kjem først når du arbeider fast heime: minst fire heimedagar i løpet av fire veker.',
  switchBack: 'Tre av endringane kan du setje tilbake til den gamle lesinga under {page} → {section}: «{daily}», «{weekly}» og «{onCall}». Vel det som er merkt «versjon 1». Der vel du også når periodane på sju dagar byrjar.',
  open: 'Opne arbeidstidsinnstillingane',
  dismiss: 'Eg har lese det',
};

const en: Record<Key, string> = {
  title: 'New in Fyrabend: the rules are now read the way Arbeidstilsynet reads them',
  intro: 'Since the update, Fyrabend checks your sessions, old ones included, with eight changed readings of chapter 10 of the Working Environment Act. Your stored agreement has not been changed, but it is read with the new default settings.',
  'item.dailyRest': 'Daily rest (§ 10-8 (1)) is the rest between two work days. A little work late in the evening is no longer a breach when you start correspondingly later the next day.',
  'item.weeklyRest': 'Weekly rest (§ 10-8 (2)) is checked in fixed seven-day periods, and only the time off inside the period counts. Twelve working days in a row now give a finding.',
  'item.breaks': 'Breaks (§ 10-9) are checked for each unbroken working stretch. If you work more than two hours after the agreed end, you need a break of at least 30 minutes.',
  'item.exempt': 'If you are exempt from the working-time rules (§ 10-12), Fyrabend shows no findings under the Working Environment Act.',
  'item.onCall': "On-call time (§ 10-4 (3)) counts towards the week's hours, but not towards the work day's 9 and 13 hours.",
  'item.totalWeek': 'More than 69 hours in a single week is a breach (§ 10-6 (8)).',
  'item.averaging': 'With averaging (§ 10-5), hours above the weekly cap are overtime, not a breach of their own.',
  'item.homeOffice': 'The warning about a missing home-office agreement only comes when you work from home regularly: at least four home days within four weeks.',
  switchBack: 'You can set three of these back to the old reading under {page} → {section}: "{daily}", "{weekly}" and "{onCall}". Pick the option marked "version 1". That is also where you choose when the seven-day periods start.',
  open: 'Open the working-time settings',
  dismiss: 'I have read it',
};

export const UI_RULES_UPDATE = defineCatalog<Key>({ nb, nn, en });
export type UiRulesUpdateKey = Key;
