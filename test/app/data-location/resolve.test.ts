import { describe, expect, it } from 'vitest';
import { describeLocationProblem, isAbsolutePath, parsePointer, pointerText, resolveDataLocation, type PointerRead } from '../../../src/app/data-location/index';
import { formatProblem } from '../../../src/shared/formats/problems';

const DEFAULT = '/home/kari/.local/share/fyrabend/fyrabend.db';
const POINTER = '/home/kari/.local/share/fyrabend/location.json';
const join = (f: string, n: string) => `${f.replace(/\/$/, '')}/${n}`;

interface Row {
  readonly name: string;
  readonly cliDb?: string;
  readonly envDb?: string;
  readonly pointer: PointerRead;
  readonly folders?: readonly string[];
  readonly files?: readonly string[];
  readonly expected: { dbPath: string; source: string } | { problem: string };
}

const SYNC = '/home/kari/Sync/Fyrabend';
const ROWS: Row[] = [
  { name: 'nothing set: the default', pointer: { kind: 'none' }, expected: { dbPath: DEFAULT, source: 'default' } },
  { name: '--db wins over everything', cliDb: '/tmp/a.db', envDb: '/tmp/b.db', pointer: { kind: 'unreadable', fault: { readError: 'EACCES' } }, expected: { dbPath: '/tmp/a.db', source: 'cli' } },
  { name: 'FYRABEND_DB wins over the pointer', envDb: '/tmp/b.db', pointer: { kind: 'folder', dataFolder: SYNC }, expected: { dbPath: '/tmp/b.db', source: 'env' } },
  { name: 'FYRABEND_DB wins over a broken pointer', envDb: '/tmp/b.db', pointer: { kind: 'unreadable', fault: { readError: 'EACCES' } }, expected: { dbPath: '/tmp/b.db', source: 'env' } },
  { name: 'empty FYRABEND_DB counts as unset', envDb: '', pointer: { kind: 'none' }, expected: { dbPath: DEFAULT, source: 'default' } },
  { name: 'the pointer names a folder with the database', pointer: { kind: 'folder', dataFolder: SYNC }, folders: [SYNC], files: [`${SYNC}/fyrabend.db`], expected: { dbPath: `${SYNC}/fyrabend.db`, source: 'pointer' } },
  { name: 'a broken pointer stops (no silent default)', pointer: { kind: 'unreadable', fault: { problem: formatProblem('$', 'json.end') } }, files: [DEFAULT], expected: { problem: 'pointer-unreadable' } },
  { name: 'the folder is gone (unplugged disk)', pointer: { kind: 'folder', dataFolder: SYNC }, files: [DEFAULT], expected: { problem: 'folder-missing' } },
  { name: 'the folder has no database: no empty log is started', pointer: { kind: 'folder', dataFolder: SYNC }, folders: [SYNC], files: [DEFAULT], expected: { problem: 'database-missing' } },
];

