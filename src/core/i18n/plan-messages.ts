/**
 * Plan (look-ahead) messages in bokmål, nynorsk and English; `time` is the local clock time of the
 * line, `hours` the limit it stands for and `minutes` the pause that would avoid it (breaks only).
 */
import type { Message, PlanReason } from '../model';
import { num } from './numbers';

type T = (time: string, hours: string, minutes: string) => string;
const m = (nb: T, nn: T, en: T) => ({ nb, nn, en });

const TEXTS: Readonly<Record<PlanReason, { nb: T; nn: T; en: T }>> = {
  'agreed-end-soon': m(
    (t) => `Avtalt arbeidstid slutter kl. ${t}.`,
    (t) => `Avtalt arbeidstid sluttar kl. ${t}.`,
    (t) => `Your agreed working time ends at ${t}.`,
  ),
  'agreed-end': m(
    (t) => `Avtalt arbeidstid sluttet kl. ${t}. Stopp nå, eller registrer grunnlaget for overtiden.`,
    (t) => `Avtalt arbeidstid slutta kl. ${t}. Stopp no, eller registrer grunnlaget for overtida.`,
    (t) => `Your agreed working time ended at ${t}. Stop now, or record the overtime with a reason.`,
  ),
  'availability-end': m(
    (t) => `Avtalt tilgjengelighet slutter kl. ${t}.`,
    (t) => `Avtalt tilgjengelegheit sluttar kl. ${t}.`,
    (t) => `Your agreed availability ends at ${t}.`,
  ),
  'night-start': m(
    (t) => `Nattarbeid begynner kl. ${t} (arbeidsmiljøloven § 10-11).`,
    (t) => `Nattarbeid byrjar kl. ${t} (arbeidsmiljølova § 10-11).`,
    (t) => `Night work starts at ${t} (AML § 10-11).`,
  ),
  'sunday-start': m(
    (t) => `Søn- og helgedagsvinduet begynner kl. ${t} (arbeidsmiljøloven § 10-10).`,
    (t) => `Sun- og heilagdagsvindauget byrjar kl. ${t} (arbeidsmiljølova § 10-10).`,
    (t) => `The Sunday/holiday window starts at ${t} (AML § 10-10).`,
  ),
  'rest-latest-stop': m(
    (t) => `Stopp senest kl. ${t} for å få døgnhvilen før neste arbeidsdag.`,
    (t) => `Stopp seinast kl. ${t} for å få døgnkvila før neste arbeidsdag.`,
    (t) => `Stop by ${t} to keep your daily rest before the next work day.`,
  ),
  'daily-normal-limit': m(
    (t, h) => `Kl. ${t} har du arbeidet ${h} timer i dag; etter det er det overtid.`,
    (t, h) => `Kl. ${t} har du arbeidd ${h} timar i dag; etter det er det overtid.`,
    (t, h) => `At ${t} you reach ${h} hours today; after that it is overtime.`,
  ),
  'total-day-limit': m(
    (t) => `Kl. ${t} når du grensen for samlet arbeidstid i dag.`,
    (t) => `Kl. ${t} når du grensa for samla arbeidstid i dag.`,
    (t) => `At ${t} you reach the limit for total working time today.`,
  ),
  'weekly-normal-limit': m(
    (t, h) => `Kl. ${t} når du ${h} timer denne uken; etter det er det overtid.`,
    (t, h) => `Kl. ${t} når du ${h} timar denne veka; etter det er det overtid.`,
    (t, h) => `At ${t} you reach ${h} hours this week; after that it is overtime.`,
  ),
  'weekly-overtime-limit': m(
    (t) => `Kl. ${t} når du grensen for overtid denne uken.`,
    (t) => `Kl. ${t} når du grensa for overtid denne veka.`,
    (t) => `At ${t} you reach the overtime limit for this week.`,
  ),
  'break-due': m(
    (t, h, min) => `Kl. ${t} har du arbeidet ${h} timer i strekk uten pause. Ta en pause på minst ${min} minutter før det (arbeidsmiljøloven § 10-9).`,
    (t, h, min) => `Kl. ${t} har du arbeidd ${h} timar i strekk utan pause. Ta ein pause på minst ${min} minutt før det (arbeidsmiljølova § 10-9).`,
    (t, h, min) => `At ${t} you will have worked ${h} hours in a row without a break. Take a break of at least ${min} minutes before then (AML § 10-9).`,
  ),
  'long-break-due': m(
    (t, h, min) => `Kl. ${t} har du arbeidet ${h} timer med under ${min} minutter pause til sammen. Ta mer pause før det, så du kommer opp i ${min} minutter (arbeidsmiljøloven § 10-9).`,
    (t, h, min) => `Kl. ${t} har du arbeidd ${h} timar med under ${min} minutt pause til saman. Ta meir pause før det, så du kjem opp i ${min} minutt (arbeidsmiljølova § 10-9).`,
    (t, h, min) => `At ${t} you will have worked ${h} hours with less than ${min} minutes of breaks in all. Take more break before then to make up ${min} minutes (AML § 10-9).`,
  ),
  'overtime-break-due': m(
    (t, h, min) => `Kl. ${t} har du arbeidet ${h} timer utover normal arbeidstid uten en pause på ${min} minutter. Ta pausen før det (arbeidsmiljøloven § 10-9 (2)).`,
    (t, h, min) => `Kl. ${t} har du arbeidd ${h} timar utover normal arbeidstid utan ein pause på ${min} minutt. Ta pausen før det (arbeidsmiljølova § 10-9 (2)).`,
    (t, h, min) => `At ${t} you will have worked ${h} hours past your normal working time without a ${min}-minute break. Take it before then (AML § 10-9 (2)).`,
  ),
  'weekly-rest-latest-stop': m(
    (t, h) => `Stopp senest kl. ${t} for å få ${h} timer sammenhengende ukehvile i denne sjudagersperioden (arbeidsmiljøloven § 10-8 (2)).`,
    (t, h) => `Stopp seinast kl. ${t} for å få ${h} timar samanhengande vekekvile i denne sjudagarsperioden (arbeidsmiljølova § 10-8 (2)).`,
    (t, h) => `Stop by ${t} to get ${h} hours of unbroken weekly rest in this seven-day period (AML § 10-8 (2)).`,
  ),
  'total-week-limit': m(
    (t, h) => `Kl. ${t} når du ${h} timer denne uken, det meste loven tillater i én enkelt uke (arbeidsmiljøloven § 10-6 (8)).`,
    (t, h) => `Kl. ${t} når du ${h} timar denne veka, det meste lova tillèt i éi einskild veke (arbeidsmiljølova § 10-6 (8)).`,
    (t, h) => `At ${t} you reach ${h} hours this week, the most the law allows in any single week (AML § 10-6 (8)).`,
  ),
};

/** The message of a plan item; `hours` is the limit the line stands for (e.g. 9 or 40), `minutes` the pause (e.g. 15). */
export function planMessage(reason: PlanReason, time: string, hours = 0, minutes = 0): Message {
  const t = TEXTS[reason];
  const n = (lang: 'nb' | 'nn' | 'en') => num(hours, lang);
  const min = String(minutes);
  return { nb: t.nb(time, n('nb'), min), nn: t.nn(time, n('nn'), min), en: t.en(time, n('en'), min) };
}
