/**
 * Issue 16 "done when", on the command line (the commands run in-process on a real SQLite file): a
 * month with a night shift, an on-call evening and a late import. Every format can be previewed
 * (nothing marked), a dry run says what sending would do and writes nothing, the Visma file is
 * submitted, the late import comes as a correction line, and --again repeats what payroll has.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import type { CliIo, Command } from '../../src/cli/command';
import { exportTimesheetCommand } from '../../src/cli/commands/export-timesheet';
import { importCommand } from '../../src/cli/commands/import';
import { settingsPayCommand } from '../../src/cli/commands/settings-pay';

const dir = mkdtempSync(join(tmpdir(), 'fyrabend-clerk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'f.db');

async function run(cmd: Command, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readFile: (p) => readFileSync(join(dir, p), 'utf8'), env: { FYRABEND_LANG: 'en', FYRABEND_DB: db }, cwd: dir };
  const status = await cmd.run(parseArgs([...argv, '--db', db]), io);
  return { status, out: out.join(''), err: err.join('') };
}
const file = (name: string, value: unknown) => writeFileSync(join(dir, name), JSON.stringify(value));
const lines = (name: string) => readFileSync(join(dir, name), 'latin1').trim().split('\r\n');
const sessions = (list: [string, string, string?][]) => ({ format: 'fyrabend.sessions/1', sessions: list.map(([start, end, kind]) => ({ start, end, ...(kind ? { kind } : {}) })) });

describe('a payroll month from the command line', () => {
  it('preview, dry run, submit, late import as a correction, export again', async () => {
    file('agreement.json', {
      format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
      workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
    });
    expect((await run(importCommand, 'agreement.json')).status).toBe(0);
    file('pay.json', {
      employeeNumber: '1042', employeeName: 'Kari Nordmann',
      overtime: { basis: 'aml', classes: [{ id: 'overtime-40', percent: 40 }], rules: [] },
      wageTypes: { normal: '100', merarbeid: '110', 'overtime-40': '140', night: '150', sunday: '160', 'on-call': '170' },
      visma: { wageYear: 2026, runNumber: 3, department: 'Bærum', project: '', encoding: 'windows-1252' },
    });
    expect((await run(settingsPayCommand, '--file', 'pay.json')).status).toBe(0);
    file('march.json', sessions([
      ['2026-03-09T08:00:00+01:00', '2026-03-09T15:30:00+01:00'],
      ['2026-03-10T20:00:00+01:00', '2026-03-11T06:00:00+01:00'], // a night shift
      ['2026-03-12T08:00:00+01:00', '2026-03-12T15:30:00+01:00'],
      ['2026-03-12T17:00:00+01:00', '2026-03-12T22:00:00+01:00', 'on-call'], // an on-call evening
    ]));
    expect((await run(importCommand, 'march.json')).status).toBe(0);

    // Every format as a preview: written, named after the employee, nothing marked.
    for (const format of ['csv', 'csv-excel', 'xlsx', 'json', 'visma', 'html']) {
      const r = await run(exportTimesheetCommand, 'timesheet', '--period', '2026-03', '--format', format);
      expect(r, format).toMatchObject({ status: 0 });
      expect(r.out).toMatch(/Nothing is marked as sent to payroll/);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('fyrabend-')).sort()).toEqual([
      'fyrabend-1042-2026-03-excel.csv', 'fyrabend-1042-2026-03-visma.txt', 'fyrabend-1042-2026-03.csv', 'fyrabend-1042-2026-03.html', 'fyrabend-1042-2026-03.json', 'fyrabend-1042-2026-03.xlsx',
    ]);
    rmSync(join(dir, 'fyrabend-1042-2026-03-visma.txt'));

    // A dry run of the submission: what would be written, nothing written.
    const dry = await run(exportTimesheetCommand, '--period', '2026-03', '--format', 'visma', '--submit', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.out).toMatch(/^Dry run: nothing was written/);
    expect(dry.out).toContain('Would be marked as sent to payroll: March 2026.');
    expect(dry.out).toContain('2026;3;1042;100;0.00;');
    expect(existsSync(join(dir, 'fyrabend-1042-2026-03-visma.txt'))).toBe(false);

    const sent = await run(exportTimesheetCommand, '--period', '2026-03', '--format', 'visma', '--submit');
    expect(sent.out).toContain('Marked as sent to payroll: March 2026.');
    const first = lines('fyrabend-1042-2026-03-visma.txt');
    // Normal 7.5 + 9 (the night shift's first 9 h) + 7.5; 1 h AML overtime; 9 h night (21–06); 5 h on call.
    expect(first).toEqual([
      '2026;3;1042;100;0.00;24.00;0.00;0.00;;;"Bærum";"";"";"";"";"";',
      '2026;3;1042;140;0.00;1.00;0.00;0.00;;;"Bærum";"";"";"";"";"";',
      '2026;3;1042;150;0.00;9.00;0.00;0.00;;;"Bærum";"";"";"";"";"";',
      '2026;3;1042;170;0.00;5.00;0.00;0.00;;;"Bærum";"";"";"";"";"";',
    ]);
    // Windows-1252: æ is one byte.
    expect(readFileSync(join(dir, 'fyrabend-1042-2026-03-visma.txt')).includes(Buffer.from([0x42, 0xe6]))).toBe(true);
    expect((await run(exportTimesheetCommand, '--period', '2026-03', '--format', 'visma', '--submit')).err).toMatch(/nothing has changed since/);

    // The late import: two more hours on Friday 13th come as a correction line.
    file('late.json', sessions([['2026-03-13T08:00:00+01:00', '2026-03-13T10:00:00+01:00']]));
    expect((await run(importCommand, 'late.json')).status).toBe(0);
    const corr = await run(exportTimesheetCommand, '--period', '2026-03', '--format', 'visma', '--submit', '--out', 'correction.txt');
    expect(corr.out).toContain('The file carries corrections to: March 2026.');
    expect(lines('correction.txt')).toEqual(['2026;3;1042;100;0.00;2.00;0.00;0.00;;;"Bærum";"";"";"";"";"";']);

    // Export again: the month as payroll now has it (the first file plus the correction), marked by nothing.
    const again = await run(exportTimesheetCommand, '--period', '2026-03', '--format', 'visma', '--again', '--out', 'again.txt');
    expect(again.out).toMatch(/It repeats what was sent to payroll on/);
    expect(lines('again.txt')[0]).toBe('2026;3;1042;100;0.00;26.00;0.00;0.00;;;"Bærum";"";"";"";"";"";');
  });

  it('refuses --submit with --again, --dry-run alone, and a value after a flag', async () => {
    await expect(run(exportTimesheetCommand, '--period', '2026-03', '--format', 'csv', '--submit', '--again')).rejects.toThrow(/cannot be used together/);
    await expect(run(exportTimesheetCommand, '--period', '2026-03', '--format', 'csv', '--dry-run')).rejects.toThrow(/--dry-run shows what --submit or --again would do/);
    await expect(run(exportTimesheetCommand, '--period', '2026-03', '--format', 'csv', '--submit', 'yes')).rejects.toThrow(/--submit takes no value/);
  });
});
