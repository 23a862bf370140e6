/**
 * `fyrabend settings pay` (issue 16 item 6): --show prints the settings as JSON; --file sets them
 * with the window's checks, lists every problem with its JSON path (line and column for broken
 * JSON), and saves nothing on a problem. Run in-process on a real SQLite file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import type { CliIo } from '../../src/cli/command';
import { settingsPayCommand } from '../../src/cli/commands/settings-pay';
import { DEFAULT_PAY_SETTINGS } from '../../src/core/pay';
import { openStore } from '../../src/store/index';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-pay-cli-'));
  dirs.push(dir);
  const db = join(dir, 'f.db');
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readFile: (p) => readFileSync(join(dir, p), 'utf8'), env: { FYRABEND_LANG: 'en' }, cwd: dir };
    const status = await settingsPayCommand.run(parseArgs([...argv, '--db', db], new Set(['show'])), io);
    return { status, out: out.join(''), err: err.join('') };
  };
  const file = (name: string, value: unknown) => writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  const stored = async () => {
    const s = await openStore(db, { backups: false });
    try {
      return s.settings.get('pay');
    } finally {
      s.close();
    }
  };
  return { run, file, stored };
}

const GOOD = { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1042', employeeName: 'Kari Nordmann', wageTypes: { normal: '100', 'overtime-40': ' 140 ' }, visma: { wageYear: 2026, runNumber: 3, department: 'Bærum', project: '', encoding: 'windows-1252' } };

describe('fyrabend settings pay', () => {
  it('--show without settings prints the defaults and says none are stored; --file sets them; --show prints them', async () => {
    const t = setup();
    const none = await t.run('--show');
    expect(none.status).toBe(0);
    expect(JSON.parse(none.out)).toEqual(DEFAULT_PAY_SETTINGS);
    expect(none.err).toMatch(/No pay settings are stored yet/);
    t.file('pay.json', GOOD);
    const set = await t.run('--file', 'pay.json');
    expect(set).toMatchObject({ status: 0, out: 'The pay settings from pay.json are saved.\n' });
    const shown = JSON.parse((await t.run('--show')).out);
    expect(shown).toEqual({ ...GOOD, wageTypes: { normal: '100', 'overtime-40': '140' }, overtimeTakenAs: 'pay' });
  });

  it.each([
    ['broken JSON, with line and column', '{\n  "employeeNumber": "1042",\n  oops\n}', /pay\.json: \$: .*line 3/],
    ['an empty employee number', { ...GOOD, employeeNumber: '' }, /pay\.json: \$\.employeeNumber: /],
    ['an unknown field', { ...GOOD, salary: 1 }, /pay\.json: \$: /],
    ['overtime below 40 %', { ...GOOD, overtime: { basis: 'aml', classes: [{ id: 'overtime-30', percent: 30 }], rules: [] } }, /pay\.json: \$\.overtime: .*40 %/],
    ['a formula start in the project', { ...GOOD, visma: { ...GOOD.visma, project: '@SUM(A1)' } }, /pay\.json: \$\.visma\.project: The Project .*starts with "@"/],
    ['a character the encoding cannot hold', { ...GOOD, visma: { ...GOOD.visma, department: 'Łódź' } }, /pay\.json: \$\.visma\.department: .*"Ł"/],
    ['a bad encoding name', { ...GOOD, visma: { ...GOOD.visma, encoding: 'latin-9' } }, /pay\.json: \$\.visma\.encoding: /],
  ])('%s: every problem with its JSON path, and nothing saved', async (_name, value, message) => {
    const t = setup();
    t.file('pay.json', value);
    const r = await t.run('--file', 'pay.json');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(await t.stored()).toBeNull();
  });

  it('refuses no option, both options, and a value after --show', async () => {
    const t = setup();
    await expect(t.run()).rejects.toThrow(/give --show .* or --file/);
    t.file('pay.json', GOOD);
    await expect(t.run('--show', '--file', 'pay.json')).rejects.toThrow(/cannot be used together/);
    await expect(settingsPayCommand.run(parseArgs(['--show', 'yes']), { stdout: () => undefined, stderr: () => undefined, readFile: () => '', env: { FYRABEND_LANG: 'en' }, cwd: '/' })).rejects.toThrow(/--show takes no value/);
  });
});
