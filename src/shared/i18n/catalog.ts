/**
 * A typed message catalog: every key must exist in bokmål (nb), nynorsk (nn) and English (en),
 * checked by the compiler. Values are strings with `{name}` placeholders or functions of parameters.
 *
 * @example
 * const C = defineCatalog({ nb: { hi: 'Hei, {name}' }, nn: { hi: 'Hei, {name}' }, en: { hi: 'Hello, {name}' } });
 * translate(C, 'nn', 'hi', { name: 'Kari' }) // 'Hei, Kari'
 */
import { langOfTag } from './lang-tags';
import type { Lang } from '../../core/model';

export type Params = Readonly<Record<string, string | number>>;
export type Entry = string | ((p: Params) => string);
export type Catalog<K extends string> = Readonly<Record<Lang, Readonly<Record<K, Entry>>>>;

export function defineCatalog<K extends string>(catalog: { nb: Record<K, Entry>; nn: Record<K, Entry>; en: Record<K, Entry> }): Catalog<K> {
  return catalog;
}

export function translate<K extends string>(catalog: Catalog<K>, lang: Lang, key: K, params: Params = {}): string {
  const entry = catalog[lang][key];
  if (typeof entry === 'function') return entry(params);
  return entry.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks the user's language from an explicit choice, then a LANG-style locale (nb_NO, nn_NO, no_NO), else English. */
export function pickLang(explicit: string | undefined, locale: string | undefined): Lang {
  return (explicit ? langOfTag(explicit) : null) ?? (locale ? langOfTag(locale) : null) ?? 'en';
}
