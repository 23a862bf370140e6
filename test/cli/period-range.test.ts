/**
 * Issue 18 item 4: periods in a sensible range. `summary --period 9999-Q4` ended in "internal error:
 * Invalid time value" (the quarter ends in the year 10000); summary and rep invite now take the years
 * 1900–2199 (the command line's calendar dates), the timesheet export 1970–2199, each refusal one
 * sentence in nb, nn and en naming the value and what is allowed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod as parseTimesheetPeriod } from '../../src/app/export/period';
import { runCli } from '../../src/cli/main';
import { parsePeriod } from '../../src/core/anonymise/index';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fyrabend-cli-period-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({
    format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
    workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
  }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), env: { LANG: 'en_GB.UTF-8', FYRABEND_ZONE: 'Europe/Oslo' }, cwd: dir });
  return { code, out, err };
}

describe('summary periods lie in the years 1900–2199', () => {
  it.each([
    ['2026-Q4', true],
    ['2026-11', true],
    ['1900-01', true],
    ['2199-Q4', true],
    ['1899-Q4', false],
    ['2200-01', false],
    ['9999-Q4', false],
    ['0000-01', false],
    ['2026-Q5', false],
  ])('%s: %s', (text, ok) => expect(parsePeriod(text) !== null).toBe(ok));

  it.each([
    [['summary', '--period', '9999-Q4', '--out', 'x.json', '--db', 'x.db', '--agreement', 'a.json'], '9999-Q4'],
    [['summary', '--period', '1899-12', '--dry-run', '--db', 'x.db', '--agreement', 'a.json'], '1899-12'],
    [['rep', 'invite', '--period', '9999-Q4', '--out', 'i.json'], '9999-Q4'],
  ])('%j is refused with one sentence in nb, nn and en, and nothing is created', async (args, value) => {
    for (const [lang, text] of [
      ['en', `--period must be a month (2026-11) or a quarter (2026-Q4) from the years 1900–2199, not "${value}"`],
      ['nb', `--period må være en måned (2026-11) eller et kvartal (2026-Q4) fra årene 1900–2199, ikke «${value}»`],
      ['nn', `--period må vere ein månad (2026-11) eller eit kvartal (2026-Q4) frå åra 1900–2199, ikkje «${value}»`],
    ] as const) {
      const r = await cli([...args, '--lang', lang]);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toBe(`fyrabend: ${text}\n`);
    }
    for (const f of ['x.db', 'x.json', 'i.json']) expect(existsSync(join(dir, f))).toBe(false);
  });
});

describe('timesheet periods lie in the years 1970–2199', () => {
  it.each([
    ['2026', 12],
    ['2026-03', 1],
    ['2199-12', 1],
    ['1970-01', 1],
    ['9999-12', null],
    ['2200', null],
    ['1969-12', null],
  ])('%s: %s month(s)', (text, months) => expect(parseTimesheetPeriod(text)?.length ?? null).toBe(months));
});
