import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadAllCatalogs, recorded } from '../helpers/catalogs';

// Issue 20 item 3: the catalogs use the words of docs/glossary.md. Each row's "Do not use" words are
// banned in the language they name; a catalog text using one fails here, naming the file, key and word.

vi.mock('../../src/shared/i18n/catalog', async (original) => (await import('../helpers/catalogs')).recordingCatalogs(await original()));

/** Catalogs not checked yet, each with its reason (printed at run time); the test fails once the file is clean. */
const PENDING: Readonly<Record<string, string>> = {};
/**
 * Single texts not checked yet, as `file#key`, each with its reason (printed at run time); the test fails once
 * the text is clean, so the entry is removed.
 */
const PENDING_KEYS: Readonly<Record<string, string>> = {};
/** Product names, taken out before the words are compared. */
const NAMES = ['Visma Lønn'];

type Ban = { readonly lang: 'nb' | 'nn'; readonly word: string; readonly prefix: boolean; readonly concept: string };
const ROOT = join(__dirname, '../..');
const glossary = readFileSync(join(ROOT, 'docs/glossary.md'), 'utf8');
const rows = glossary.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Concept') && !l.startsWith('|---'));
const BANS: Ban[] = rows.flatMap((row) => {
  const cells = row.split('|').slice(1, -1).map((c) => c.trim());
  const [concept = '', , , , , banned = ''] = cells;
  return banned
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean)
    .flatMap((b): Ban[] => {
      const m = /^(?:(nb|nn):\s*)?(.+?)(\*)?$/.exec(b)!;
      const langs = m[1] ? [m[1] as 'nb' | 'nn'] : (['nb', 'nn'] as const);
      return langs.map((lang) => ({ lang, word: m[2]!.toLowerCase(), prefix: Boolean(m[3]), concept }));
    });
});

const SAMPLE = { n: 2, count: 2, hours: 2, minutes: 2, files: 2, limit: 2, max: 2, k: 5, p: 85, h: 1, m: 5 };
const text = (e: unknown): string => (typeof e === 'function' ? String((e as (p: object) => string)(SAMPLE)) : String(e));
const wordsOf = (t: string): string[] => NAMES.reduce((x, name) => x.split(name).join(' '), t).replace(/\{[^}]*\}/g, ' ').toLowerCase().match(/[a-zæøåé][a-zæøåé-]*/g) ?? [];
const hits = (t: string, lang: 'nb' | 'nn'): Ban[] => {
  const all = wordsOf(t);
  const words = all.flatMap((w) => [w, ...w.split('-')]);
  const line = ` ${all.join(' ')}`;
  // a ban of several words is a phrase: the words in a row, the last one a prefix when the ban ends in *
  const phrase = (b: Ban): boolean => (b.prefix ? line.includes(` ${b.word}`) : ` ${line} `.includes(` ${b.word} `));
  return BANS.filter((b) => b.lang === lang && (b.word.includes(' ') ? phrase(b) : words.some((w) => (b.prefix ? w.startsWith(b.word) : w === b.word))));
};

describe('the catalogs use the glossary', () => {
  it('reads the glossary and the catalogs', async () => {
    await loadAllCatalogs();
    expect(BANS.length).toBeGreaterThan(20);
    expect(BANS).toContainEqual({ lang: 'nn', word: 'lønn', prefix: true, concept: 'pay, payroll' });
    expect(recorded.length).toBeGreaterThan(20);
  });

  it('no nb or nn text uses a word the glossary bans in that language', () => {
    const found: string[] = [];
    for (const { file, catalog } of recorded) {
      if (file in PENDING) continue;
      for (const lang of ['nb', 'nn'] as const)
        for (const [key, entry] of Object.entries(catalog[lang])) {
          if (`${file}#${key}` in PENDING_KEYS) continue;
          for (const b of hits(text(entry), lang)) found.push(`${file}#${key} (${lang}): "${b.word}${b.prefix ? '…' : ''}" for ${b.concept}`);
        }
    }
    expect(found).toEqual([]);
  });

  it.each([
    ['nn', 'Lønnsart', true],
    ['nn', 'Lønsart', false],
    ['nb', 'Denne uka', true],
    ['nb', 'Denne uken', false],
    ['nb', 'Hjemmevakt', true],
    ['nn', 'Beredskapsvakt (t)', false],
    ['nb', 'Beredskap', true],
    ['nn', 'Visma Lønn', false],
    ['nb', 'søn-/heimedag', true],
    ['nb', 'Registrer grunn for overtid', true],
    ['nn', 'Grunn til overtida', true],
    ['nb', 'Grunnlag for overtid', false],
    ['nb', 'Grunn til endringen', false],
    ['nb', 'Skriv en kort begrunnelse', true],
    ['nn', 'Grunngjevinga er for lang', true],
    ['nb', 'Stopp nå, eller registrer overtiden med en grunn.', true],
  ] as const)('%s "%s" is banned: %s', (lang, t, banned) => {
    expect(hits(t, lang).length > 0).toBe(banned);
  });

  it.each(Object.entries(PENDING_KEYS))('%s is still pending (%s)', (fileKey, reason) => {
    console.warn(`glossary-terms: ${fileKey} not checked yet: ${reason}`);
    const [file, key] = fileKey.split('#') as [string, string];
    const c = recorded.find((r) => r.file === file)?.catalog;
    expect(c, `${file} defines no catalog any more; remove ${fileKey} from PENDING_KEYS`).toBeDefined();
    const left = (['nb', 'nn'] as const).flatMap((lang) => (key in c![lang] ? hits(text(c![lang][key]), lang) : []));
    expect(left.length, `${fileKey} uses the glossary's words now; remove it from PENDING_KEYS so it is checked`).toBeGreaterThan(0);
  });

  it.each(Object.entries(PENDING))('%s is still pending (%s)', (file, reason) => {
    console.warn(`glossary-terms: ${file} not checked yet: ${reason}`);
    const c = recorded.find((r) => r.file === file)?.catalog;
    expect(c, `${file} defines no catalog any more; remove it from PENDING`).toBeDefined();
    const left = (['nb', 'nn'] as const).flatMap((lang) => Object.values(c![lang]).flatMap((e) => hits(text(e), lang)));
    expect(left.length, `${file} uses the glossary's words now; remove it from PENDING so it is checked`).toBeGreaterThan(0);
  });
});
