/**
 * The xlsx timesheet through the real `fyrabend` launcher (the bundle, with its code cache on Node 20):
 * exceljs is loaded on demand, and that load must work where the launcher runs the bundle as a
 * vm.Script (an import() of an external package there failed with "A dynamic import callback was not
 * specified"). Twice: the first run may write the code cache, the second runs from it. On Node 20 the
 * launcher caches exceljs's Workbook (out/cli/exceljs-workbook.cjs, bundled apart) in a subfolder of
 * its cache folder, beside the bundle's cache of the same command, neither dropping the other. The file
 * reads back (the bundle's zip deflates with Node's zlib, not pako).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fyrabend } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'fyrabend-xlsx-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'f.db');
const tmp = join(dir, 'tmp');
mkdirSync(tmp);
const run = (...argv: string[]) => fyrabend([...argv, '--db', db], { cwd: dir, env: { FYRABEND_LANG: 'en', TMPDIR: tmp } });
const usesCodeCache = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const cacheDir = join(tmp, `fyrabend-compile-cache-${process.getuid?.() ?? 'user'}`);
const caches = (sub: string) => (existsSync(join(cacheDir, sub)) ? readdirSync(join(cacheDir, sub)).filter((f) => f.endsWith('-export.cache')) : []);
const file = (name: string, value: unknown) => writeFileSync(join(dir, name), JSON.stringify(value));

describe('fyrabend export timesheet --format xlsx (the real binary)', () => {
  it('writes the workbook, also when the launcher runs from its code cache', async () => {
    file('agreement.json', {
      format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
      workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
    });
    file('pay.json', {
      employeeNumber: '1042', employeeName: 'Kari Nordmann',
      overtime: { basis: 'aml', classes: [{ id: 'overtime-40', percent: 40 }], rules: [] },
      wageTypes: { normal: '100', merarbeid: '110', 'overtime-40': '140', night: '150', sunday: '160', 'on-call': '170' },
      visma: { wageYear: 2026, runNumber: 3, department: '', project: '', encoding: 'utf-8' },
    });
    file('march.json', { format: 'fyrabend.sessions/1', sessions: [{ start: '2026-03-09T08:00:00+01:00', end: '2026-03-09T15:30:00+01:00' }] });
    expect(run('import', 'agreement.json').status).toBe(0);
    expect(run('settings', 'pay', '--file', 'pay.json').status).toBe(0);
    expect(run('import', 'march.json').status).toBe(0);
    for (const round of [1, 2]) {
      const out = join(dir, `march-${round}.xlsx`);
      const r = run('export', 'timesheet', '--period', '2026-03', '--format', 'xlsx', '--out', out);
      expect({ round, status: r.status, stderr: r.stderr }).toEqual({ round, status: 0, stderr: '' });
      expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
      // It unzips (the bundle's jszip deflates with Node's zlib) to the day's cells.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(out) as never);
      const day = wb.worksheets[0]!.getRow(3);
      expect({ round, date: (day.getCell(1).value as Date).toISOString().slice(0, 10), start: (day.getCell(4).value as Date).toISOString().slice(11, 16) }).toEqual({ round, date: '2026-03-09', start: '08:00' });
      if (usesCodeCache) expect({ round, bundle: caches('').length, workbook: caches('exceljs-workbook').length }).toEqual({ round, bundle: 1, workbook: 1 });
    }
  });
});
