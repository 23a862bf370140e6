import { describe, expect, it, vi } from 'vitest';
import { loadAllCatalogs, recorded } from '../helpers/catalogs';
import { norwegianProblems } from '../helpers/no-english';

// Issue 20 item 4, for every text, also those no rendering reaches (the command line, refusals, rare
// notices): each nb and nn entry of every catalog made with defineCatalog in src/ is checked for English
// words and internal ids (test/helpers/no-english.ts), placeholders taken out and counted texts rendered
// for 2. test/ui/no-english-in-norwegian.test.tsx checks the same on the rendered pages and exports.

vi.mock('../../src/shared/i18n/catalog', async (original) => (await import('../helpers/catalogs')).recordingCatalogs(await original()));

/** The reviewed exceptions, as `file#key` (both languages), each with its reason; one no longer needed fails. */
const ALLOWED: Readonly<Record<string, string>> = {
  'app/tracker/problems.ts#idle-question':
    'the command line\'s sentence names the values of its option (--idle keep, discard or break) beside the words; the window has its own sentence',
  'cli/absence-texts.ts#number': '--hours takes 3,5 and 3.5 alike, and the sentence says so',
  'shared/i18n/format-problems.ts#summary.week': 'the summary file holds ISO weeks, and the problem shows the form the file must have',
  'shared/i18n/ui-summary.ts#rep.exportCsv': 'the button names the file it saves, report.csv',
  'shared/i18n/ui-summary.ts#rep.exportHtml': 'the button names the file it saves, report.html',
  'shared/i18n/ui-summary.ts#rep.exportJson': 'the button names the file it saves, report.json',
};
/** Typed forms a field or an option takes, shown as examples ("2026-11", "2026-Q4"); they are ids by design. */
const EXAMPLES = ['2026-11', '2026-Q4', '2026-03', '2026-Q1'];

const NUMBERS: Readonly<Record<string, number>> = { n: 2, count: 2, hours: 2, minutes: 2, files: 2, limit: 2, max: 2, k: 5, p: 85, h: 1, m: 5, added: 2, skipped: 2, size: 300_000 };
/** Counts are 2; every other parameter a function reads is a plain word, so no text sees undefined. */
const SAMPLE = new Proxy({}, { get: (_t, k) => (typeof k === 'string' && k in NUMBERS ? NUMBERS[k] : 'Kari'), has: () => true });
const text = (e: unknown): string => (typeof e === 'function' ? String((e as (p: object) => string)(SAMPLE)) : String(e)).replace(/\{[^}]*\}/g, ' ');

describe('no English and nothing internal in any nb or nn catalog text', () => {
  it('reads the catalogs', async () => {
    await loadAllCatalogs();
    expect(recorded.length).toBeGreaterThan(30);
  });

  it('every nb and nn text', () => {
    const found: string[] = [];
    for (const { file, catalog } of recorded)
      for (const lang of ['nb', 'nn'] as const)
        for (const [key, entry] of Object.entries(catalog[lang])) if (!(`${file}#${key}` in ALLOWED)) found.push(...norwegianProblems(`${file}#${key} (${lang})`, text(entry), EXAMPLES));
    expect(found).toEqual([]);
  });

  it.each(Object.entries(ALLOWED))('%s is still needed (%s)', (fileKey) => {
    const [file, key] = fileKey.split('#') as [string, string];
    const c = recorded.find((r) => r.file === file && key in r.catalog.nb)?.catalog;
    expect(c, `${fileKey} is no catalog text any more; remove it from ALLOWED`).toBeDefined();
    const left = (['nb', 'nn'] as const).flatMap((lang) => norwegianProblems(fileKey, text(c![lang][key]), EXAMPLES));
    expect(left.length, `${fileKey} is clean now; remove it from ALLOWED`).toBeGreaterThan(0);
  });
});
