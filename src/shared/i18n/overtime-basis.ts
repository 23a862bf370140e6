/**
 * The grounds of an overtime reason (AML § 10-6 (1)) and how the overtime is taken, in nb, nn and en:
 * one catalog for the form, the findings, the change log and every export format. docs/glossary.md:
 * "grunnlag for overtid", "avspasering" (nb and nn).
 */
import type { Lang } from '../../core/model';
import type { OvertimeGround, OvertimeTakenAs } from '../../core/overtime-basis';
import { defineCatalog, translate } from './catalog';

type Key = `ground.${OvertimeGround}` | `takenAs.${OvertimeTakenAs}` | 'takenAs.short.pay' | 'takenAs.short.time-off';

export const OVERTIME_BASIS_TEXTS = defineCatalog<Key>({
  nb: {
    'ground.exceptional-time-limited': 'Særlig og tidsavgrenset behov (uforutsett topp, frist)',
    'ground.illness-absence-cover': 'Dekker for syk eller fraværende kollega',
    'ground.breakdown-emergency': 'Driftsstans, ulykke eller fare for liv eller eiendom',
    'ground.other': 'Annet grunnlag',
    'takenAs.pay': 'Utbetales som overtid',
    'takenAs.time-off': 'Avspaseres (timene går til fleksisaldoen)',
    'takenAs.short.pay': 'utbetales',
    'takenAs.short.time-off': 'avspaseres',
  },
  nn: {
    'ground.exceptional-time-limited': 'Særleg og tidsavgrensa behov (uventa topp, frist)',
    'ground.illness-absence-cover': 'Dekkjer for sjuk eller fråverande kollega',
    'ground.breakdown-emergency': 'Driftsstans, ulukke eller fare for liv eller eigedom',
    'ground.other': 'Anna grunnlag',
    'takenAs.pay': 'Vert utbetalt som overtid',
    'takenAs.time-off': 'Avspaserast (timane går til fleksisaldoen)',
    'takenAs.short.pay': 'vert utbetalt',
    'takenAs.short.time-off': 'avspaserast',
  },
  en: {
    'ground.exceptional-time-limited': 'Exceptional, time-limited need (unforeseen peak, deadline)',
    'ground.illness-absence-cover': 'Covering for an ill or absent colleague',
    'ground.breakdown-emergency': 'Breakdown, accident or danger to life or property',
    'ground.other': 'Other basis',
    'takenAs.pay': 'Paid as overtime',
    'takenAs.time-off': 'Taken as time off in lieu (the hours go to the flexitime balance)',
    'takenAs.short.pay': 'paid',
    'takenAs.short.time-off': 'time off in lieu',
  },
});

export function groundText(lang: Lang, ground: OvertimeGround): string {
  return translate(OVERTIME_BASIS_TEXTS, lang, `ground.${ground}`);
}

/**
 * The saved basis as one line: "ground: text" (the ground in `lang`), the text alone for a reason
 * saved before grounds existed, the ground alone when no text was given.
 */
export function basisText(lang: Lang, r: { readonly ground?: OvertimeGround | null; readonly text: string }): string {
  const text = r.text.trim();
  if (!r.ground) return text;
  const g = groundText(lang, r.ground);
  return text ? `${g}: ${text}` : g;
}

/** The basis as the change log shows it: "ground: text", and "(time off in lieu)" when the overtime is taken as time off. */
export function basisLogText(lang: Lang, r: { readonly ground?: OvertimeGround | null; readonly text: string; readonly takenAs?: OvertimeTakenAs }): string {
  const line = basisText(lang, r);
  return r.takenAs === 'time-off' ? `${line} (${translate(OVERTIME_BASIS_TEXTS, lang, 'takenAs.short.time-off')})` : line;
}
