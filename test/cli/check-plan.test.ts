/**
 * `fyrabend check` and `fyrabend plan` end to end (exchange-format.md): every public case reproduced
 * through the real command line, byte-identical output on repeat, and one clear sentence with the
 * file and JSON path (exit 2, no stack trace) for bad input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpecCases } from '../helpers/spec-cases';
import { fyrabend, ensureCliBuilt } from '../helpers/cli';

const cases = loadSpecCases();
const office = cases.find((c) => c.name === 'office-week-compliant')!;
let dir = '';

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-cli-'));
});

function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

describe('fyrabend check', () => {
  it.each(cases.map((c) => [c.name, c] as const))('reproduces %s', (_n, c) => {
    const r = fyrabend(['check', '--sessions', join(c.dir, 'sessions.json'), '--agreement', join(c.dir, 'agreement.json')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe('fyrabend.findings/1');
    const triple = (f: { rule: string; severity: string; key: string }) => `${f.rule}|${f.severity}|${f.key}`;
    expect(out.findings.map(triple).sort()).toEqual(c.expected.findings.map(triple).sort());
  });

  it('prints byte-identical output for the same input', () => {
    const args = ['check', '--sessions', join(cases[0]!.dir, 'sessions.json'), '--agreement', join(cases[0]!.dir, 'agreement.json')];
    expect(fyrabend(args).stdout).toBe(fyrabend(args).stdout);
  });

  it('prints a text report in the chosen language', () => {
    const c = cases.find((x) => x.name === 's5-01-night-shift-across-midnight')!;
    const r = fyrabend(['check', '--sessions', join(c.dir, 'sessions.json'), '--agreement', join(c.dir, 'agreement.json'), '--format', 'text', '--lang', 'nn']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nattarbeid');
    expect(r.stdout).toContain('Arbeidsdagar');
  });

  const sessions = JSON.parse(office.sessionsText);
  const agreementDoc = JSON.parse(office.agreementText);
  const badInputs: [string, () => string[], RegExp][] = [
    ['not JSON', () => ['--sessions', file('a.json', '{"format": '), '--agreement', join(office.dir, 'agreement.json')], /a\.json: \$ is not valid JSON/],
    ['a wrong format', () => ['--sessions', file('b.json', { ...sessions, format: 'fyrabend.sessions/9' }), '--agreement', join(office.dir, 'agreement.json')], /b\.json: \$\.format expected "fyrabend\.sessions\/1"/],
    ['a missing field', () => ['--sessions', file('c.json', { format: 'fyrabend.sessions/1', sessions: [{ start: '2026-09-07T08:00:00+02:00' }] }), '--agreement', join(office.dir, 'agreement.json')], /c\.json: \$\.sessions\[0\]\.end is missing/],
    ['an end before its start', () => ['--sessions', file('d.json', { format: 'fyrabend.sessions/1', sessions: [{ start: '2026-09-07T08:00:00+02:00', end: '2026-09-07T07:00:00+02:00' }] }), '--agreement', join(office.dir, 'agreement.json')], /d\.json: \$\.sessions\[0\]\.end ends before or when it starts/],
    ['a local time without offset', () => ['--sessions', file('e.json', { format: 'fyrabend.sessions/1', sessions: [{ start: '2026-09-07T08:00:00', end: '2026-09-07T09:00:00+02:00' }] }), '--agreement', join(office.dir, 'agreement.json')], /e\.json: \$\.sessions\[0\]\.start is a local time without offset/],
    ['an unknown weekday', () => ['--sessions', join(office.dir, 'sessions.json'), '--agreement', file('f.json', { ...agreementDoc, workingTime: { ...agreementDoc.workingTime, windows: { ...agreementDoc.workingTime.windows, mnd: [] } } })], /f\.json: \$\.workingTime\.windows has an unknown field 'mnd'/],
    ['a window like 25:00', () => ['--sessions', join(office.dir, 'sessions.json'), '--agreement', file('g.json', { ...agreementDoc, workingTime: { ...agreementDoc.workingTime, windows: { ...agreementDoc.workingTime.windows, mon: [['08:00', '25:00']] } } })], /g\.json: \$\.workingTime\.windows\.mon\[0\]\[1\] expected a local time HH:MM/],
    ['a missing file', () => ['--sessions', join(dir, 'nope.json'), '--agreement', join(office.dir, 'agreement.json')], /nope\.json does not exist/],
  ];

  it.each(badInputs)('rejects %s with one sentence, exit 2, no stack', (_n, args, message) => {
    const r = fyrabend(['check', ...args(), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  const missingEnd = () => file('m.json', { format: 'fyrabend.sessions/1', sessions: [{ start: '2026-09-07T08:00:00+02:00' }, { start: '2026-09-08T08:00:00+02:00' }] });
  it.each([
    ['nb', 'fyrabend: m.json: $.sessions[0].end mangler; forventet tekst. (og 1 problem til)\n'],
    ['nn', 'fyrabend: m.json: $.sessions[0].end manglar; venta tekst. (og 1 problem til)\n'],
    ['en', 'fyrabend: m.json: $.sessions[0].end is missing; expected text. (and 1 more problem)\n'],
  ])('tells a bad file in the language of --lang %s', (lang, sentence) => {
    const r = fyrabend(['check', '--sessions', missingEnd(), '--agreement', join(office.dir, 'agreement.json'), '--lang', lang]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(sentence);
  });

  it.each([
    ['nb', () => ['--sessions', join(office.dir, 'sessions.json'), '--agreement', file('w.json', { ...agreementDoc, workingTime: { ...agreementDoc.workingTime, windows: { ...agreementDoc.workingTime.windows, mon: [['08:00', '25:00']] } } })], 'fyrabend: w.json: $.workingTime.windows.mon[0][1] skal være et klokkeslett TT:MM fra 00:01 til 24:00, for eksempel "16:00". (og 1 problem til)\n'],
    ['nn', () => ['--sessions', file('j.json', '{"format": "fyrabend.sessions/1",\n "sessions": [}'), '--agreement', join(office.dir, 'agreement.json')], 'fyrabend: j.json: $ er ikkje gyldig JSON: feil på linje 2, kolonne 15; sjekk at fila er ei Fyrabend-fil i JSON og ikkje er avkorta.\n'],
    ['nb', () => ['--sessions', join(dir, 'nope.json'), '--agreement', join(office.dir, 'agreement.json')], () => `fyrabend: øktfilen ${join(dir, 'nope.json')} finnes ikke; sjekk stien\n`],
    ['en', () => ['--sessions', join(office.dir, 'sessions.json'), '--agreement', join(dir, 'nope.json')], () => `fyrabend: the agreement file ${join(dir, 'nope.json')} does not exist; check the path\n`],
  ] as [string, () => string[], string | (() => string)][])('--lang %s: %#', (lang, args, sentence) => {
    const r = fyrabend(['check', ...args(), '--lang', lang]);
    expect([r.status, r.stderr]).toEqual([2, typeof sentence === 'function' ? sentence() : sentence]);
  });

  it.each([
    ['FYRABEND_LANG=nn', { FYRABEND_LANG: 'nn', LANG: 'en_GB.UTF-8' }, /manglar; venta tekst/],
    ['the locale nb_NO', { FYRABEND_LANG: '', LANG: 'nb_NO.UTF-8', LC_ALL: 'nb_NO.UTF-8' }, /mangler; forventet tekst/],
    ['the locale C', { FYRABEND_LANG: '', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }, /is missing; expected text/],
  ])('without --lang follows %s', (_n, env, message) => {
    const r = fyrabend(['check', '--sessions', missingEnd(), '--agreement', join(office.dir, 'agreement.json')], { env });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('rejects a missing option and an unknown command with exit 2', () => {
    expect(fyrabend(['check', '--sessions', 'x.json']).stderr).toMatch(/missing --agreement/);
    expect(fyrabend(['frobnicate']).status).toBe(2);
  });
});

describe('fyrabend plan', () => {
  it('lists the upcoming lines for an open session', () => {
    const s = file('open.json', { format: 'fyrabend.sessions/1', sessions: [{ start: '2026-11-24T08:00:00+01:00', end: '2026-11-24T15:20:00+01:00' }] });
    const r = fyrabend(['plan', '--sessions', s, '--agreement', join(office.dir, 'agreement.json'), '--now', '2026-11-24T15:20:00+01:00']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe('fyrabend.plan/1');
    expect(out.now).toBe('2026-11-24T15:20:00+01:00');
    expect(out.upcoming[0]).toMatchObject({ at: '2026-11-24T15:30:00+01:00', reason: 'agreed-end-soon', rule: 'agreement.outside-hours' });
    expect(out.upcoming.map((u: { reason: string }) => u.reason)).toContain('rest-latest-stop');
  });
  it('prints the version 2 lines (issue 13): the weekly rest, the breaks, 69 h in the week, with their rules', () => {
    const days = ['23', '24', '25', '26', '27'].map((d) => ({ start: `2026-11-${d}T07:00:00+01:00`, end: `2026-11-${d}T19:00:00+01:00` }));
    const s = file('week60.json', { format: 'fyrabend.sessions/1', sessions: [...days, { start: '2026-11-28T08:00:00+01:00', end: '2026-11-28T10:00:00+01:00' }] });
    const r = fyrabend(['plan', '--sessions', s, '--agreement', join(office.dir, 'agreement.json'), '--now', '2026-11-28T10:00:00+01:00']);
    expect(r.stderr).toBe('');
    const lines = JSON.parse(r.stdout).upcoming.map((u: { reason: string; rule: string; line: string }) => `${u.reason} ${u.rule} ${u.line}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'weekly-rest-latest-stop aml.10-8.weekly-rest 2026-11-28T13:00:00+01:00',
        'break-due aml.10-9.break 2026-11-28T13:30:00+01:00',
        'long-break-due aml.10-9.break 2026-11-28T16:00:00+01:00',
        'total-week-limit aml.10-6.total-week 2026-11-28T17:00:00+01:00',
      ]),
    );
  });
  it('rejects a --now without offset', () => {
    const r = fyrabend(['plan', '--sessions', join(office.dir, 'sessions.json'), '--agreement', join(office.dir, 'agreement.json'), '--now', '2026-11-24T15:20']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--now is a local time without offset|--now expected an RFC 3339/);
  });
  it.each([
    ['nb', ['--now', '2026-11-24T15:20'], 'fyrabend: --now er et lokalt klokkeslett uten UTC-forskyvning ("2026-11-24T15:20"); legg den til, for eksempel 2026-11-24T15:20+01:00, fordi samme klokkeslett kan bety to tidspunkter natten klokka stilles\n'],
    ['en', ['--now', '2026-11-24T15:20'], 'fyrabend: --now is a local time without offset ("2026-11-24T15:20"); add the UTC offset, e.g. 2026-11-24T15:20+01:00, because the same clock time can mean two instants on the night clocks change\n'],
  ])('tells a bad --now in --lang %s', (lang, now, sentence) => {
    const r = fyrabend(['plan', '--sessions', join(office.dir, 'sessions.json'), '--agreement', join(office.dir, 'agreement.json'), ...now, '--lang', lang]);
    expect([r.status, r.stderr]).toEqual([2, sentence]);
  });
  it.each([
    ['nn', 'fyrabend: z.json: $.zone skal vere ei IANA-tidssone, til dømes "Europe/Oslo".\n'],
    ['en', 'fyrabend: z.json: $.zone expected an IANA time zone such as "Europe/Oslo".\n'],
  ])('tells a bad agreement in --lang %s', (lang, sentence) => {
    const bad = file('z.json', { ...JSON.parse(office.agreementText), zone: 'Oslo' });
    const r = fyrabend(['plan', '--sessions', join(office.dir, 'sessions.json'), '--agreement', bad, '--now', '2026-11-24T15:20:00+01:00', '--lang', lang]);
    expect([r.status, r.stderr]).toEqual([2, sentence]);
  });
});

describe('README example', () => {
  it('runs as documented', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toMatch(/npx fyrabend check --sessions/);
  });
});

describe('help in three languages', () => {
  it.each([
    ['nb', 'Kontroller økter mot arbeidsmiljøloven'],
    ['nn', 'Kontroller økter mot arbeidsmiljølova'],
    ['en', 'Check sessions against AML chapter 10'],
  ])('--lang %s', (lang, text) => {
    const r = fyrabend(['--help', '--lang', lang]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(text);
  });
  it('follows LANG when no --lang is given', () => {
    expect(fyrabend(['frobnicate'], { env: { LANG: 'nn_NO.UTF-8', FYRABEND_LANG: '' } }).stderr).toMatch(/ukjend kommando/);
  });
});
