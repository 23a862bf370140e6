/**
 * Issue 14 item 4 / issue 15 item 2 in the payroll exports: a saved ground shows in the basis
 * column or line of every format in its language (codes for machines), and overtime taken as time
 * off in lieu leaves the overtime pay line and is listed as taken as time off.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../src/core/time/units';
import { renderTimesheet } from '../../../src/app/export/formats';
import { buildTimesheet } from '../../../src/app/export/timesheet';
import { parsePeriod } from '../../../src/app/export/period';
import { agreement, at, fixtureSessions, GENERATED_AT, settings } from './fixture';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const sessions = fixtureSessions();
// 2026-04-09: a 10 h day, the evening 20:00–22:30 gives 1 h of overtime (overtime-100, at night).
const late = sessions.find((s) => s.start === at('2026-04-09', '20:00'))!;
const build = (takenAs: 'pay' | 'time-off', extra: Partial<Parameters<typeof buildTimesheet>[0]> = {}) =>
  buildTimesheet({
    period: '2026-04',
    months: parsePeriod('2026-04') ?? [],
    sessions,
    agreements: [agreement],
    settings,
    sent: new Map(),
    overtimeReasons: new Map([[late.id!, [{ text: 'Kari is ill', ground: 'illness-absence-cover' as const, takenAs, recordedAt: at('2026-04-09', '21:00') }]]]),
    generatedAt: GENERATED_AT,
    ...extra,
  });
const line = (ts: ReturnType<typeof buildTimesheet>, wageType: string) => ts.months[0]!.lines.find((l) => l.wageType === wageType)?.ms ?? 0;

describe('the overtime basis and time off in lieu in the exports', () => {
  const paid = build('pay');
  const off = build('time-off');
  const day = (ts: typeof off) => ts.months[0]!.days.find((d) => d.day === '2026-04-09')!;

  it('time off: the day keeps its record but has no overtime pay class; the overtime line loses the hour, listed as time off', () => {
    expect(day(paid)).toMatchObject({ overtime: { 'overtime-100': HOUR_MS }, overtimeTakenAs: 'pay', overtimeBasis: [{ ground: 'illness-absence-cover', text: 'Kari is ill' }] });
    expect(day(paid).timeOffMs).toBeUndefined();
    expect(day(off)).toMatchObject({ overtime: {}, overtimeTakenAs: 'time-off', timeOffMs: HOUR_MS, workedMs: day(paid).workedMs, amlOvertimeMs: day(paid).amlOvertimeMs });
    expect(day(off).classes['overtime-100']).toBeUndefined();
    expect(day(off).classes.night).toBe(day(paid).classes.night); // supplements are still paid
    expect(line(paid, '1100') - line(off, '1100')).toBe(HOUR_MS);
    expect(off.months[0]!.timeOffMs).toBe(HOUR_MS);
    expect(paid.months[0]!.timeOffMs).toBe(0);
  });

  it('a day without a reason follows the pay settings default (time-off), a reason overrides it', () => {
    const ts = build('pay', { settings: { ...settings, overtimeTakenAs: 'time-off' }, overtimeReasons: new Map() });
    expect(day(ts)).toMatchObject({ overtimeTakenAs: 'time-off', timeOffMs: HOUR_MS });
    expect(day(build('pay', { settings: { ...settings, overtimeTakenAs: 'time-off' } }))).toMatchObject({ overtimeTakenAs: 'pay' });
  });

  it('csv: the basis in English, the ground as a code, time-off and its hours; the overtime column is 0', async () => {
    const rows = parse(decode(await renderTimesheet(off, 'csv', 'nb'))) as string[][];
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === 'day' && r[2] === '2026-04-09')!;
    const col = (k: string) => row[header.indexOf(k)];
    expect(col('overtime_reason')).toBe('Covering for an ill or absent colleague: Kari is ill');
    expect(col('overtime_ground')).toBe('illness-absence-cover');
    expect(col('overtime_taken_as')).toBe('time-off');
    expect(col('time_off_hours')).toBe('1.00');
    expect(col('overtime-100')).toBe('0.00');
    const total = rows.find((r) => r[0] === 'total')!;
    expect(total[header.indexOf('time_off_hours')]).toBe('1.00');
  });

  it.each([
    ['nb', 'Dekker for syk eller fraværende kollega: Kari is ill', 'Overtid til avspasering (t)'],
    ['nn', 'Dekkjer for sjuk eller fråverande kollega: Kari is ill', 'Overtid til avspasering (t)'],
    ['en', 'Covering for an ill or absent colleague: Kari is ill', 'Overtime taken as time off (h)'],
  ] as const)('csv-excel in %s: the ground in the language, the hours taken as time off', async (lang, basis, header) => {
    const rows = parse(decode(await renderTimesheet(off, 'csv-excel', lang)).slice(1), { delimiter: ';' }) as string[][];
    const row = rows.find((r) => r[1] === '09.04.2026')!;
    expect(row).toContain(basis);
    expect(row[rows[0]!.indexOf(header)]).toBe('1,00');
  });

  it.each([
    ['nb', 'Dekker for syk eller fraværende kollega: Kari is ill', /Overtid tatt ut som avspasering/],
    ['nn', 'Dekkjer for sjuk eller fråverande kollega: Kari is ill', /Overtid teken ut som avspasering/],
    ['en', 'Covering for an ill or absent colleague: Kari is ill', /Overtime taken as time off in lieu/],
  ] as const)('xlsx in %s: the basis column, the time-off column and a line without a wage type', async (lang, basis, timeOffLine) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderTimesheet(off, 'xlsx', lang)) as never);
    const values = (wb.worksheets[0]!.getSheetValues().slice(1) as unknown[][]).filter(Boolean);
    const row = values.find((r) => r.includes(basis))!;
    expect(row).toBeTruthy();
    expect(row).toContain(1);
    const lineRow = values.find((r) => r.some((v) => typeof v === 'string' && timeOffLine.test(v)))!;
    expect(lineRow).toContain(1);
    expect(lineRow).toContain('—');
  });

  it('json: the basis with the ground code, taken as time off, the hours; the lines without them', async () => {
    const doc = JSON.parse(decode(await renderTimesheet(off, 'json', 'nb')));
    const d = doc.months[0].days.find((x: { day: string }) => x.day === '2026-04-09');
    expect(d.overtimeBasis).toEqual([{ ground: 'illness-absence-cover', text: 'Kari is ill' }]);
    expect(d.overtimeReason).toBe('Covering for an ill or absent colleague: Kari is ill');
    expect(d.overtimeTakenAs).toBe('time-off');
    expect(d.hours.timeOff).toBe(1);
    expect(doc.months[0].totals.timeOff).toBe(1);
    const paidDoc = JSON.parse(decode(await renderTimesheet(paid, 'json', 'nb')));
    const hours = (x: typeof doc) => x.months[0].lines.find((l: { wageType: string }) => l.wageType === '1100')?.hours ?? 0;
    expect(hours(paidDoc) - hours(doc)).toBe(1);
  });

  it.each([
    ['nb', 'Dekker for syk eller fraværende kollega: Kari is ill', 'Overtid tatt ut som avspasering', '1,00'],
    ['nn', 'Dekkjer for sjuk eller fråverande kollega: Kari is ill', 'Overtid teken ut som avspasering', '1,00'],
    ['en', 'Covering for an ill or absent colleague: Kari is ill', 'Overtime taken as time off in lieu', '1.00'],
  ] as const)('html in %s: the basis on the day and the time off listed with the lines', async (lang, basis, timeOffLine, hours) => {
    const html = decode(await renderTimesheet(off, 'html', lang));
    expect(html).toContain(`<td>${basis}</td>`);
    expect(html).toMatch(new RegExp(`<td>—</td><td>${timeOffLine}[^<]*</td><td class="n">${hours.replace('.', '\\.')}</td>`));
    expect(decode(await renderTimesheet(paid, 'html', lang))).not.toContain(timeOffLine);
  });

  it('visma: the overtime line carries one hour less', async () => {
    const qty = async (ts: typeof off) =>
      Number((decode(await renderTimesheet(ts, 'visma', 'nb')).trim().split('\r\n').find((l) => l.split(';')[3] === '1100') ?? ';;;;;0').split(';')[5]);
    expect((await qty(paid)) - (await qty(off))).toBeCloseTo(1, 6);
  });

  it('a reason saved before grounds (text only) still shows as its text', async () => {
    const ts = build('pay', { overtimeReasons: new Map([[late.id!, ['Release of the payroll module']]]) });
    expect(decode(await renderTimesheet(ts, 'html', 'nb'))).toContain('<td>Release of the payroll module</td>');
    expect(day(ts)).toMatchObject({ overtimeTakenAs: 'pay', overtimeBasis: [{ ground: null, text: 'Release of the payroll module' }] });
  });
});
