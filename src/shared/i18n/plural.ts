/**
 * Plurals over `Intl.PluralRules`: a counted text picks its form from the count and the language, never
 * "økt(er)" or "session(s)". Pure (no node:*, no clock, no host zone), so the core may use it too.
 *
 * @example
 * plural('nb', 1, { one: '{n} økt', other: '{n} økter' }) // '1 økt'
 * plural('nn', 0, { one: '{n} økt', other: '{n} økter' }) // '0 økter'
 * counted('en', 'count', { one: '{count} session', other: '{count} sessions' })({ count: 2 }) // '2 sessions'
 */
import type { Lang } from '../../core/model';
import type { Params } from './catalog';

/** The forms a count needs in nb, nn and en: `one` for exactly 1, `other` for everything else (0, 2, 1,5 …). */
export type PluralForms = { readonly one: string; readonly other: string };

const RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  nb: new Intl.PluralRules('nb'),
  nn: new Intl.PluralRules('nn'),
  en: new Intl.PluralRules('en'),
};

/** The number as people read it in the language: decimal comma in nb and nn, no grouping under 10 000. */
export function countWord(lang: Lang, n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace('.', lang === 'en' ? '.' : ',');
}

/** The form for `n` in `lang`, with `{n}` (or `{name}` when given) replaced by the number. */
export function plural(lang: Lang, n: number, forms: PluralForms, name = 'n'): string {
  const form = RULES[lang].select(n) === 'one' ? forms.one : forms.other;
  return form.split(`{${name}}`).join(countWord(lang, n));
}

/**
 * A catalog entry whose form follows the parameter `name`; the other `{placeholders}` are filled as
 * `translate` fills them. A missing or non-numeric count is read as 0.
 */
export function counted(lang: Lang, name: string, forms: PluralForms): (p: Params) => string {
  return (p) => {
    const n = Number(p[name] ?? 0);
    const text = plural(lang, Number.isFinite(n) ? n : 0, forms, name);
    return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in p ? String(p[key]) : whole));
  };
}

/**
 * A catalog entry with counted words inline: `{name|one|other}` becomes the count of `name` followed by
 * the form for it; the other `{placeholders}` are filled as `translate` fills them.
 *
 * @example
 * countedText('nb', '{files|fil|filer} lest, {duplicates|duplikat|duplikater}')({ files: 1, duplicates: 2 }) // '1 fil lest, 2 duplikater'
 */
export function countedText(lang: Lang, template: string): (p: Params) => string {
  return (p) =>
    template
      .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (_whole, name: string, one: string, other: string) => {
        const n = Number(p[name] ?? 0);
        return plural(lang, Number.isFinite(n) ? n : 0, { one: `{n} ${one}`, other: `{n} ${other}` });
      })
      .replace(/\{(\w+)\}/g, (whole, key: string) => (key in p ? String(p[key]) : whole));
}
