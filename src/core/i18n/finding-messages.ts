/** One-sentence explanations of each finding in bokmål, nynorsk and English. */
import type { Lang, Message, RuleId } from '../model';
import { hoursText, num } from './numbers';

export interface MessageFacts {
  readonly measured: number;
  readonly limit: number;
  /** Second figure some rules mention (e.g. the longest rest found). */
  readonly extra?: number;
  /** Which reading produced the finding, where a rule has two (e.g. `within-24h` for § 7.1 version 1). */
  readonly variant?: string;
}

type Texts = (f: MessageFacts, lang: Lang) => string;

const by = (nb: Texts, nn: Texts, en: Texts) => ({ nb, nn, en });
const h = hoursText;

const TEXTS: Readonly<Record<RuleId, { nb: Texts; nn: Texts; en: Texts }>> = {
  'aml.10-6.overtime-day': by(
    (f, l) => `Arbeidsdagen har ${h(f.measured, l)}, over grensen på ${h(f.limit, l)} for alminnelig arbeidstid.`,
    (f, l) => `Arbeidsdagen har ${h(f.measured, l)}, over grensa på ${h(f.limit, l)} for alminneleg arbeidstid.`,
    (f, l) => `The work day has ${h(f.measured, l)}, above the ${num(f.limit, l)}-hour normal limit.`,
  ),
  'aml.10-6.overtime-week': by(
    (f, l) => `Uken har ${h(f.measured, l)} overtid etter arbeidsmiljøloven.`,
    (f, l) => `Veka har ${h(f.measured, l)} overtid etter arbeidsmiljølova.`,
    (f, l) => `The week has ${h(f.measured, l)} of AML overtime.`,
  ),
  'aml.10-6.overtime-week-limit': by(
    (f, l) => `Uken har ${h(f.measured, l)} overtid, over grensen på ${h(f.limit, l)} per uke.`,
    (f, l) => `Veka har ${h(f.measured, l)} overtid, over grensa på ${h(f.limit, l)} per veke.`,
    (f, l) => `The week has ${h(f.measured, l)} of overtime, above the ${num(f.limit, l)}-hour weekly limit.`,
  ),
  'aml.10-6.overtime-4-weeks': by(
    (f, l) => `Overtiden i fire sammenhengende uker er ${h(f.measured, l)}, over grensen på ${h(f.limit, l)}.`,
    (f, l) => `Overtida i fire samanhengande veker er ${h(f.measured, l)}, over grensa på ${h(f.limit, l)}.`,
    (f, l) => `Overtime in four consecutive weeks is ${h(f.measured, l)}, above the ${num(f.limit, l)}-hour limit.`,
  ),
  'aml.10-6.overtime-year': by(
    (f, l) => `Overtiden i overtidsåret er ${h(f.measured, l)}, over grensen på ${h(f.limit, l)}.`,
    (f, l) => `Overtida i overtidsåret er ${h(f.measured, l)}, over grensa på ${h(f.limit, l)}.`,
    (f, l) => `Overtime in the overtime year is ${h(f.measured, l)}, above the ${num(f.limit, l)}-hour limit.`,
  ),
  'aml.10-6.total-day': by(
    (f, l) => `Arbeidsdagen har ${h(f.measured, l)} i alt, over grensen på ${h(f.limit, l)}.`,
    (f, l) => `Arbeidsdagen har ${h(f.measured, l)} i alt, over grensa på ${h(f.limit, l)}.`,
    (f, l) => `The work day totals ${h(f.measured, l)}, above the ${num(f.limit, l)}-hour limit.`,
  ),
  'aml.10-6.total-8-weeks': by(
    (f, l) => `Gjennomsnittet over åtte uker er ${h(f.measured, l)} per uke, over grensen på ${h(f.limit, l)}.`,
    (f, l) => `Gjennomsnittet over åtte veker er ${h(f.measured, l)} per veke, over grensa på ${h(f.limit, l)}.`,
    (f, l) => `The eight-week average is ${h(f.measured, l)} a week, above the ${num(f.limit, l)}-hour limit.`,
  ),
  'aml.10-6.total-week': by(
    (f, l) => `Uken har ${h(f.measured, l)} i alt, over grensen på ${h(f.limit, l)} i én enkelt uke.`,
    (f, l) => `Veka har ${h(f.measured, l)} i alt, over grensa på ${h(f.limit, l)} i éi enkelt veke.`,
    (f, l) => `The week totals ${h(f.measured, l)}, above the ${num(f.limit, l)}-hour limit for a single week.`,
  ),
  'aml.10-8.daily-rest': by(
    (f, l) =>
      f.variant === 'within-24h'
        ? `Hovedarbeidsperioden varer ${h(f.measured, l)}; døgnhvilen tillater høyst ${h(f.limit, l)}.`
        : `Bare ${h(f.measured, l)} fri mellom to arbeidsdager; døgnhvilen skal være minst ${h(f.limit, l)}.`,
    (f, l) =>
      f.variant === 'within-24h'
        ? `Hovudarbeidsperioden varer ${h(f.measured, l)}; døgnkvila tillèt høgst ${h(f.limit, l)}.`
        : `Berre ${h(f.measured, l)} fri mellom to arbeidsdagar; døgnkvila skal vere minst ${h(f.limit, l)}.`,
    (f, l) =>
      f.variant === 'within-24h'
        ? `The main work period spans ${h(f.measured, l)}; daily rest allows at most ${num(f.limit, l)}.`
        : `Only ${h(f.measured, l)} off between two work days; daily rest must be at least ${num(f.limit, l)} hours.`,
  ),
  'aml.10-8.weekly-rest': by(
    (f, l) => `Sjudagersperioden har ingen sammenhengende fritid på ${h(f.limit, l)} (lengste: ${h(f.measured, l)}).`,
    (f, l) => `Sjudagarsperioden har inga samanhengande fritid på ${h(f.limit, l)} (lengste: ${h(f.measured, l)}).`,
    (f, l) => `The seven-day period has no continuous rest of ${h(f.limit, l)} (longest: ${h(f.measured, l)}).`,
  ),
  'aml.10-8.sunday-following': by(
    (f, l) => `Du arbeidet også forrige søn- eller helgedag; denne skulle vært fri (${h(f.measured, l)} arbeid).`,
    (f, l) => `Du arbeidde også førre sun- eller heilagdag; denne skulle vore fri (${h(f.measured, l)} arbeid).`,
    (f, l) => `You also worked the previous Sunday or holiday; this one should have been free (${h(f.measured, l)} of work).`,
  ),
  'aml.10-9.break': by(
    () => 'En arbeidsøkt uten lange opphold mangler pausen arbeidsmiljøloven § 10-9 krever.',
    () => 'Ei arbeidsøkt utan lange opphald manglar pausen arbeidsmiljølova § 10-9 krev.',
    () => 'A working stretch lacks the break required by AML § 10-9.',
  ),
  'aml.10-9.overtime-break': by(
    (f, l) => `Du arbeidet mer enn 2 timer etter avtalt arbeidstid uten en pause på minst ${h(f.limit, l)} (lengste: ${h(f.measured, l)}).`,
    (f, l) => `Du arbeidde meir enn 2 timar etter avtalt arbeidstid utan ein pause på minst ${h(f.limit, l)} (lengste: ${h(f.measured, l)}).`,
    (f, l) => `You worked more than 2 hours past the end of your working time without a break of at least ${h(f.limit, l)} (longest: ${h(f.measured, l)}).`,
  ),
  'aml.10-10.sunday': by(
    (f, l) => `${h(f.measured, l)} arbeid i søn- og helgedagsvinduet.`,
    (f, l) => `${h(f.measured, l)} arbeid i sun- og heilagdagsvindauget.`,
    (f, l) => `${h(f.measured, l)} of work inside the Sunday/holiday window.`,
  ),
  'aml.10-11.night': by(
    (f, l) => `${h(f.measured, l)} nattarbeid.`,
    (f, l) => `${h(f.measured, l)} nattarbeid.`,
    (f, l) => `${h(f.measured, l)} of night work.`,
  ),
  'agreement.outside-hours': by(
    (f, l) => `${h(f.measured, l)} arbeid utenfor avtalt arbeidstid.`,
    (f, l) => `${h(f.measured, l)} arbeid utanfor avtalt arbeidstid.`,
    (f, l) => `${h(f.measured, l)} of work outside the agreed working time.`,
  ),
  'agreement.outside-availability': by(
    (f, l) => `Du var tilgjengelig ${h(f.measured, l)} utenfor den avtalte tilgjengeligheten.`,
    (f, l) => `Du var tilgjengeleg ${h(f.measured, l)} utanfor den avtalte tilgjengelegheita.`,
    (f, l) => `You were available for ${h(f.measured, l)} outside the agreed availability.`,
  ),
  'absence.work-while-absent': by(
    (f, l) => `Du er registrert ${f.variant === 'ferie' ? 'med ferie' : f.variant === 'sykt-barn' ? 'hjemme med sykt barn' : 'syk'} denne dagen, men har arbeidet ${h(f.measured, l)}.`,
    (f, l) => `Du er registrert ${f.variant === 'ferie' ? 'med ferie' : f.variant === 'sykt-barn' ? 'heime med sjukt barn' : 'sjuk'} denne dagen, men har arbeidd ${h(f.measured, l)}.`,
    (f, l) => `You are marked as ${f.variant === 'ferie' ? 'on holiday' : f.variant === 'sykt-barn' ? 'at home with a sick child' : 'sick'} on this day, but worked ${h(f.measured, l)}.`,
  ),
  'forskrift.agreement-missing': by(
    (f) => `Du har hatt ${f.measured} hjemmekontordager på fire uker, men ingen hjemmekontoravtale er lagret.`,
    (f) => `Du har hatt ${f.measured} heimekontordagar på fire veker, men ingen heimekontoravtale er lagra.`,
    (f) => `You have had ${f.measured} home-office days in four weeks, but no home-office agreement is stored.`,
  ),
};

/** The explanation of a finding in all three languages. */
export function findingMessage(rule: RuleId, facts: MessageFacts): Message {
  const t = TEXTS[rule];
  return { nb: t.nb(facts, 'nb'), nn: t.nn(facts, 'nn'), en: t.en(facts, 'en') };
}
