/** `summaryOptionsSave`: the editor's group lists are checked at the boundary and stored as the summary methods read them. */
import { describe, expect, it } from 'vitest';
import { dispatch, GROUP_OPTIONS_KEY, groupOptionsJson, readGroupOptions } from '../../../src/app/api/index';
import { fakeServices } from './fake-services';

const long = 'x'.repeat(61);

describe('summaryOptionsSave: validation before anything is stored', () => {
  const bad: [string, unknown, string | RegExp][] = [
    ['an unknown dimension', { groupOptions: { team: ['IT'] } }, /«groupOptions».*Bruk bare gruppene workplace, department og jobCategory/],
    ['a label that is only spaces', { groupOptions: { department: ['IT', '   '] } }, /«groupOptions\.department\.1».*kan ikke være tomt/],
    ['an empty label', { groupOptions: { workplace: [''] } }, /«groupOptions\.workplace\.0».*kan ikke være tomt/],
    ['a label over 60 characters', { groupOptions: { jobCategory: [long] } }, /«groupOptions\.jobCategory\.0».*høyst 60 tegn/],
    ['a label with an e-mail address', { groupOptions: { department: ['kari@firma.no'] } }, /«groupOptions\.department\.0».*bokstav eller et siffer/],
    ['a label starting with punctuation', { groupOptions: { department: ['-IT'] } }, /«groupOptions\.department\.0»/],
    ['more than 50 labels', { groupOptions: { department: Array.from({ length: 51 }, (_, i) => `D${i}`) } }, /«groupOptions\.department».*høyst 50 navn/],
    ['a label that is not text', { groupOptions: { department: [42] } }, /«groupOptions\.department\.0»/],
    ['a list that is not a list', { groupOptions: { department: 'IT' } }, /«groupOptions\.department»/],
    ['no lists at all', {}, /«groupOptions»/],
    ['an extra field', { groupOptions: {}, name: 'Kari' }, /«inndata».*ukjent felt 'name'/],
  ];
  it.each(bad)('refuses %s, naming the field, and stores nothing', async (_what, input, message) => {
    const s = fakeServices();
    await s.settings.set({ lang: 'nb' });
    const r = await dispatch(s, 'summaryOptionsSave', input);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) expect(r.error.message).toMatch(message);
    expect(s.calls).not.toContain('summaries.saveGroupOptions');
  });

  const good: [string, unknown, unknown][] = [
    ['trims and joins spaces', { department: ['  IT ', 'Drift  og\tutvikling'] }, { department: ['IT', 'Drift og utvikling'] }],
    ['keeps repeats once (first spelling, any capitals)', { department: ['IT', 'Sales', 'it', 'IT '] }, { department: ['IT', 'Sales'] }],
    ['leaves empty lists out', { workplace: [], department: ['IT'] }, { department: ['IT'] }],
    ['keeps the order the user gave', { jobCategory: ['Sykepleier', 'Lege', 'Annet'] }, { jobCategory: ['Sykepleier', 'Lege', 'Annet'] }],
    ['accepts 50 labels of 60 characters', { workplace: Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(60, 'x')) }, { workplace: Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(60, 'x')) }],
    ['clears everything', {}, {}],
  ];
  it.each(good)('%s', async (_what, groupOptions, want) => {
    const s = fakeServices();
    const r = await dispatch(s, 'summaryOptionsSave', { groupOptions });
    expect(r).toEqual({ ok: true, value: { groupOptions: want } });
    expect(s.calls).toEqual(['summaries.saveGroupOptions']);
    expect(await dispatch(s, 'summaryOptions', undefined)).toEqual({ ok: true, value: { groupOptions: want } });
  });

  it('answers in the user\'s language when summaries are off', async () => {
    const s = fakeServices();
    await s.settings.set({ lang: 'nn' });
    const off = Object.assign(Object.create(Object.getPrototypeOf(s)), s, { summaries: undefined });
    expect(await dispatch(off, 'summaryOptionsSave', { groupOptions: {} })).toMatchObject({ ok: false, error: { code: 'summaries-off', message: /ikkje tilgjengeleg/ } });
  });

  it('turns a failed write into the generic fault message (nothing half-saved is reported as saved)', async () => {
    const s = fakeServices();
    s.failWith = new Error('SQLITE_FULL');
    expect(await dispatch(s, 'summaryOptionsSave', { groupOptions: { department: ['IT'] } })).toMatchObject({ ok: false, error: { code: 'fault' } });
    expect(s.logged).toHaveLength(1);
  });
});

describe('stored form of the group lists', () => {
  it.each([
    [{ department: ['IT'], workplace: ['Oslo'] }, '{"workplace":["Oslo"],"department":["IT"]}'],
    [{ workplace: [], jobCategory: ['Lege'] }, '{"jobCategory":["Lege"]}'],
    [{}, '{}'],
  ])('%j is stored as %s and read back unchanged (empty lists aside)', (options, json) => {
    expect(groupOptionsJson(options)).toBe(json);
    expect(readGroupOptions(json)).toEqual(JSON.parse(json));
  });

  it('reads only labels the summary reader would accept (fail closed)', () => {
    expect(readGroupOptions(JSON.stringify({ department: ['IT', '<script>', 'x'.repeat(61), ' lead', 'ok'] }))).toEqual({ department: ['IT', 'ok'] });
    expect(GROUP_OPTIONS_KEY).toBe('summary.groupOptions');
  });
});
