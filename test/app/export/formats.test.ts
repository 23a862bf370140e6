/**
 * Golden files for every timesheet format on March and April 2026 (DST, Easter, overtime, night,
 * Sunday and on-call work), plus read-backs: every CSV with csv-parse field by field, the XLSX with
 * exceljs, each Visma line field by field against the layout. `UPDATE_GOLDEN=1` rewrites the files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../src/core/time/units';
import { renderTimesheet, TIMESHEET_FORMATS } from '../../../src/app/export/formats';
import { figureColumns, hoursFixed } from '../../../src/app/export/formats/common';
import { buildTimesheet, type Timesheet } from '../../../src/app/export/timesheet';
import { parsePeriod } from '../../../src/app/export/period';
import { agreement, fixtureSessions, GENERATED_AT, settings } from './fixture';

const DIR = join(__dirname, '../../fixtures/timesheet');
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

function sheet(period: string): Timesheet {
  return buildTimesheet({
    period,
    months: parsePeriod(period) ?? [],
    sessions: fixtureSessions(),
    agreements: [agreement],
    settings,
    submitted: new Map(),
    corrections: [],
    generatedAt: GENERATED_AT,
  });
}

const EXT: Record<string, string> = { csv: 'csv', 'csv-excel': 'excel.csv', json: 'json', visma: 'visma.txt', html: 'html' };

describe.each(['2026-03', '2026-04'])('timesheet %s', (period) => {
  const ts = sheet(period);

  it.each(TIMESHEET_FORMATS.filter((f) => f !== 'xlsx'))('%s matches its golden file', async (format) => {
    const bytes = await renderTimesheet(ts, format, 'nb');
    const file = join(DIR, `${period}.${EXT[format]}`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, bytes);
      if (!process.env.UPDATE_GOLDEN) throw new Error(`golden file ${file} was missing and has been written: check it and run again`);
    }
    expect(Buffer.from(bytes).equals(readFileSync(file)), `${file} differs (UPDATE_GOLDEN=1 to accept)`).toBe(true);
  });

  it('sum of classes equals worked time, and totals equal the sum of days', () => {
    for (const m of ts.months) {
      const partition = Object.entries(m.totals)
        .filter(([id]) => !['night', 'sunday', 'on-call'].includes(id))
        .reduce((s, [, v]) => s + v, 0);
      expect(partition).toBe(m.workedMs);
      expect(m.workedMs).toBeGreaterThan(0);
      expect(m.lines.reduce((s, l) => s + l.ms, 0)).toBe(Object.values(m.totals).reduce((s, v) => s + v, 0));
    }
  });

  it('csv reads back with csv-parse, field by field', async () => {
    const rows: string[][] = parse(decode(await renderTimesheet(ts, 'csv', 'en')), { relax_column_count: false });
    const cols = figureColumns(ts);
    const header = rows[0] as string[];
    expect(header.slice(0, 8)).toEqual(['type', 'period', 'date', 'weekday', 'week', 'start', 'end', 'sessions']);
    const days = ts.months.flatMap((m) => m.days);
    const dayRows = rows.filter((r) => r[0] === 'day');
    expect(dayRows).toHaveLength(days.length);
    dayRows.forEach((r, i) => {
      const d = days[i]!;
      expect(r[2]).toBe(d.day);
      expect(r[3]).toBe(d.weekday);
      expect(r[4]).toBe(d.week);
      expect(Date.parse(r[5]!)).toBe(d.work[0]!.start);
      expect(Date.parse(r[6]!)).toBe(d.work[d.work.length - 1]!.end);
      expect(r[5]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      const spans = r[7]!.split(' ').map((p) => p.split('/').map((x) => Date.parse(x)));
      expect(spans).toEqual(d.work.map((w) => [w.start, w.end]));
      cols.forEach((c, k) => expect(Number(r[8 + k]), `${d.day} ${c.key}`).toBeCloseTo(c.value(d) / HOUR_MS, 2));
    });
    const total = rows.find((r) => r[0] === 'total')!;
    expect(Number(total[8 + cols.findIndex((c) => c.key === 'worked')])).toBeCloseTo(ts.months[0]!.workedMs / HOUR_MS, 2);
  });

  it('csv-excel: BOM, semicolons, decimal comma, dd.mm.yyyy, reads back with csv-parse', async () => {
    const bytes = await renderTimesheet(ts, 'csv-excel', 'nb');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(decode(bytes).slice(1), { delimiter: ';' });
    expect(rows[0]![1]).toBe('Dato');
    const cols = figureColumns(ts);
    const days = ts.months.flatMap((m) => m.days);
    const dayRows = rows.filter((r) => r[0] === 'dag');
    expect(dayRows).toHaveLength(days.length);
    dayRows.forEach((r, i) => {
      const d = days[i]!;
      const [y, mo, da] = d.day.split('-');
      expect(r[1]).toBe(`${da}.${mo}.${y}`);
      cols.forEach((c, k) => {
        expect(r[7 + k]).toMatch(/^-?\d+,\d{2}$/);
        expect(r[7 + k]).toBe(hoursFixed(c.value(d)).replace('.', ','));
      });
    });
  });

  it('visma: each line matches the standard format layout field by field', async () => {
    const text = decode(await renderTimesheet(ts, 'visma', 'nb'));
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    const m = ts.months[0]!;
    expect(lines).toHaveLength(m.lines.length);
    lines.forEach((line, i) => {
      const f = line.split(';');
      const l = m.lines[i]!;
      expect(f).toHaveLength(17);
      expect(f[0]).toBe('0'); // 1 wage year (0 in Visma.net)
      expect(f[1]).toBe('0'); // 2 run number
      expect(f[2]).toBe('1002'); // 3 employee number
      expect(f[3]).toBe(l.wageType); // 4 wage type
      expect(f[4]).toBe('0.00'); // 5 base
      expect(f[5]).toMatch(/^-?\d+\.\d{2}$/); // 6 quantity, decimal point, no leading blanks
      expect(Number(f[5])).toBeCloseTo(l.ms / HOUR_MS, 2);
      expect(f[6]).toBe('0.00'); // 7 rate from the employee
      expect(f[7]).toBe('0.00'); // 8 amount = rate × quantity
      expect(f[8]).toBe(''); // 9 account
      expect(f[9]).toBe(''); // 10 balancing account
      expect(f.slice(10, 16)).toEqual(['""', '""', '""', '""', '""', '""']); // 11–16 cost carriers, quoted
      expect(f[16]).toBe(''); // 17 deduction code
    });
    expect(new Set(lines.map((l) => l.split(';')[3])).size).toBe(lines.length);
  });

  it('xlsx reads back with exceljs: one sheet per month, typed cells, totals', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTimesheet(ts, 'xlsx', 'en')) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(ts.months.map((m) => m.label));
    const ws = wb.worksheets[0]!;
    const m = ts.months[0]!;
    const cols = figureColumns(ts);
    const worked = cols.findIndex((c) => c.key === 'worked');
    m.days.forEach((d, i) => {
      const row = ws.getRow(3 + i);
      const date = row.getCell(1).value as Date;
      expect(date).toBeInstanceOf(Date);
      expect(date.toISOString().slice(0, 10)).toBe(d.day);
      expect(typeof row.getCell(7 + worked).value).toBe('number');
      expect(row.getCell(7 + worked).value).toBeCloseTo(d.workedMs / HOUR_MS, 6);
    });
    const total = ws.getRow(3 + m.days.length);
    expect(total.getCell(1).value).toBe('Total');
    const cell = total.getCell(7 + worked).value as { formula: string; result: number };
    expect(cell.formula).toMatch(/^SUM\(/);
    expect(cell.result).toBeCloseTo(m.workedMs / HOUR_MS, 6);
    // The golden for xlsx is its content (the zip itself carries timestamps).
    const content = JSON.parse(JSON.stringify(wb.worksheets.map((w) => ({ name: w.name, rows: w.getSheetValues().slice(1) }))));
    const file = join(DIR, `${period}.xlsx.json`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, JSON.stringify(content, null, 1) + '\n');
    expect(content).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('html is self-contained with the § 10-7 fields and signature lines', async () => {
    const html = decode(await renderTimesheet(ts, 'html', 'nb'));
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:/i);
    expect(html).toContain('arbeidsmiljøloven § 10-7');
    expect(html).toContain('Signatur arbeidstaker');
    expect(html).toContain('Signatur arbeidsgiver');
    for (const d of ts.months[0]!.days.slice(0, 3)) expect(html).toContain(d.day.split('-').reverse().join('.'));
  });
});
