/**
 * `fyrabend import` of a `fyrabend.absence/1` file (issue 15), in-process on a real SQLite log: the
 * file that `export absence` writes comes back in; every problem is one sentence with its JSON path
 * (the first 20 and a count of the rest), in nb, nn and en; on any problem nothing is written.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

function rig(lang = 'en') {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-absence-import-'));
  const env = { FYRABEND_DB: join(dir, 'f.db'), FYRABEND_LANG: lang, FYRABEND_ZONE: 'Europe/Oslo' };
  const run = async (...args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(join(dir, p), 'utf8'), env, cwd: dir });
    return { code, out, err };
  };
  const file = (name: string, absences: unknown[]) => writeFileSync(join(dir, name), JSON.stringify({ format: 'fyrabend.absence/1', absences }));
  // A refusal before the log is opened leaves no database at all: nothing is listed then either.
  const listed = async () => {
    const r = await run('absence', 'list', '--json');
    return /no Fyrabend database/.test(r.err + r.out) ? [] : JSON.parse(r.out).absences.map((a: { kind: string; from: string; to: string; hours: number | null }) => `${a.kind} ${a.from} ${a.to} ${a.hours}`);
  };
  return { dir, run, file, listed };
}

const SICK = { kind: 'sykdom', from: '2026-03-02', to: '2026-03-03', hours: null, document: 'egenmelding' };
const CHILD = { kind: 'sykt-barn', from: '2026-03-05', to: '2026-03-05', hours: 3.5 };

describe('fyrabend import fyrabend.absence/1', () => {
  it('takes back what export absence wrote, and a second import adds nothing', async () => {
    const a = rig();
    expect((await a.run('absence', 'add', '--kind', 'sykdom', '--from', '2026-03-02', '--to', '2026-03-03', '--document', 'egenmelding', '--note', 'private')).code).toBe(0);
    expect((await a.run('absence', 'add', '--kind', 'sykt-barn', '--from', '2026-03-05', '--hours', '3.5')).code).toBe(0);
    expect((await a.run('export', 'absence', '--out', 'absence.json')).code).toBe(0);
    const b = rig();
    writeFileSync(join(b.dir, 'absence.json'), readFileSync(join(a.dir, 'absence.json')));
    expect(await b.run('import', 'absence.json')).toEqual({ code: 0, out: 'Imported 2 absences; 0 were already in the log.\n', err: '' });
    expect(await b.run('import', 'absence.json')).toEqual({ code: 0, out: 'Imported 0 absences; 2 were already in the log.\n', err: '' });
    expect(await b.listed()).toEqual(['sykdom 2026-03-02 2026-03-03 null', 'sykt-barn 2026-03-05 2026-03-05 3.5']);
  });

  it('accepts part days of different kinds on one date', async () => {
    const { run, file, listed } = rig();
    file('a.json', [CHILD, { kind: 'permisjon', from: '2026-03-05', to: '2026-03-05', hours: 2, paid: false }]);
    expect((await run('import', 'a.json')).code).toBe(0);
    expect(await listed()).toHaveLength(2);
  });

  it.each([
    ['a date that is not in the calendar', [{ ...SICK, from: '2026-02-30' }], '$.absences[0].from'],
    ['an unknown kind', [{ ...SICK, kind: 'sick' }], '$.absences[0].kind'],
    ['an end before the start', [{ ...SICK, to: '2026-03-01' }], '$.absences[0].to'],
    ['a sick note on a holiday', [{ kind: 'ferie', from: '2026-07-06', to: '2026-07-10', hours: null, document: 'sykmelding' }], '$.absences[0].document'],
    ['paid on sick leave', [{ ...SICK, paid: true }], '$.absences[0].paid'],
    ['25 hours in a day', [{ ...CHILD, hours: 25 }], '$.absences[0].hours'],
    ['an unknown field', [{ ...SICK, reason: 'flu' }], '$.absences[0]'],
    ['a full day overlapping another in the file', [SICK, { kind: 'ferie', from: '2026-03-03', to: '2026-03-06', hours: null }], '$.absences[1]: shares 2026-03-03 with $.absences[0] in the same file'],
    ['the same part day twice in the file', [CHILD, CHILD], '$.absences[1]: shares 2026-03-05 with $.absences[0]'],
  ])('refuses %s with its JSON path, and writes nothing', async (_name, absences, expected) => {
    const { run, file, listed } = rig();
    file('bad.json', absences);
    const r = await run('import', 'bad.json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('nothing was imported');
    expect(r.err).toContain(`bad.json: ${expected}`);
    expect(await listed()).toEqual([]);
  });

  it.each([
    ['en', 'shares 2026-03-03 with the recorded absence ferie 2026-03-03–2026-03-04; remove it from the file or correct the absence first'],
    ['nb', 'har 2026-03-03 felles med det registrerte fraværet ferie 2026-03-03–2026-03-04; fjern det fra filen eller rett fraværet først'],
    ['nn', 'har 2026-03-03 sams med det registrerte fråværet ferie 2026-03-03–2026-03-04; fjern det frå fila eller rett fråværet først'],
  ])('in %s, an absence that overlaps a recorded one is refused, and the good ones beside it are not written either', async (lang, text) => {
    const { run, file, listed } = rig(lang);
    expect((await run('absence', 'add', '--kind', 'ferie', '--from', '2026-03-03', '--to', '2026-03-04')).code).toBe(0);
    file('late.json', [{ kind: 'annet', from: '2026-01-05', to: '2026-01-05', hours: null }, SICK]);
    const r = await run('import', 'late.json');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`late.json: $.absences[1]: ${text}`);
    expect(await listed()).toEqual(['ferie 2026-03-03 2026-03-04 null']);
  });

  it('shows the first 20 problems and counts the rest', async () => {
    const { run, file } = rig();
    file('many.json', Array.from({ length: 25 }, () => ({ ...SICK, kind: 'sick' })));
    const r = await run('import', 'many.json');
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines[0]).toBe('fyrabend: many.json: 25 problems; nothing was imported:');
    expect(lines.filter((l) => l.startsWith('  many.json: $.absences['))).toHaveLength(20);
    expect(lines[lines.length - 1]).toBe('  … and 5 more problems not shown; fix these first and run the command again');
  });
});
