/**
 * ISO week ids ("2026-W10") and summary periods ("2026-Q1", "2026-03") as people read them: "uke 10, 2026"
 * (nb), "veke 10, 2026" (nn), "week 10, 2026" (en); "1. kvartal 2026", "mars 2026". The ids stay in files
 * read by programs; every text a person reads goes through here (docs/glossary.md: uke, veke). Pure.
 *
 * @example
 * weekText('2026-W10', 'nn') // 'veke 10, 2026'
 * weekText('2026-W10', 'nb', false) // 'uke 10'
 * periodText('2026-Q1', 'nb') // '1. kvartal 2026'
 */
import type { Lang } from '../../core/model';

const WEEK: Readonly<Record<Lang, string>> = { nb: 'uke', nn: 'veke', en: 'week' };
const QUARTER: Readonly<Record<Lang, (q: number, year: string) => string>> = {
  nb: (q, y) => `${q}. kvartal ${y}`,
  nn: (q, y) => `${q}. kvartal ${y}`,
  en: (q, y) => `Q${q} ${y}`,
};
const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** The week number and year of an ISO week id, or null when `iso` is not one. */
export function weekParts(iso: string): { readonly week: number; readonly year: string } | null {
  const m = ISO_WEEK.exec(iso);
  return m ? { week: Number(m[2]), year: m[1] as string } : null;
}

/** "uke 10, 2026" (or "uke 10" without the year); a text that is not a week id is returned as it is. */
export function weekText(iso: string, lang: Lang, withYear = true): string {
  const p = weekParts(iso);
  if (!p) return iso;
  return withYear ? `${WEEK[lang]} ${p.week}, ${p.year}` : `${WEEK[lang]} ${p.week}`;
}

/** Every ISO week id inside a text ("2026-W10..2026-W13") written as words, dates left as they are. */
export function weeksInText(text: string, lang: Lang): string {
  return text.replace(/\b\d{4}-W\d{2}\b/g, (w) => weekText(w, lang));
}

/** A summary period ("2026-Q1", "2026-03") as words; any other text is returned as it is. */
export function periodText(label: string, lang: Lang): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (q) return QUARTER[lang](Number(q[2]), q[1] as string);
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (m) return `${MONTHS[lang][Number(m[2]) - 1] as string} ${m[1] as string}`;
  return label;
}
