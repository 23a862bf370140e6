/** `fyrabend summary` and `fyrabend rep aggregate` end to end through the real command line (issue 8). */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { BIN, fyrabend, ensureCliBuilt } from '../helpers/cli';

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
    expect(doc).toMatchObject({ format: 'fyrabend.summary/2', period: '2026-09', groups: { department: 'IT' } });
    expect(doc.created).toMatch(/^\d{4}-W\d{2}$/);
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
  const emp = () => [0, 1, 2, 3, 4, 5, 6].map((i) => join(dir, `emp-${i}.json`));

  it('combines summaries, skips bad files with the reason, keeps one file per id, and writes html, json and csv', () => {
    for (let i = 0; i < 7; i++) {
      const r = fyrabend(['summary', '--period', '2026-09', '--sessions', sessions(), '--agreement', agreement(), '--out', join(dir, `emp-${i}.json`)]);
      expect(r.status).toBe(0);
    }
    // The same log from files: seven different ids (a secret of each run), identical figures.
    expect(new Set(emp().map((f) => JSON.parse(readFileSync(f, 'utf8')).id)).size).toBe(7);
    writeFileSync(join(dir, 'broken.json'), '{"format": "fyrabend.summary/2", "id": ');
    for (const ext of ['html', 'json', 'csv']) {
      const out = join(dir, `report.${ext}`);
      const r = fyrabend(['rep', 'aggregate', ...emp(), emp()[0]!, join(dir, 'broken.json'), '--senders', '7', '--out', out, '--lang', 'en']);
      expect(r.stderr).toMatch(/skipped broken\.json: \$ is not complete JSON/);
      expect(r.stderr).toMatch(/emp-0\.json is the same person and week as emp-0\.json; counted once/);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^9 files read, 7 people \(different ids\) for 2026-09 combined, handed in by 7 \(k = 6, p = 85 %\)/);
      expect(readFileSync(out, 'utf8')).not.toContain('emp-');
    }
    // Identical figures from seven people are seven contributors, not one.
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.tables[0].rows[0].figures.contributors).toBe(7);
    expect(report.input).toMatchObject({ files: 9, accepted: 7, duplicates: 1, rejected: 1, senders: 7 });
  });

  it('a folder stands for the .json files in it', () => {
    const folder = join(dir, 'inbox');
    mkdirSync(folder, { recursive: true });
    for (const f of emp()) copyFileSync(f, join(folder, basename(f)));
    const r = fyrabend(['rep', 'aggregate', folder, '--senders', '7', '--out', join(dir, 'folder.json'), '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'folder.json'), 'utf8')).input.accepted).toBe(7);
  });

  it.each([
    ['nb', 'fyrabend: hoppet over broken.json: $ er ikke fullstendig JSON: filen er avkortet eller skadet; be om å få den eksportert på nytt.\n', 'fyrabend: hoppet over v3.json: $.format er "fyrabend.summary/3", en versjon denne utgaven av Fyrabend ikke kan lese; forventet "fyrabend.summary/2" (oppdater Fyrabend).\n'],
    ['nn', 'fyrabend: hoppa over broken.json: $ er ikkje fullstendig JSON: fila er avkorta eller skadd; be om å få ho eksportert på nytt.\n', 'fyrabend: hoppa over v3.json: $.format er "fyrabend.summary/3", ein versjon denne utgåva av Fyrabend ikkje kan lese; venta "fyrabend.summary/2" (oppdater Fyrabend).\n'],
  ])('tells why a file was skipped in --lang %s', (lang, broken, version) => {
    writeFileSync(join(dir, 'v3.json'), readFileSync(join(dir, 'emp-1.json'), 'utf8').replace('fyrabend.summary/2', 'fyrabend.summary/3'));
    const r = fyrabend(['rep', 'aggregate', ...emp(), join(dir, 'broken.json'), join(dir, 'v3.json'), '--senders', '7', '--out', join(dir, `r-${lang}.json`), '--lang', lang]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(broken);
    expect(r.stderr).toContain(version);
  });

  it.runIf(existsSync('/dev/zero'))('/dev/zero, /dev/urandom and a FIFO are skipped as not regular files at once; the others are combined', () => {
    const fifo = join(dir, 'pipe.json');
    if (!existsSync(fifo)) execFileSync('mkfifo', [fifo]);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [BIN, 'rep', 'aggregate', '/dev/zero', '/dev/urandom', fifo, ...emp(), '--senders', '7', '--out', join(dir, 'dev.json'), '--lang', 'en'], { encoding: 'utf8', timeout: 20_000 });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.stderr).toContain('fyrabend: skipped zero is not a regular file (for example a device or a named pipe) and was not read.');
    expect(r.stderr).toContain('fyrabend: skipped urandom is not a regular file');
    expect(r.stderr).toContain('fyrabend: skipped pipe.json is not a regular file');
    expect(r.status).toBe(0);
  });

  it('refuses the report when the files hold more people than handed them in (the five-file attack)', () => {
    const r = fyrabend(['rep', 'aggregate', ...emp(), '--senders', '2', '--out', join(dir, 'no.html'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/The files hold 7 different people \(summary ids\), but only 2 people handed in files\. .*no report is made/);
    expect(existsSync(join(dir, 'no.html'))).toBe(false);
  });

  it.each([
    [['--senders', '7', '--k', '4'], /--k must be a whole number of at least 5/],
    [['--senders', '7', '--out', 'report.pdf'], /--out must end in \.html, \.json or \.csv/],
    [[], /say how many people handed in files: --senders N/],
    [['--senders', '0'], /--senders must be a whole number of at least 1, not "0"/],
    [['--senders', '7', '--p', '90'], /--p must be a number from 50 to 85/],
  ])('refuses %j', (extra, message) => {
    const r = fyrabend(['rep', 'aggregate', join(dir, 'emp-0.json'), '--out', join(dir, 'r.html'), ...extra, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('the invitation: fyrabend rep invite, summary --invite, rep aggregate --invite', () => {
  it('the representative makes it, employees answer it, and only answers to it are combined', () => {
    const invite = join(dir, 'invite.json');
    const made = fyrabend(['rep', 'invite', '--period', '2026-Q3', '--groups', join(dir, 'groups.json'), '--contact', 'Kari, tillitsvalgt, rom 4', '--out', invite, '--lang', 'en']);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const doc = JSON.parse(readFileSync(invite, 'utf8'));
    expect(doc).toMatchObject({ format: 'fyrabend.invite/1', period: '2026-Q3', k: 6, groups: { department: ['IT', 'Sales'] }, contact: 'Kari, tillitsvalgt, rom 4' });
    expect(made.stdout).toContain(`Invitation ${doc.id} for 2026-Q3 written`);
    const answers = [0, 1, 2, 3, 4, 5].map((i) => {
      const out = join(dir, `answer-${i}.json`);
      const r = fyrabend(['summary', '--invite', invite, '--group', 'department=it', '--sessions', sessions(), '--agreement', agreement(), '--out', out, '--lang', 'en']);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`Answers invitation ${doc.id}.`);
      expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ period: '2026-Q3', invite: doc.id, groups: { department: 'IT' } });
      return out;
    });
    const other = join(dir, 'no-invite.json');
    expect(fyrabend(['summary', '--period', '2026-Q3', '--sessions', sessions(), '--agreement', agreement(), '--out', other]).status).toBe(0);
    const r = fyrabend(['rep', 'aggregate', ...answers, other, '--invite', invite, '--senders', '6', '--out', join(dir, 'inv.json'), '--lang', 'en']);
    expect(r.stderr).toContain('fyrabend: skipped no-invite.json: it was not made for this invitation.');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'inv.json'), 'utf8')).input).toMatchObject({ accepted: 6, otherInvite: 1 });
  });

  it.each([
    [['summary', '--invite', 'INVITE', '--period', '2026-09'], /--period 2026-09 is not the invitation's period 2026-Q3/],
    [['summary', '--invite', '/dev/zero'], /zero is not a regular file/],
    [['summary', '--invite', 'GROUPS'], /groups\.json: \$\.format is —; expected "fyrabend\.invite\/1", so this is not an invitation/],
    [['rep', 'invite', '--period', '2026-Q3', '--groups', 'GROUPS', '--out', 'x.json', '--contact', 'Kari\u001b[2J'], /--contact expected the representative's contact text: 1 to 500 characters, no control characters/],
    [['rep', 'invite', '--period', '2026-Q3', '--groups', 'GROUPS', '--out', 'x.json'], /missing --contact/],
  ])('refuses %j with one clear sentence', (args, message) => {
    const full = args.map((a) => (a === 'INVITE' ? join(dir, 'invite.json') : a === 'GROUPS' ? join(dir, 'groups.json') : a === 'x.json' ? join(dir, 'x.json') : a));
    const source = args[0] === 'summary' ? ['--sessions', sessions(), '--agreement', agreement(), '--out', join(dir, 'refused.json')] : [];
    const r = fyrabend([...full, ...source, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
