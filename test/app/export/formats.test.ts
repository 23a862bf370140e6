/**
 * Golden files for every timesheet format on March and April 2026 (DST, Easter, overtime, night,
 * Sunday and on-call work), plus read-backs: every CSV with csv-parse field by field, the XLSX with
 * exceljs, each Visma line field by field against the layout. `UPDATE_GOLDEN=1` rewrites the files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { HOUR_MS } from '../../../src/core/time/units';
import { renderTimesheet, TIMESHEET_FORMATS } from '../../../src/app/export/formats';
import { figureColumns, hoursFixed } from '../../../src/app/export/formats/common';
import { XLSX_HEADER_ROW } from '../../../src/app/export/formats/xlsx';
import { buildTimesheet, type Timesheet } from '../../../src/app/export/timesheet';
import { snapshotSessions } from '../../../src/app/export/submission-snapshot';
import { parsePeriod } from '../../../src/app/export/period';
import { agreement, at, fixtureAbsences, fixtureSessions, GENERATED_AT, settings } from './fixture';

const DIR = join(__dirname, '../../fixtures/timesheet');
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

function sheet(period: string): Timesheet {
  return buildTimesheet({
    period,
    months: parsePeriod(period) ?? [],
    sessions: fixtureSessions(),
    agreements: [agreement],
    settings,
    sent: new Map(),
    absences: fixtureAbsences(),
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
    // Work lines, then the absence lines of the kinds that have a wage type (permisjon has none: left out).
    const expected = [...m.lines, ...m.absenceLines.filter((l) => l.wageType !== '')];
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      const f = line.split(';');
      const l = expected[i]!;
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
    // Printing: A4 landscape, one page wide, header row frozen and repeated, employee in the page header.
    for (const w of wb.worksheets) {
      expect(w.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
      expect(w.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
      expect(w.headerFooter.oddHeader).toContain('Kari Nordmann (Employee number 1002)');
      expect(w.headerFooter.oddFooter).toContain('&P / &N');
    }
    // Widths from content: the work periods column is wide enough for its longest text.
    const longest = Math.max(...m.days.map((d) => String(ws.getRow(3 + m.days.indexOf(d)).getCell(6).value).length));
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(Math.min(48, longest));
    expect(ws.getRow(2).getCell(7 + worked).value).toBe('Worked (h)');
    for (const c of ws.getRow(2).values as unknown[]) expect(String(c ?? '')).not.toMatch(/\[|overtime-\d/);
    // The golden for xlsx is its content (the zip itself carries timestamps).
    const content = JSON.parse(JSON.stringify(wb.worksheets.map((w) => ({ name: w.name, rows: w.getSheetValues().slice(1) }))));
    const file = join(DIR, `${period}.xlsx.json`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, JSON.stringify(content, null, 1) + '\n');
    expect(content).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('xlsx keeps each cell its own style (formats, bold rows), also where the writer shares style objects', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTimesheet(ts, 'xlsx', 'en')) as never);
    const ws = wb.worksheets[0]!;
    const m = ts.months[0]!;
    const cols = figureColumns(ts);
    const style = (r: number, c: number) => {
      const cell = ws.getRow(r).getCell(c);
      return { numFmt: cell.numFmt ?? null, bold: cell.font?.bold === true, wrap: cell.alignment?.wrapText === true };
    };
    expect(style(1, 1)).toEqual({ numFmt: null, bold: true, wrap: false });
    expect(style(2, 1)).toEqual({ numFmt: null, bold: true, wrap: true });
    const day = 3;
    expect(style(day, 1)).toEqual({ numFmt: 'dd.mm.yyyy', bold: false, wrap: false });
    expect(style(day, 2)).toEqual({ numFmt: null, bold: false, wrap: false });
    expect(style(day, 4)).toEqual({ numFmt: 'dd.mm.yyyy hh:mm', bold: false, wrap: false });
    expect(style(day, 7)).toEqual({ numFmt: '0.00', bold: false, wrap: false });
    const total = XLSX_HEADER_ROW + m.days.length + 1;
    expect(style(total, 1)).toEqual({ numFmt: null, bold: true, wrap: false });
    expect(style(total, 7)).toEqual({ numFmt: '0.00', bold: true, wrap: false });
    expect(style(total, 7 + cols.length - 1)).toEqual({ numFmt: '0.00', bold: true, wrap: false });
  });

  it('html is self-contained with the § 10-7 fields and signature lines', async () => {
    const html = decode(await renderTimesheet(ts, 'html', 'nb'));
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:/i);
    expect(html).toContain('arbeidsmiljøloven § 10-7');
    expect(html).toContain('Signatur arbeidstaker');
    expect(html).toContain('Signatur arbeidsgiver');
    for (const d of ts.months[0]!.days.slice(0, 3)) expect(html).toContain(d.day.split('-').reverse().join('.'));
  });

  it.each(['nb', 'nn', 'en'] as const)('html in %s: A4 page, the decimal mark of the language, no internal ids in labels', async (lang) => {
    const html = decode(await renderTimesheet(ts, 'html', lang));
    expect(html).toContain('@page{size:A4 landscape;margin:12mm}');
    const numbers = [...html.matchAll(/<td class="n">([^<]*)<\/td>/g)].map((x) => x[1]!);
    expect(numbers.length).toBeGreaterThan(50);
    for (const n of numbers) expect(n).toMatch(lang === 'en' ? /^-?\d+\.\d{2}$/ : /^-?\d+,\d{2}$/);
    const headers = [...html.matchAll(/<th>([^<]*)<\/th>/g)].map((x) => x[1]!);
    for (const h of headers) expect(h).not.toMatch(/\[|overtime-\d|on-call|merarbeid\]/);
    // Only the first month starts on a new page; nothing forces a page after the last.
    expect(html).not.toMatch(/page-break-after|break-after:page/);
  });
});

describe('work periods and breaks', () => {
  const ts = sheet('2026-03');
  const day = (d: string) => ts.months[0]!.days.find((x) => x.day === d)!;

  it('one text per work period, dates only where the period leaves the work day\'s date', async () => {
    const html = decode(await renderTimesheet(ts, 'html', 'nb'));
    expect(html).toContain('<td class="p">20:00–11.03. 06:00</td>');
    expect(html).toContain('<td class="p">17:30–18:30<br>29.03. 01:30–04:30</td>');
    expect(html).toContain('<td class="p">08:00–11:30<br>12:00–16:00</td>');
  });

  it('breaks are the gaps inside working stretches (up to 2 h); a 7 h gap is not a break', () => {
    expect(day('2026-03-02').breakMs).toBe(0.5 * HOUR_MS);
    expect(day('2026-03-28').breaks).toEqual([]);
    expect(day('2026-03-28').breakMs).toBe(0);
  });
});

describe('a year', () => {
  it('is evaluated once and sliced per month: byte-identical to the month-by-month result', async () => {
    const year = buildTimesheet({ period: '2026', months: parsePeriod('2026') ?? [], sessions: fixtureSessions(), agreements: [agreement], settings, sent: new Map(), absences: fixtureAbsences(), generatedAt: GENERATED_AT });
    for (const label of ['2026-03', '2026-04']) {
      const alone = sheet(label).months[0]!;
      const sliced = year.months.find((m) => m.label === label)!;
      expect(JSON.stringify(sliced)).toBe(JSON.stringify(alone));
    }
    // And a year written as one file carries the same month tables as the month files.
    const yearCsv = decode(await renderTimesheet(year, 'csv', 'nb')).split('\r\n');
    for (const label of ['2026-03', '2026-04']) {
      const monthCsv = decode(await renderTimesheet(sheet(label), 'csv', 'nb')).split('\r\n').slice(1).filter(Boolean);
      for (const line of monthCsv) expect(yearCsv).toContain(line);
    }
    // The workbook and the printout carry only the months with work or absence (the holiday runs into May).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTimesheet(year, 'xlsx', 'nb')) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2026-03', '2026-04', '2026-05']);
    expect(decode(await renderTimesheet(year, 'html', 'nb')).match(/<section class="month">/g)).toHaveLength(3);
  });

  it('evaluates the rule engine once for a year of months', async () => {
    const engine = await import('../../../src/core/engine/evaluate');
    const spy = vi.spyOn(engine, 'evaluate');
    buildTimesheet({ period: '2026', months: parsePeriod('2026') ?? [], sessions: fixtureSessions(), agreements: [agreement], settings, sent: new Map(), generatedAt: GENERATED_AT });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('overtime reasons', () => {
  it('the reason recorded for a session appears on its day in every format', async () => {
    const sessions = fixtureSessions();
    const late = sessions.find((s) => s.start === at('2026-04-09', '20:00'))!;
    const ts = buildTimesheet({ period: '2026-04', months: parsePeriod('2026-04') ?? [], sessions, agreements: [agreement], settings, sent: new Map(), overtimeReasons: new Map([[late.id!, ['Release of the payroll module']]]), generatedAt: GENERATED_AT });
    expect(ts.months[0]!.days.find((d) => d.day === '2026-04-09')!.overtimeBasis).toEqual([{ ground: null, text: 'Release of the payroll module' }]);
    expect(ts.months[0]!.days.filter((d) => d.overtimeBasis)).toHaveLength(1);
    for (const format of ['csv', 'csv-excel', 'json', 'html'] as const) expect(decode(await renderTimesheet(ts, format, 'en'))).toContain('Release of the payroll module');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTimesheet(ts, 'xlsx', 'en')) as never);
    const row = wb.worksheets[0]!.getRow(2);
    const col = (row.values as unknown[]).indexOf('Basis for overtime');
    expect(col).toBeGreaterThan(0);
    const values = wb.worksheets[0]!.getColumn(col).values.map(String);
    expect(values).toContain('Release of the payroll module');
  });
});

describe('absence changed after March was sent (issue 15)', () => {
  // What payroll has: March without absence. The log now: two sick days in March (wage type 3000).
  const sentTs = buildTimesheet({ period: '2026-03', months: parsePeriod('2026-03') ?? [], sessions: fixtureSessions(), agreements: [agreement], settings, sent: new Map(), generatedAt: GENERATED_AT });
  const lo = at('2026-03-01', '00:00');
  const hi = at('2026-04-01', '00:00');
  const m = sentTs.months[0]!;
  const sent = new Map([['2026-03', { days: m.days, weeks: m.weeks, absences: [], sessions: snapshotSessions(fixtureSessions().filter((s) => s.start >= lo && s.start < hi)), firstAt: GENERATED_AT - 1, lastAt: GENERATED_AT - 1, count: 1 }]]);
  const ts = buildTimesheet({ period: '2026-04', months: parsePeriod('2026-04') ?? [], sessions: fixtureSessions(), agreements: [agreement], settings, sent, absences: fixtureAbsences().slice(0, 1), generatedAt: GENERATED_AT });

  it('the corrections are the absence only: two days of sykdom, 7.75 h each', () => {
    expect(ts.corrections).toEqual([]);
    expect(ts.correctionDeltas).toEqual([]);
    expect(ts.absenceCorrections.map((c) => `${c.period} ${c.day} ${c.classId} ${c.deltaMs / HOUR_MS}`)).toEqual(['2026-03 2026-03-05 sykdom 7.75', '2026-03 2026-03-06 sykdom 7.75']);
    expect(ts.absenceCorrectionLines).toEqual([{ wageType: '3000', classes: ['sykdom'], ms: 15.5 * HOUR_MS }]);
  });

  it.each([
    ['csv', (text: string) => parse(text).filter((r: string[]) => r[0] === 'correction').map((r: string[]) => [r[2], r.at(-4), r.at(-2), r.at(-1), r.at(-11)]), [['2026-03-05', 'sykdom', '7.75', '3000', '2026-03'], ['2026-03-06', 'sykdom', '7.75', '3000', '2026-03']]],
    ['csv-excel', (text: string) => parse(text.slice(1), { delimiter: ';' }).filter((r: string[]) => r[0] === 'korrigering').map((r: string[]) => [r[1], r.at(-4), r.at(-2), r.at(-1)]), [['05.03.2026', 'Sykdom', '7,75', '3000'], ['06.03.2026', 'Sykdom', '7,75', '3000']]],
    ['json', (text: string) => JSON.parse(text).absenceCorrections.map((c: { day: string; kind: string; delta: number }) => [c.day, c.kind, c.delta]), [['2026-03-05', 'sykdom', 7.75], ['2026-03-06', 'sykdom', 7.75]]],
    ['visma', (text: string) => text.trim().split('\r\n').filter((l) => l.split(';')[3] === '3000').map((l) => l.split(';')[5]), [['15.50']].flat()],
    ['html', (text: string) => [text.includes('<h2>Korrigert fravær</h2>'), (text.match(/Korrigerer periode/g) ?? []).length, text.includes('<td>05.03.2026</td><td>Sykdom</td><td class="n">7,75</td><td>3000</td>')], [true, 1, true]],
  ] as const)('%s carries them', async (format, read, expected) => {
    expect(read(decode(await renderTimesheet(ts, format, 'nb')))).toEqual(expected);
  });

  it('xlsx lists them on the corrections sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTimesheet(ts, 'xlsx', 'nb')) as never);
    const sheet = wb.worksheets.find((w) => w.name.startsWith('Korrigeringer'))!;
    const rows = (sheet.getSheetValues().slice(1) as unknown[][]).filter((r) => r && r[3] === 'Sykdom').map((r) => [r[1], r[4], r[5]]);
    expect(rows).toEqual([['mars 2026', 7.75, '3000'], ['mars 2026', 7.75, '3000']]);
  });
});