describe('resolveDataLocation: --db > FYRABEND_DB > location.json > default', () => {
  it.each(ROWS)('$name', (row) => {
    let pointerReads = 0;
    const r = resolveDataLocation({
      cliDb: row.cliDb,
      envDb: row.envDb,
      defaultDb: DEFAULT,
      pointerFile: POINTER,
      readPointer: () => (pointerReads++, row.pointer),
      folderExists: (f) => (row.folders ?? []).includes(f),
      fileExists: (f) => (row.files ?? []).includes(f),
      join,
    });
    if ('problem' in row.expected) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.code).toBe(row.expected.problem);
    } else {
      expect(r).toEqual({ ok: true, pointerFile: POINTER, ...row.expected });
    }
    // The pointer is not even read when --db or FYRABEND_DB decides.
    expect(pointerReads).toBe(row.cliDb || row.envDb ? 0 : 1);
  });

  it.each(['nb', 'nn', 'en'] as const)('a problem names the pointer file, the folder and the default, in %s', (lang) => {
    for (const problem of [
      { code: 'pointer-unreadable', pointerFile: POINTER, fault: { problem: formatProblem('$', 'json.end') }, defaultDb: DEFAULT },
      { code: 'folder-missing', pointerFile: POINTER, folder: SYNC, defaultDb: DEFAULT },
      { code: 'database-missing', pointerFile: POINTER, folder: SYNC, defaultDb: DEFAULT },
    ] as const) {
      const text = describeLocationProblem(problem, lang);
      expect(text).toContain(POINTER);
      expect(text).toContain(DEFAULT);
      expect(text).not.toMatch(/\{\w+\}/);
      if (problem.code !== 'pointer-unreadable') expect(text).toContain(SYNC);
      else expect(text).toContain({ nb: '($ er ikke gyldig JSON: filen slutter midt i;', nn: '($ er ikkje gyldig JSON: fila sluttar midt i;', en: '($ is not valid JSON: the file ends in the middle;' }[lang]);
    }
  });

  // The reason why location.json cannot be used comes in the user's language too (it was English in nb and nn).
  it.each([
    ['a problem in the text', { problem: formatProblem('$.dataFolder', 'missing', { expected: 'string' }) }, { nb: '($.dataFolder mangler; forventet tekst)', nn: '($.dataFolder manglar; venta tekst)', en: '($.dataFolder is missing; expected text)' }],
    ['a relative data folder', { problem: formatProblem('$.dataFolder', 'absolutePath') }, { nb: '($.dataFolder skal være en hel sti fra begynnelsen, for eksempel "/home/kari/Fyrabend"', nn: '($.dataFolder skal vere ein heil sti frå byrjinga, til dømes "/home/kari/Fyrabend"', en: '($.dataFolder expected a full path from the start, such as "/home/kari/Fyrabend"' }],
    ['a folder where the file should be', { readError: 'EISDIR' }, { nb: '(er en mappe, ikke en fil)', nn: '(er ei mappe, ikkje ei fil)', en: '(is a folder, not a file)' }],
    ['no permission to read it', { readError: 'EACCES' }, { nb: '(kan ikke leses (ingen tilgang))', nn: '(kan ikkje lesast (inga tilgang))', en: '(cannot be read (permission denied))' }],
    ['another read error', { readError: 'EIO' }, { nb: '(kan ikke leses)', nn: '(kan ikkje lesast)', en: '(cannot be read)' }],
  ] as const)('why location.json cannot be used, %s, is told in nb, nn and en', (_name, fault, expected) => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(describeLocationProblem({ code: 'pointer-unreadable', pointerFile: POINTER, fault, defaultDb: DEFAULT }, lang)).toContain(expected[lang]);
    }
  });
});

describe('location.json', () => {
  it.each([
    ['{"format":"fyrabend.location/1","dataFolder":"/data/f"}', { ok: true, value: { dataFolder: '/data/f' } }],
    ['{"format":"fyrabend.location/1","dataFolder":"D:\\\\Data"}', { ok: true, value: { dataFolder: 'D:\\Data' } }],
    ['{"format":"fyrabend.location/1","dataFolder":"\\\\\\\\server\\\\share"}', { ok: true, value: { dataFolder: '\\\\server\\share' } }],
    ['{"format":"fyrabend.location/1","dataFolder":"data/f"}', { ok: false, error: { path: '$.dataFolder', code: 'absolutePath' } }],
    ['{"format":"fyrabend.location/1","dataFolder":"  "}', { ok: false, error: { path: '$.dataFolder', code: 'absolutePath' } }],
    ['{"format":"fyrabend.location/1"}', { ok: false, error: { path: '$.dataFolder', code: 'missing' } }],
    ['{"format":"fyrabend.location/2","dataFolder":"/d"}', { ok: false, error: { path: '$.format', code: 'wrongValue', params: { gotValue: '"fyrabend.location/2"' } } }],
    ['["/d"]', { ok: false, error: { path: '$', code: 'wrongType', params: { expected: 'object', gotKind: 'array' } } }],
    ['{"format":', { ok: false, error: { path: '$', code: 'json.end' } }],
    ['{"format":\n"x",,}', { ok: false, error: { path: '$', code: 'json.at', params: { line: 2, column: 5 } } }],
    ['', { ok: false, error: { path: '$', code: 'json.empty' } }],
  ])('parses %s', (text, expected) => {
    // A problem is matched on its path, code and params (its English `message` is for logs).
    if (expected.ok) expect(parsePointer(text)).toEqual(expected);
    else expect(parsePointer(text)).toMatchObject(expected);
  });

  it('writes what it reads back, readable by a person', () => {
    const text = pointerText('/home/kari/Sync/Fyrabend', Date.parse('2026-03-10T12:00:00Z'));
    expect(text).toBe('{\n  "format": "fyrabend.location/1",\n  "dataFolder": "/home/kari/Sync/Fyrabend",\n  "movedAt": "2026-03-10T12:00:00.000Z"\n}\n');
    expect(parsePointer(text)).toEqual({ ok: true, value: { dataFolder: '/home/kari/Sync/Fyrabend' } });
  });

  it.each([
    ['/a', true],
    ['C:\\Users', true],
    ['c:/x', true],
    ['\\\\srv\\s', true],
    ['a/b', false],
    ['~/x', false],
    ['C:x', false],
    ['', false],
  ])('isAbsolutePath(%j) = %s', (p, expected) => {
    expect(isAbsolutePath(p)).toBe(expected);
  });
});
