import { describe, expect, it } from 'vitest';
import { dedupeGroupLabels, groupLabelProblem, normaliseGroupLabel, sameGroupLabel } from '../../../src/core/anonymise/index';
import { parseSummaryFile } from '../../../src/shared/formats/summary';

describe('group labels of a configured list', () => {
  it.each([
    ['  IT ', 'IT'],
    ['Drift\tog  utvikling', 'Drift og utvikling'],
    ['\n', ''],
    ['Øst', 'Øst'],
  ])('normalises %j to %j', (raw, want) => {
    expect(normaliseGroupLabel(raw)).toBe(want);
  });

  it.each([
    ['IT', null],
    ['Sykepleier (natt)', null],
    ["R&D / Forskning, avd. 2 + 3 - O'Brien", null],
    ['Ålesund', null],
    ['x'.repeat(60), null],
    ['æ'.repeat(60), null],
    ['', 'empty'],
    ['x'.repeat(61), 'too-long'],
    ['-IT', 'characters'],
    ['(IT)', 'characters'],
    ['IT!', 'characters'],
    ['kari@firma.no', 'characters'],
    ['<b>IT</b>', 'characters'],
    ['IT 😀', 'characters'],
  ])('%j → %s', (label, problem) => {
    expect(groupLabelProblem(label)).toBe(problem);
  });

  it('accepts exactly the labels the summary reader accepts', () => {
    for (const label of ['IT', 'Sykepleier (natt)', '-IT', 'IT!', 'x'.repeat(61), 'Ålesund']) {
      const text = JSON.stringify({ format: 'fyrabend.summary/1', id: '00000000-0000-4000-8000-000000000001', period: '2026-11', groups: { department: label }, weeks: [] });
      const read = parseSummaryFile(text);
      const groupProblem = !read.ok && JSON.stringify(read.error).includes('groups');
      expect([label, groupProblem]).toEqual([label, groupLabelProblem(label) !== null]);
    }
  });

  it.each([
    [['IT', 'Sales', 'IT'], ['IT', 'Sales']],
    [['IT', 'it', ' It '], ['IT']],
    [['Øst', 'ØST', 'Vest'], ['Øst', 'Vest']],
    [[], []],
  ])('dedupes %j to %j, keeping the first spelling', (labels, want) => {
    expect(dedupeGroupLabels(labels)).toEqual(want);
  });

  it('compares labels without regard to capitals or spacing', () => {
    expect(sameGroupLabel('Drift  og utvikling', 'drift og Utvikling')).toBe(true);
    expect(sameGroupLabel('IT', 'IT2')).toBe(false);
  });
});
