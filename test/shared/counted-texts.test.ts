import { describe, expect, it } from 'vitest';
import { translate } from '../../src/shared/i18n/catalog';
import { UI } from '../../src/shared/i18n/ui';
import { UI_SUMMARY } from '../../src/shared/i18n/ui-summary';
import { SUMMARY_TEXTS } from '../../src/app/summary/texts';
import { r } from '../../src/cli/rep-texts';

// The window's and the summary report's counted texts for 0, 1 and 2 in nb, nn and en (issue 20 item 2).
const P = { folder: '/gammel', accepted: 3, rejected: 0, otherPeriod: 0, otherInvite: 0, replaced: 0, period: '2026-03', k: 5, p: 85, out: 'r.json', skipped: 0, ids: 1, senders: 1 };
const ROWS = [
  ['nb', (n: number) => translate(UI, 'nb', 'settings.dataFolder.backupsFailed', { ...P, count: n }), ['0 sikkerhetskopier kunne ikke kopieres; de ligger', '1 sikkerhetskopi kunne ikke kopieres; den ligger', '2 sikkerhetskopier kunne ikke kopieres; de ligger']],
  ['nn', (n: number) => translate(UI, 'nn', 'settings.dataFolder.backupsFailed', { ...P, count: n }), ['0 tryggingskopiar', '1 tryggingskopi kunne ikkje kopierast; han ligg', '2 tryggingskopiar kunne ikkje kopierast; dei ligg']],
  ['en', (n: number) => translate(UI, 'en', 'settings.dataFolder.backupsFailed', { ...P, count: n }), ['0 backups could not be copied; they are', '1 backup could not be copied; it is', '2 backups could not be copied; they are']],
  ['en', (n: number) => translate(UI, 'en', 'findings.count', { n }), ['0 findings', '1 finding', '2 findings']],
  ['nb', (n: number) => translate(UI_SUMMARY, 'nb', 'rep.loaded', { n }), ['0 filer valgt.', '1 fil valgt.', '2 filer valgt.']],
  ['nn', (n: number) => translate(UI_SUMMARY, 'nn', 'rep.loaded', { n }), ['0 filer valde.', '1 fil vald.', '2 filer valde.']],
  ['en', (n: number) => translate(UI_SUMMARY, 'en', 'rep.loaded', { n }), ['0 files chosen.', '1 file chosen.', '2 files chosen.']],
  ['nb', (n: number) => translate(UI_SUMMARY, 'nb', 'rep.input', { ...P, files: n, duplicates: n }), ['0 filer lest, 3 tatt med, 0 duplikater,', '1 fil lest, 3 tatt med, 1 duplikat,', '2 filer lest, 3 tatt med, 2 duplikater,']],
  ['nn', (n: number) => translate(UI_SUMMARY, 'nn', 'rep.input', { ...P, files: n, duplicates: n }), ['0 filer lesne, 3 tekne med, 0 duplikat,', '1 fil lesen, 3 tekne med, 1 duplikat,', '2 filer lesne, 3 tekne med, 2 duplikat,']],
  ['en', (n: number) => translate(UI_SUMMARY, 'en', 'rep.input', { ...P, files: n, duplicates: n }), ['0 files read, 3 included, 0 duplicates,', '1 file read, 3 included, 1 duplicate,', '2 files read, 3 included, 2 duplicates,']],
  ['nb', (n: number) => translate(SUMMARY_TEXTS, 'nb', 'inputCounts', { ...P, files: n, accepted: n, senders: n, duplicates: n }), ['0 filer lest, 0 personer (ulike id-er) tatt med, levert av 0 personer;', '1 fil lest, 1 person (ulike id-er) tatt med, levert av 1 person;', '2 filer lest, 2 personer (ulike id-er) tatt med, levert av 2 personer;']],
  ['nn', (n: number) => translate(SUMMARY_TEXTS, 'nn', 'inputCounts', { ...P, files: n, accepted: n, senders: n, duplicates: n }), ['0 filer lesne, 0 personar', '1 fil lesen, 1 person (ulike id-ar) tekne med, leverte av 1 person;', '2 filer lesne, 2 personar (ulike id-ar) tekne med, leverte av 2 personar;']],
  ['en', (n: number) => translate(SUMMARY_TEXTS, 'en', 'inputCounts', { ...P, files: n, accepted: n, senders: n, duplicates: n }), ['0 files read, 0 people', '1 file read, 1 person (different ids) included, handed in by 1 person;', '2 files read, 2 people (different ids) included, handed in by 2 people;']],
  ['nb', (n: number) => r('nb', 'done', { ...P, files: n, ids: n }), ['0 filer lest, 0 personer', '1 fil lest, 1 person (ulike id-er)', '2 filer lest, 2 personer']],
  ['nn', (n: number) => r('nn', 'done', { ...P, files: n, ids: n }), ['0 filer lesne, 0 personar', '1 fil lesen, 1 person (ulike id-ar)', '2 filer lesne, 2 personar']],
  ['en', (n: number) => r('en', 'done', { ...P, files: n, ids: n, duplicates: n }), ['0 files read, 0 people', '1 file read, 1 person (different ids)', '2 files read, 2 people']],
] as const;

describe('counted window and report texts', () => {
  it.each(ROWS.map(([lang, render, expected], i) => [`${i}: ${lang} ${expected[1]}`, render, expected] as const))('%s', (_name, render, expected) => {
    [0, 1, 2].forEach((n, i) => expect(render(n)).toContain(expected[i]));
  });
});
