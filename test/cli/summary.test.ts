/** `fyrabend summary` and `fyrabend rep aggregate` end to end through the real command line (issue 8). */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fyrabend, ensureCliBuilt } from '../helpers/cli';

let dir = '';
const sessions = () => join(dir, 'sessions.json');
const agreement = () => join(dir, 'agreement.json');

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-summary-cli-'));
  // A small session log of its own (September 2026, one long week with Sunday work), independent of the spec folder.
  const s = (start: string, end: string, note = 'Kari Nordmann, ticket 4711') => ({ start, end, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false, note });
  writeFileSync(sessions(), JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [
    s('2026-09-07T08:00:00+02:00', '2026-09-07T18:00:00+02:00'),
    s('2026-09-08T08:00:00+02:00', '2026-09-08T18:00:00+02:00'),
    s('2026-09-09T08:00:00+02:00', '2026-09-09T18:00:00+02:00'),
    s('2026-09-13T10:00:00+02:00', '2026-09-13T14:00:00+02:00'),
  ] }));
  writeFileSync(agreement(), JSON.stringify({ format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01', workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } } }));
  writeFileSync(join(dir, 'groups.json'), JSON.stringify({ department: ['IT', 'Sales'] }));
});

describe('fyrabend summary', () => {
  it('prints the plain-language content and writes the file, which holds nothing from the input but figures', () => {
    const out = join(dir, 'mine.json');
    const r = fyrabend(['summary', '--period', '2026-09', '--sessions', sessions(), '--agreement', agreement(), '--group', 'department=IT', '--groups', join(dir, 'groups.json'), '--out', out, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('This is everything the file contains.');
    expect(r.stdout).toContain('Week 2026-W37: 34 h worked');
    const text = readFileSync(out, 'utf8');
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: 'fyrabend.summary/1', period: '2026-09', groups: { department: 'IT' } });
    expect(r.stdout).toContain(doc.id);
    expect(text).not.toMatch(/Kari|4711|2026-09-\d\d|\d\d:\d\d/);
  });

  it('--dry-run shows the content without writing', () => {
    const out = join(dir, 'dry.json');
    const r = fyrabend(['summary', '--period', '2026-Q3', '--sessions', sessions(), '--agreement', agreement(), '--out', out, '--dry-run']);
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--period', '2026'], /--period must be a month \(2026-11\) or a quarter \(2026-Q4\)/],
    [['--period', '2026-09', '--group', 'department=Kari', '--groups', 'GROUPS'], /"Kari" is not in the configured list for department/],
    [['--period', '2026-09'], /say where the sessions are/],
  ])('refuses %j with one clear sentence (exit 2)', (extra, message) => {
    const args = extra.map((a) => (a === 'GROUPS' ? join(dir, 'groups.json') : a));
    const withInput = extra.includes('2026-09') && extra.length === 2 ? [] : ['--sessions', sessions(), '--agreement', agreement()];
    const r = fyrabend(['summary', ...args, ...withInput, '--out', join(dir, 'x.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('fyrabend rep aggregate', () => {
  it('combines summaries, skips bad files with the reason, counts duplicates once, and writes html, json and csv', () => {
    const files: string[] = [];
    for (let i = 0; i < 7; i++) {
      const out = join(dir, `emp-${i}.json`);
      const r = fyrabend(['summary', '--period', '2026-09', '--sessions', sessions(), '--agreement', agreement(), '--out', out]);
      expect(r.status).toBe(0);
      files.push(out);
    }
    writeFileSync(join(dir, 'broken.json'), '{"format": "fyrabend.summary/1", "id": ');
    for (const ext of ['html', 'json', 'csv']) {
      const out = join(dir, `report.${ext}`);
      const r = fyrabend(['rep', 'aggregate', ...files, files[0]!, join(dir, 'broken.json'), '--dedupe', 'id', '--out', out, '--lang', 'en']);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/skipped broken\.json: \$ is not complete JSON/);
      expect(r.stderr).toMatch(/emp-0\.json is the same summary as emp-0\.json \(same id\); counted once/);
      expect(r.stdout).toMatch(/^7 summaries for 2026-09 combined \(k = 6\)/);
      expect(readFileSync(out, 'utf8')).not.toContain('emp-');
    }
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.tables[0].rows[0].cell.status).toBe('published');
    expect(report.tables[0].rows[0].cell.figures.contributors).toBe(7);
  });

  it.each([
    ['nb', 'fyrabend: hoppet over broken.json: $ er ikke fullstendig JSON: filen er avkortet eller skadet; be om å få den eksportert på nytt.\n', 'fyrabend: hoppet over v2.json: $.format er "fyrabend.summary/2", en versjon denne utgaven av Fyrabend ikke kan lese; forventet "fyrabend.summary/1" (oppdater Fyrabend).\n'],
    ['nn', 'fyrabend: hoppa over broken.json: $ er ikkje fullstendig JSON: fila er avkorta eller skadd; be om å få ho eksportert på nytt.\n', 'fyrabend: hoppa over v2.json: $.format er "fyrabend.summary/2", ein versjon denne utgåva av Fyrabend ikkje kan lese; venta "fyrabend.summary/1" (oppdater Fyrabend).\n'],
  ])('tells why a file was skipped in --lang %s', (lang, broken, version) => {
    writeFileSync(join(dir, 'v2.json'), readFileSync(join(dir, 'emp-1.json'), 'utf8').replace('fyrabend.summary/1', 'fyrabend.summary/2'));
    const files = [0, 1, 2, 3, 4, 5, 6].map((i) => join(dir, `emp-${i}.json`));
    const r = fyrabend(['rep', 'aggregate', ...files, join(dir, 'broken.json'), join(dir, 'v2.json'), '--out', join(dir, `r-${lang}.json`), '--lang', lang]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(broken);
    expect(r.stderr).toContain(version);
  });

  it('with the default duplicate rule, identical content counts once and the group falls below k', () => {
    const files = [0, 1, 2, 3, 4, 5, 6].map((i) => join(dir, `emp-${i}.json`));
    const r = fyrabend(['rep', 'aggregate', ...files, '--out', join(dir, 'r2.csv'), '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'r2.csv'), 'utf8')).toContain('2026-09,6,all,All,contributors,,,suppressed (fewer than 6)');
  });

  it.each([
    [['--k', '4'], /--k must be a whole number of at least 5/],
    [['--out', 'report.pdf'], /--out must end in \.html, \.json or \.csv/],
  ])('refuses %j', (extra, message) => {
    const r = fyrabend(['rep', 'aggregate', join(dir, 'emp-0.json'), '--out', join(dir, 'r.html'), ...extra]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
