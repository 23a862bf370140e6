/** The move use case against fakes: every refusal, the retry when the database is written during the copy, and the order of the steps. */
import { describe, expect, it } from 'vitest';
import { createDataLocationService, LOCATION_TEXTS, moveDataFolder, type MoveDeps } from '../../../src/app/data-location/index';
import { translate } from '../../../src/shared/i18n/catalog';
import type { DatabaseFacts, FolderFs, LiveDatabase } from '../../../src/app/ports/data-folder';
import { err, ok, type Result } from '../../../src/shared/result';

interface World {
  folders: Set<string>;
  files: Set<string>;
  readOnly: Set<string>;
  steps: string[];
  marks: string[];
  copyFacts: Result<DatabaseFacts, string>;
  copyFails?: string;
  pointerFails?: string;
  makeFails?: string;
}

function world(over: Partial<World> = {}): World {
  return { folders: new Set(['/data', '/home', '/home/kari']), files: new Set(['/data/fyrabend.db', '/home/kari/notes.txt']), readOnly: new Set(), steps: [], marks: [], copyFacts: ok({ version: 4, sessions: 12 }), ...over };
}

function deps(w: World, over: Partial<MoveDeps> = {}): MoveDeps {
  const fs: FolderFs = {
    canonical: (p) => (p.startsWith('/') ? p.replace(/\/+$/, '').replace(/\/[^/]+\/\.\./g, '') || '/' : null),
    join: (f, n) => `${f}/${n}`,
    kind: (p) => (w.folders.has(p) ? 'folder' : w.files.has(p) ? 'file' : 'missing'),
    makeFolder: (f) => {
      if (w.makeFails) throw new Error(w.makeFails);
      w.steps.push(`mkdir ${f}`);
      w.folders.add(f);
    },
    canWrite: (f) => !w.readOnly.has(f),
    exists: (f) => w.files.has(f),
    removeCopy: (f) => (w.steps.push(`remove ${f}`), w.files.delete(f)),
  };
  const db: LiveDatabase = {
    file: '/data/fyrabend.db',
    folder: '/data',
    facts: () => ({ version: 4, sessions: 12 }),
    writeMark: () => w.marks.shift() ?? '0',
    copyTo: async (f) => {
      w.steps.push(`copy ${f}`);
      if (w.copyFails) throw new Error(w.copyFails);
      w.files.add(f);
    },
    inspect: (f) => (w.steps.push(`inspect ${f}`), w.copyFacts),
    copyBackups: (f) => (w.steps.push(`backups ${f}`), { copied: 2, failed: 0 }),
  };
  return {
    fs,
    db,
    pointer: {
      file: '/home/kari/.local/share/fyrabend/location.json',
      write: async (folder) => {
        if (w.pointerFails) throw new Error(w.pointerFails);
        w.steps.push(`pointer ${folder}`);
      },
    },
    source: 'default',
    relaunch: () => void w.steps.push('relaunch'),
    ...over,
  };
}

