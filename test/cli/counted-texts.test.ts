import { describe, expect, it } from 'vitest';
import { t } from '../../src/cli/session-texts';
import { at } from '../../src/cli/absence-texts';
import { absenceImportText } from '../../src/cli/import-absence';

// Every counted CLI text rendered for 0, 1 and 2 in nb, nn and en (issue 20 item 2): no "(s)", "(er)", and 1 is singular.
const ROWS = [
  ['nb', 'status-review', ['0 økter må gjennomgås', '1 økt må gjennomgås', '2 økter må gjennomgås']],
  ['nn', 'status-review', ['0 økter må gjennomgåast', '1 økt må gjennomgåast', '2 økter må gjennomgåast']],
  ['en', 'status-review', ['0 sessions need your review', '1 session needs your review', '2 sessions need your review']],
  ['nb', 'exported', ['Skrev 0 økter til f.json.', 'Skrev 1 økt til f.json.', 'Skrev 2 økter til f.json.']],
  ['nn', 'exported', ['Skreiv 0 økter til f.json.', 'Skreiv 1 økt til f.json.', 'Skreiv 2 økter til f.json.']],
  ['en', 'exported', ['Wrote 0 sessions to f.json.', 'Wrote 1 session to f.json.', 'Wrote 2 sessions to f.json.']],
  ['nb', 'import-problems', ['f.json: 0 problemer;', 'f.json: 1 problem;', 'f.json: 2 problemer;']],
  ['nn', 'import-problems', ['f.json: 0 problem;', 'f.json: 1 problem;', 'f.json: 2 problem;']],
  ['en', 'import-problems', ['f.json: 0 problems;', 'f.json: 1 problem;', 'f.json: 2 problems;']],
  ['nb', 'problems-more', ['… og 0 problemer til', '… og 1 problem til', '… og 2 problemer til']],
  ['nn', 'problems-more', ['… og 0 problem til som ikkje er viste', '… og 1 problem til som ikkje er vist', '… og 2 problem til som ikkje er viste']],
  ['en', 'problems-more', ['… and 0 more problems', '… and 1 more problem not', '… and 2 more problems']],
] as const;

describe('counted CLI texts', () => {
  it.each(ROWS)('%s %s for 0, 1, 2', (lang, key, expected) => {
    [0, 1, 2].forEach((count, i) => expect(t(lang, key, { count, file: 'f.json' })).toContain(expected[i]));
  });

  it.each([
    ['nb', ['Importerte 0 økter; 1 fantes', 'Importerte 1 økt; 2 fantes', 'Importerte 2 økter; 0 fantes']],
    ['nn', ['Importerte 0 økter; 1 fanst', 'Importerte 1 økt; 2 fanst', 'Importerte 2 økter; 0 fanst']],
    ['en', ['Imported 0 sessions; 1 was already', 'Imported 1 session; 2 were already', 'Imported 2 sessions; 0 were already']],
  ] as const)('%s imported for 0, 1, 2 (and the skipped count too)', (lang, expected) => {
    [0, 1, 2].forEach((added, i) => expect(t(lang, 'imported', { added, skipped: (i + 1) % 3 })).toContain(expected[i]));
  });

  it.each([
    ['nb', ['0 fraværsperioder skrevet', '1 fraværsperiode skrevet', '2 fraværsperioder skrevet']],
    ['nn', ['0 fråværsperiodar skrivne', '1 fråværsperiode skriven', '2 fråværsperiodar skrivne']],
    ['en', ['0 absences written', '1 absence written', '2 absences written']],
  ] as const)('%s absence exported for 0, 1, 2', (lang, expected) => {
    [0, 1, 2].forEach((count, i) => expect(at(lang, 'exported', { count, file: 'f.json' })).toContain(expected[i]));
  });

  it.each([
    ['nb', ['Importerte 0 fraværsperioder; 1 fantes', 'Importerte 1 fraværsperiode; 2 fantes', 'Importerte 2 fraværsperioder; 0 fantes']],
    ['nn', ['Importerte 0 fråværsperiodar; 1 fanst', 'Importerte 1 fråværsperiode; 2 fanst', 'Importerte 2 fråværsperiodar; 0 fanst']],
    ['en', ['Imported 0 absences; 1 was already', 'Imported 1 absence; 2 were already', 'Imported 2 absences; 0 were already']],
  ] as const)('%s absence imported for 0, 1, 2 (and the skipped count too)', (lang, expected) => {
    [0, 1, 2].forEach((added, i) => expect(absenceImportText(lang, 'imported', { added, skipped: (i + 1) % 3 })).toContain(expected[i]));
  });
});
