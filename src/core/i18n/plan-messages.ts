/** Plan (look-ahead) messages in bokmål, nynorsk and English; `time` is the local clock time of the line. */
import type { Message, PlanReason } from '../model';
import { num } from './numbers';

type T = (time: string, hours: string) => string;
const m = (nb: T, nn: T, en: T) => ({ nb, nn, en });

const TEXTS: Readonly<Record<PlanReason, { nb: T; nn: T; en: T }>> = {
  'agreed-end-soon': m(
    (t) => `Avtalt arbeidstid slutter kl. ${t}.`,
    (t) => `Avtalt arbeidstid sluttar kl. ${t}.`,
    (t) => `Your agreed working time ends at ${t}.`,
  ),
  'agreed-end': m(
    (t) => `Avtalt arbeidstid sluttet kl. ${t}. Stopp nå, eller registrer overtiden med en grunn.`,
    (t) => `Avtalt arbeidstid slutta kl. ${t}. Stopp no, eller registrer overtida med ein grunn.`,
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
};

/** The message of a plan item; `hours` is the limit the line stands for (e.g. 9 or 40). */
export function planMessage(reason: PlanReason, time: string, hours = 0): Message {
  const t = TEXTS[reason];
  const n = (lang: 'nb' | 'nn' | 'en') => num(hours, lang);
  return { nb: t.nb(time, n('nb')), nn: t.nn(time, n('nn')), en: t.en(time, n('en')) };
}
