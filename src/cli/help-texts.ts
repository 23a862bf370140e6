/** The `fyrabend --help` texts in bokmål, nynorsk and English (command summaries by command name). */
import type { Lang } from '../core/index';

type Texts = Readonly<Record<string, string>>;

const HEAD: Readonly<Record<Lang, { title: string; usage: string; exit: string; unknown: (c: string) => string; internal: (detail: string) => string }>> = {
  nb: {
    title: 'Fyrabend: arbeidstid på hjemmekontor kontrollert mot arbeidsmiljøloven kapittel 10.',
    usage: 'Bruk:',
    exit: 'Avslutningskode: 0 vellykket (funn er ikke feil), 2 feil i inndata eller bruk, 1 intern feil.',
    unknown: (c) => `ukjent kommando '${c}'. Kjør 'fyrabend --help' for å se kommandoene.`,
    internal: (d) => `intern feil: ${d}. Kjør på nytt med --debug for detaljer, og meld feilen.`,
  },
  nn: {
    title: 'Fyrabend: arbeidstid på heimekontor kontrollert mot arbeidsmiljølova kapittel 10.',
    usage: 'Bruk:',
    exit: 'Avslutningskode: 0 vellukka (funn er ikkje feil), 2 feil i inndata eller bruk, 1 intern feil.',
    unknown: (c) => `ukjend kommando '${c}'. Køyr 'fyrabend --help' for å sjå kommandoane.`,
    internal: (d) => `intern feil: ${d}. Køyr på nytt med --debug for detaljar, og meld feilen.`,
  },
  en: {
    title: 'Fyrabend: home-office working time checked against arbeidsmiljøloven chapter 10.',
    usage: 'Usage:',
    exit: 'Exit status: 0 success (findings are not failures), 2 bad input or usage, 1 internal error.',
    unknown: (c) => `unknown command '${c}'. Run 'fyrabend --help' to see the commands.`,
    internal: (d) => `internal error: ${d}. Run again with --debug for details, and report the problem.`,
  },
};

