import { describe, expect, it } from 'vitest';
import { counted, countedText, plural, countWord } from '../../src/shared/i18n/plural';
import type { Lang } from '../../src/core/model';

const SESSION = {
  nb: { one: '{n} økt', other: '{n} økter' },
  nn: { one: '{n} økt', other: '{n} økter' },
  en: { one: '{n} session', other: '{n} sessions' },
} as const;
const HOURS = {
  nb: { one: '{n} time nattarbeid', other: '{n} timer nattarbeid' },
  nn: { one: '{n} time nattarbeid', other: '{n} timar nattarbeid' },
  en: { one: '{n} hour of night work', other: '{n} hours of night work' },
} as const;

const ROWS: ReadonlyArray<readonly [Lang, number, string, string]> = [
  ['nb', 0, '0 økter', '0 timer nattarbeid'],
  ['nb', 1, '1 økt', '1 time nattarbeid'],
  ['nb', 2, '2 økter', '2 timer nattarbeid'],
  ['nb', 1.5, '1,5 økter', '1,5 timer nattarbeid'],
  ['nb', 21, '21 økter', '21 timer nattarbeid'],
  ['nn', 0, '0 økter', '0 timar nattarbeid'],
  ['nn', 1, '1 økt', '1 time nattarbeid'],
  ['nn', 2, '2 økter', '2 timar nattarbeid'],
  ['nn', 0.5, '0,5 økter', '0,5 timar nattarbeid'],
  ['nn', 101, '101 økter', '101 timar nattarbeid'],
  ['en', 0, '0 sessions', '0 hours of night work'],
  ['en', 1, '1 session', '1 hour of night work'],
  ['en', 2, '2 sessions', '2 hours of night work'],
  ['en', 1.5, '1.5 sessions', '1.5 hours of night work'],
  ['en', 11, '11 sessions', '11 hours of night work'],
];

describe('plural', () => {
  it.each(ROWS)('%s %s → "%s" / "%s"', (lang, n, session, hours) => {
    expect(plural(lang, n, SESSION[lang])).toBe(session);
    expect(plural(lang, n, HOURS[lang])).toBe(hours);
  });

  it.each([
    ['nb', 1, 'Skrev 1 økt til a.json.'],
    ['nb', 3, 'Skrev 3 økter til a.json.'],
    ['en', 1, 'Wrote 1 session to a.json.'],
    ['en', 0, 'Wrote 0 sessions to a.json.'],
  ] as const)('counted %s %s fills the count and the other placeholders', (lang, count, text) => {
    const forms = lang === 'en' ? { one: 'Wrote {count} session to {file}.', other: 'Wrote {count} sessions to {file}.' } : { one: 'Skrev {count} økt til {file}.', other: 'Skrev {count} økter til {file}.' };
    expect(counted(lang, 'count', forms)({ count, file: 'a.json' })).toBe(text);
  });

  it.each([
    ['nb', 2.25, '2,25'],
    ['nn', 7, '7'],
    ['en', 2.25, '2.25'],
  ] as const)('countWord %s %s → %s', (lang, n, word) => {
    expect(countWord(lang, n)).toBe(word);
  });

  it.each([
    ['nb', 0, 1, '0 filer lest, 1 duplikat, k = 5'],
    ['nb', 1, 2, '1 fil lest, 2 duplikater, k = 5'],
    ['nn', 2, 0, '2 filer lesne, 0 duplikat, k = 5'],
    ['nn', 1, 1, '1 fil lesen, 1 duplikat, k = 5'],
    ['en', 1, 0, '1 file read, 0 duplicates, k = 5'],
    ['en', 2, 1, '2 files read, 1 duplicate, k = 5'],
  ] as const)('countedText %s files=%s duplicates=%s', (lang, files, duplicates, text) => {
    const template = { nb: '{files|fil lest|filer lest}, {duplicates|duplikat|duplikater}, k = {k}', nn: '{files|fil lesen|filer lesne}, {duplicates|duplikat|duplikat}, k = {k}', en: '{files|file read|files read}, {duplicates|duplicate|duplicates}, k = {k}' }[lang];
    expect(countedText(lang, template)({ files, duplicates, k: 5 })).toBe(text);
  });
});
