/**
 * Issue 18 items 3, 4 and 6 on the CLI: values read for meaning (calendar dates, IANA zones, the
 * 7-day session limit, 1 MB agreements stored re-serialised), the import's overlap checks, problem
 * lists capped at 20 with a count, control characters escaped, and "Imported" printed only after
 * the commit (a full 2 MB tmpfs).
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOverlaps } from '../../src/cli/import-overlaps';
import { runCli } from '../../src/cli/main';
import { printable } from '../../src/cli/terminal-text';
import { isCalendarDate } from '../../src/cli/values';
import { mountTmpfs, tmpfsUnavailable } from '../helpers/tmpfs';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-cli-values-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo', ...env }, cwd: dir });
  return { code, out, err };
}

const H = 3_600_000;
const T = Date.parse('2026-03-10T07:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
function sessionsFile(name: string, sessions: readonly object[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ format: 'fyrabend.sessions/1', sessions }));
  return file;
}

describe('dates are read for meaning', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['9999-12-31', false],
    ['1899-12-31', false],
    ['2026-1-01', false],
  ])('%s is a calendar date: %s', (text, ok) => expect(isCalendarDate(text)).toBe(ok));

  it.each([
    [['check', '--sessions', 's.json', '--agreement', 'a.json', '--from', '2026-02-30'], '--from'],
    [['log', '--from', '2026-02-31', '--db', 'x.db'], '--from'],
    [['log', '--to', '9999-12-31', '--db', 'x.db'], '--to'],
    [['export', 'sessions', '--from', '2026-04-31', '--db', 'x.db'], '--from'],
  ])('%j is refused with one sentence in nb, nn and en, and nothing is created', async (args, name) => {
    for (const [lang, pattern] of [
      ['en', / is not a day in the calendar; give a real date from the years 1900–2199, such as 2026-02-28\n$/],
      ['nb', / finnes ikke i kalenderen; oppgi en virkelig dato/],
      ['nn', / finst ikkje i kalenderen; gje ein verkeleg dato/],
    ] as const) {
      const r = await cli([...args, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`^fyrabend: ${name} `));
      expect(r.err).toMatch(pattern);
      expect(r.err.split('\n')).toHaveLength(2);
    }
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });
});

describe('zones are IANA zones', () => {
  it('import --zone Mars/Olympus and FYRABEND_ZONE=Mars/Olympus are refused before the log is opened', async () => {
    const file = sessionsFile('one.json', [{ start: iso(T), end: iso(T + H) }]);
    const db = join(dir, 'zone.db');
    const a = await cli(['import', file, '--db', db, '--zone', 'Mars/Olympus']);
    expect(a).toMatchObject({ code: 2, err: 'fyrabend: --zone must be an IANA time zone such as Europe/Oslo or America/New_York, not "Mars/Olympus"\n' });
    const b = await cli(['import', file, '--db', db, '--lang', 'nn'], { FYRABEND_ZONE: 'Mars/Olympus' });
    expect(b.code).toBe(2);
    expect(b.err).toContain('FYRABEND_ZONE må vere ei IANA-tidssone');
    expect((await cli(['import', file, '--db', db, '--zone', 'CET', '--lang', 'nb'])).err).toContain('--zone må være en IANA-tidssone');
    expect(existsSync(db)).toBe(false);
    expect(await cli(['import', file, '--db', db, '--zone', 'America/New_York'])).toMatchObject({ code: 0 });
  });
});

describe('import', () => {
  it('refuses a session longer than the 7-day limit of the window', async () => {
    const file = sessionsFile('long.json', [{ start: iso(T), end: iso(T + 7 * 24 * H + 1000) }]);
    const r = await cli(['import', file, '--db', join(dir, 'long.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('$.sessions[0].end: is more than 7 days after `start`; a session can last at most 7 days');
    const ok = sessionsFile('week.json', [{ start: iso(T), end: iso(T + 7 * 24 * H) }]);
    expect((await cli(['import', ok, '--db', join(dir, 'long.db')])).code).toBe(0);
  });

  it('lists the first 20 of 5000 problems and a count of the rest, and imports nothing', async () => {
    const db = join(dir, 'many.db');
    const file = sessionsFile('many.json', Array.from({ length: 5000 }, (_, i) => ({ start: iso(T + i * H), end: iso(T + i * H + 2 * H) })));
    const r = await cli(['import', file, '--db', db]);
    expect(r.code).toBe(2);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/many\.json: 4999 problems; nothing was imported:$/);
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('  … and 4979 more problems not shown; fix these first and run the command again');
    expect(r.out).toBe('');
  });

  it('stores an agreement as the parsed and re-serialised document, and refuses one over 1 MB', async () => {
    const db = join(dir, 'agreement.db');
    const text = `{\n  "format": "fyrabend.agreement/1",   "validFrom": "2026-01-01"\n}\n`;
    const file = join(dir, 'agreement.json');
    writeFileSync(file, text);
    expect(await cli(['import', file, '--db', db])).toMatchObject({ code: 0 });
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare('SELECT json FROM agreements').pluck().get()).toBe('{"format":"fyrabend.agreement/1","validFrom":"2026-01-01"}');
    raw.close();
    const big = join(dir, 'big-agreement.json');
    writeFileSync(big, `{"format": "fyrabend.agreement/1", "validFrom": "2026-02-01"${' '.repeat(1024 * 1024)}}`);
    const r = await cli(['import', big, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/big-agreement\.json is 1048\d+ bytes; an agreement file may be at most 1048576 bytes \(1 MB\), so it was not imported\n$/);
  });

  it('escapes control characters of a note when the log is listed', async () => {
    const db = join(dir, 'notes.db');
    const file = sessionsFile('notes.json', [{ start: '2026-03-10T08:00:00+01:00', end: '2026-03-10T09:00:00+01:00', note: 'ok\u001b[2J\u001b]0;pwned\u0007\nfake line\u202e' }]);
    expect((await cli(['import', file, '--db', db])).code).toBe(0);
    const r = await cli(['log', '--db', db, '--from', '2026-03-10', '--to', '2026-03-10']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ok\\u001b[2J\\u001b]0;pwned\\u0007\\nfake line\\u202e');
    expect(r.out.split('\n')).toHaveLength(2);
    expect(printable('tab\there')).toBe('tab\\there');
  });
});

describe('import overlap checks (sorted sweep and binary search)', () => {
  const s = (start: number, end: number, kind = 'work') => ({ start, end, kind });
  it.each([
    ['touching sessions do not overlap', [s(0, 10), s(10, 20)], [], []],
    ['an overlap within the file names the other session', [s(0, 10), s(5, 15)], [], [{ index: 1, kind: 'file', other: 0 }]],
    ['the file order does not matter', [s(5, 15), s(0, 10)], [], [{ index: 0, kind: 'file', other: 1 }]],
    ['a long session in the file overlaps a later short one', [s(0, 100), s(20, 30), s(40, 50)], [], [{ index: 1, kind: 'file', other: 0 }, { index: 2, kind: 'file', other: 0 }]],
    ['a recorded session that overlaps', [s(0, 10)], [s(5, 20)], [{ index: 0, kind: 'log', recorded: s(5, 20) }]],
    ['an equal recorded session is skipped, not a clash', [s(0, 10)], [s(0, 10)], []],
    ['the same times but another kind is a clash', [s(0, 10)], [s(0, 10, 'on-call')], [{ index: 0, kind: 'log', recorded: s(0, 10, 'on-call') }]],
    ['a long recorded session far before', [s(500, 510)], [s(0, 1000), s(100, 110), s(200, 210)], [{ index: 0, kind: 'log', recorded: s(0, 1000) }]],
    ['recorded sessions around but not on it', [s(50, 60)], [s(0, 50), s(60, 70)], []],
  ])('%s', (_, inputs, recorded, expected) => expect(findOverlaps(inputs, recorded)).toEqual(expected));
});

const noTmpfs = tmpfsUnavailable();
if (noTmpfs) console.log(`values-import: the full-disk import test did not run: ${noTmpfs}`);

describe.runIf(noTmpfs === null)('import on a full disk (a 2 MB tmpfs)', () => {
  it('says the disk is full and never "Imported"; the log keeps its earlier sessions and no temporary file', async () => {
    const fs = mountTmpfs('2m');
    if ('reason' in fs) throw new Error(fs.reason);
    try {
      const db = join(fs.dir, 'f.db');
      const first = sessionsFile('first.json', [{ start: iso(T), end: iso(T + H) }]);
      expect((await cli(['import', first, '--db', db])).code).toBe(0);
      const free = statfsSync(fs.dir);
      writeFileSync(join(fs.dir, 'filler'), Buffer.alloc(Math.max(0, free.bavail * free.bsize - 150_000)));
      const file = sessionsFile('big.json', Array.from({ length: 5000 }, (_, i) => ({ start: iso(T + (i + 1) * 2 * H), end: iso(T + (i + 1) * 2 * H + H), note: 'n'.repeat(100) })));
      const r = await cli(['import', file, '--db', db]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^fyrabend: The disk is full, so the change to .*f\.db was not saved\. Your earlier data is intact; free some space and try again\.\n$/);
      rmSync(join(fs.dir, 'filler'));
      const check = new Database(db);
      expect(check.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(1);
      check.close();
    } finally {
      fs.unmount();
    }
  });
});