const SUMMARIES: Readonly<Record<'nb' | 'nn', Texts>> = {
  nb: {
    backup: 'Ta sikkerhetskopi av databasen nå (det tas også automatisk kopi hver dag og før hver oppgradering).',
    'absence add': 'Legg inn fravær (ferie, sykdom, sykt barn, avspasering, permisjon, annet) for hele eller deler av dager.',
    'absence list': 'Vis fraværet som er lagt inn (alt, eller det som overlapper --from og --to), med fleksisaldoen.',
    'absence remove': 'Slett et fravær etter id (se «fyrabend absence list»); slettingen står i endringsloggen.',
    'export absence': 'Skriv fraværet som fyrabend.absence/1 (til skjermen eller --out FIL), uten de private notatene.',
    check: 'Kontroller økter mot arbeidsmiljøloven kapittel 10 og avtalen; skriver fyrabend.findings/1 som JSON.',
    'export sessions': 'Skriv de registrerte øktene som fyrabend.sessions/1 (til skjermen eller --out FIL).',
    'export timesheet': 'Eksporter timelisten for en måned (eller et år) til lønn: en fil til gjennomsyn, eller --submit for å sende den (en måned som er sendt, går som korrigeringer).',
    import: 'Importer økter (fyrabend.sessions/1), en avtale (fyrabend.agreement/1) eller fravær (fyrabend.absence/1) til loggen.',
    log: 'Vis de registrerte øktene (standard: de siste 7 dagene).',
    pause: 'Sett økten på pause (tiden så langt er lagret).',
    plan: 'Hva skjer hvis jeg jobber videre? Skriver fyrabend.plan/1 som JSON for en åpen økt ved --now.',
    'rep aggregate': 'Slå sammen mange anonymiserte sammendrag til en rapport for tillitsvalgte; et tall vises bare når minst k personer (standard 6, minst 5) har bidratt og ingen står for mer enn p % (standard 85).',
    'rep invite': 'Lag en invitasjon (fyrabend.invite/1) til de ansatte: perioden, gruppelistene de velger fra, k og hvordan de når deg.',
    restore: 'Gjenopprett databasen fra en sikkerhetskopi (kopien kontrolleres først; den nåværende filen beholdes).',
    'settings pay': 'Skriv ut lønnsinnstillingene som JSON (--show), eller sett dem fra en JSON-fil (--file) med de samme kontrollene som i vinduet.',
    resume: 'Fortsett en økt på pause; etter fravær velger du om tiden skal telle, være pause eller forkastes.',
    start: 'Start registrering av en arbeidsøkt nå, eller fra et tidspunkt som har vært med --at (samme logg som appen i systemstatusfeltet bruker).',
    status: 'Vis om en økt pågår, dagens sum og det som trenger din oppmerksomhet.',
    stop: 'Stopp økten nå, eller ved et tidspunkt som har vært med --at; etter et krasj bekrefter du slutten med --at.',
    summary: 'Lag et anonymisert overtidssammendrag (fyrabend.summary/2) for tillitsvalgte; viser hele innholdet før lagring.',
  },
  nn: {
    backup: 'Ta tryggingskopi av databasen no (det blir òg teke kopi automatisk kvar dag og før kvar oppgradering).',
    'absence add': 'Legg inn fråvær (ferie, sjukdom, sjukt barn, avspasering, permisjon, anna) for heile eller delar av dagar.',
    'absence list': 'Vis fråværet som er lagt inn (alt, eller det som overlappar --from og --to), med fleksisaldoen.',
    'absence remove': 'Slett eit fråvær etter id (sjå «fyrabend absence list»); slettinga står i endringsloggen.',
    'export absence': 'Skriv fråværet som fyrabend.absence/1 (til skjermen eller --out FIL), utan dei private notata.',
    check: 'Kontroller økter mot arbeidsmiljølova kapittel 10 og avtalen; skriv fyrabend.findings/1 som JSON.',
    'export sessions': 'Skriv dei registrerte øktene som fyrabend.sessions/1 (til skjermen eller --out FIL).',
    'export timesheet': 'Eksporter timelista for ein månad (eller eit år) til løn: ei fil til gjennomsyn, eller --submit for å sende ho (ein månad som er send, går som rettingar).',
    import: 'Importer økter (fyrabend.sessions/1), ein avtale (fyrabend.agreement/1) eller fråvær (fyrabend.absence/1) til loggen.',
    log: 'Vis dei registrerte øktene (standard: dei siste 7 dagane).',
    pause: 'Set økta på pause (tida så langt er lagra).',
    plan: 'Kva skjer om eg jobbar vidare? Skriv fyrabend.plan/1 som JSON for ei open økt ved --now.',
    'rep aggregate': 'Slå saman mange anonymiserte samandrag til ein rapport for tillitsvalde; eit tal blir berre vist når minst k personar (standard 6, minst 5) har bidrege og ingen står for meir enn p % (standard 85).',
    'rep invite': 'Lag ein invitasjon (fyrabend.invite/1) til dei tilsette: perioden, gruppelistene dei vel frå, k og korleis dei når deg.',
    restore: 'Gjenopprett databasen frå ein tryggingskopi (kopien blir kontrollert først; den noverande fila blir teken vare på).',
    'settings pay': 'Skriv ut lønsinnstillingane som JSON (--show), eller set dei frå ei JSON-fil (--file) med dei same kontrollane som i vindauget.',
    resume: 'Hald fram med ei økt på pause; etter fråvær vel du om tida skal telje, vere pause eller forkastast.',
    start: 'Start registrering av ei arbeidsøkt no, eller frå eit tidspunkt som har vore med --at (same logg som appen i systemstatusfeltet brukar).',
    status: 'Vis om ei økt går, summen i dag og det som treng merksemda di.',
    stop: 'Stopp økta no, eller ved eit tidspunkt som har vore med --at; etter eit krasj stadfestar du slutten med --at.',
    summary: 'Lag eit anonymisert overtidssamandrag (fyrabend.summary/2) for tillitsvalde; viser heile innhaldet før lagring.',
  },
};

export function helpHead(lang: Lang): (typeof HEAD)[Lang] {
  return HEAD[lang];
}

/** The summary of a command in the language, falling back to the command's own English text. */
export function commandSummary(name: readonly string[], english: string, lang: Lang): string {
  return lang === 'en' ? english : (SUMMARIES[lang][name.join(' ')] ?? english);
}