describe('moveDataFolder', () => {
  it('creates the folder, copies, verifies, copies backups, writes the pointer, then relaunches', async () => {
    const w = world();
    const r = await moveDataFolder(deps(w), '  /home/kari/Sync/Fyrabend/ ');
    expect(r).toEqual(
      ok({
        folder: '/home/kari/Sync/Fyrabend',
        database: '/home/kari/Sync/Fyrabend/fyrabend.db',
        previousDatabase: '/data/fyrabend.db',
        previousFolder: '/data',
        backupsCopied: 2,
        backupsFailed: 0,
        pointerFile: '/home/kari/.local/share/fyrabend/location.json',
      }),
    );
    const t = '/home/kari/Sync/Fyrabend';
    expect(w.steps).toEqual([`mkdir ${t}`, `copy ${t}/fyrabend.db`, `inspect ${t}/fyrabend.db`, `backups ${t}/fyrabend.db`, `pointer ${t}`, 'relaunch']);
    expect(w.files.has('/data/fyrabend.db')).toBe(true); // the old file is never removed
  });

  type Case = [name: string, folder: string, change: (w: World) => Partial<MoveDeps> | void, code: string, nothingCopied: boolean];
  const CASES: Case[] = [
    ['empty', '   ', () => undefined, 'empty', true],
    ['relative', 'Sync/Fyrabend', () => undefined, 'not-absolute', true],
    ['the current folder', '/data/', () => undefined, 'same-folder', true],
    ['the current folder by another way', '/home/../data', () => undefined, 'same-folder', true],
    ['a file', '/home/kari/notes.txt', () => undefined, 'not-a-folder', true],
    ['a folder that cannot be created', '/mnt/usb/f', (w) => void (w.makeFails = 'EACCES: permission denied'), 'cannot-create', true],
    ['a folder with a database', '/home/kari', (w) => void w.files.add('/home/kari/fyrabend.db'), 'has-database', true],
    ['a read-only folder', '/home/kari', (w) => void w.readOnly.add('/home/kari'), 'not-writable', true],
    ['FYRABEND_DB decides', '/home/kari', () => ({ source: 'env' }), 'env-override', true],
    ['--db decides', '/home/kari', () => ({ source: 'cli' }), 'env-override', true],
    ['the copy fails', '/home/kari', (w) => void (w.copyFails = 'SQLITE_FULL: database or disk is full'), 'copy-failed', false],
    ['the copy is damaged', '/home/kari', (w) => void (w.copyFacts = err('database disk image is malformed')), 'verify-failed', false],
    ['the copy has fewer sessions', '/home/kari', (w) => void (w.copyFacts = ok({ version: 4, sessions: 11 })), 'verify-failed', false],
    ['the copy has another schema version', '/home/kari', (w) => void (w.copyFacts = ok({ version: 3, sessions: 12 })), 'verify-failed', false],
    ['the pointer cannot be written', '/home/kari', (w) => void (w.pointerFails = 'ENOSPC'), 'pointer-failed', false],
    ['written to during every copy', '/home/kari', (w) => void (w.marks = ['1', '2', '2', '3', '3', '4']), 'busy', false],
  ];

  it.each(CASES)('refuses %s, relaunches nothing and leaves no copy behind', async (_name, folder, change, code, nothingCopied) => {
    const w = world();
    const over = change(w) ?? {};
    const r = await moveDataFolder(deps(w, over), folder);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
    expect(w.steps).not.toContain('relaunch');
    expect(w.steps.some((s) => s.startsWith('pointer'))).toBe(false);
    expect([...w.files].filter((f) => f.endsWith('fyrabend.db') && f !== '/data/fyrabend.db' && f !== '/home/kari/fyrabend.db')).toEqual([]);
    expect(w.files.has('/data/fyrabend.db')).toBe(true);
    if (code === 'has-database') expect(w.files.has('/home/kari/fyrabend.db')).toBe(true); // never overwritten nor removed
    expect(w.steps.some((s) => s.startsWith('copy'))).toBe(!nothingCopied);
  });

  it.each([
    ['fewer sessions', ok({ version: 4, sessions: 11 }), { nb: '(kopien har 11 økter, dataene dine 12)', nn: '(kopien har 11 økter, dataa dine 12)', en: '(the copy has 11 sessions, your data 12)' }],
    ['another schema version', ok({ version: 3, sessions: 12 }), { nb: '(kopien har skjemaversjon 3, dataene dine 4)', nn: '(kopien har skjemaversjon 3, dataa dine 4)', en: '(the copy has schema version 3, your data 4)' }],
    ['a damaged copy', err('database disk image is malformed'), { nb: '(database disk image is malformed)', nn: '(database disk image is malformed)', en: '(database disk image is malformed)' }],
  ] as const)('words a copy with %s in the user\'s language', async (_name, facts, expected) => {
    const w = world();
    w.copyFacts = facts;
    const r = await moveDataFolder(deps(w), '/home/kari');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const lang of ['nb', 'nn', 'en'] as const) expect(translate(LOCATION_TEXTS, lang, r.error.code, r.error.params)).toContain(expected[lang]);
  });

  it('copies again when the database was written during the copy', async () => {
    const w = world({ marks: ['1', '2', '2', '2'] });
    const r = await moveDataFolder(deps(w), '/home/kari');
    expect(r.ok).toBe(true);
    expect(w.steps.filter((s) => s.startsWith('copy'))).toHaveLength(2);
    expect(w.steps).toContain('remove /home/kari/fyrabend.db');
    expect(w.steps.at(-1)).toBe('relaunch');
  });

  it.each(['nb', 'nn', 'en'] as const)('the service words a refusal in %s, naming the folder', async (lang) => {
    const w = world();
    w.files.add('/home/kari/fyrabend.db');
    const service = createDataLocationService({ ...deps(w), pick: () => '/picked' });
    const r = await service.move('/home/kari', lang);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('data-folder.has-database');
      expect(r.error.message).toContain('/home/kari');
      expect(r.error.message).toMatch({ nb: /overskriver aldri/, nn: /skriv aldri over/, en: /never overwrites/ }[lang]);
    }
    await expect(Promise.resolve(service.pick(lang))).resolves.toBe('/picked');
  });
});
