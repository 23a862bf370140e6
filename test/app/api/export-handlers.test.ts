import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, createPayrollService, dispatch, type PayrollServiceDeps } from '../../../src/app/api/index';
import type { Clock } from '../../../src/app/ports/clock';
import { DEFAULT_PAY_SETTINGS } from '../../../src/core/pay';
import type { ExportDone, ExportPreview, ExportStatus, PaySettingsView } from '../../../src/shared/ipc/export-contract';
import { AtomicFileSink } from '../../../src/store/files/atomic-file-sink';
import { fileExportFolder } from '../../../src/store/files/export-folder';
import { openStore, type Store } from '../../../src/store/index';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = Date.parse('2026-04-02T09:00:00Z');
const H = 3_600_000;
const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};
const SETTINGS = { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1234', wageTypes: { normal: '100', merarbeid: '110', 'overtime-40': '140', night: '150', sunday: '160', 'on-call': '170' } };

async function setup(lang: 'nb' | 'nn' | 'en' = 'en', withPayroll = true, extra: Partial<PayrollServiceDeps> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-pay-'));
  dirs.push(dir);
  const clock: Clock = { now: () => NOW, every: () => () => undefined };
  const store = await openStore(join(dir, 'fyrabend.db'), { now: () => NOW, backups: false });
  stores.push(store);
  const exportsDir = join(dir, 'exports');
  const services = createAppServices({
    ...store, clock, zone: () => 'Europe/Oslo', heartbeats: false, dataFolder: dir,
    backups: { create: () => ({ name: 'b.db', createdAt: NOW, bytes: 1 }), list: () => [], restore: () => undefined },
    log: () => undefined,
    ...(withPayroll ? { payroll: createPayrollService({ ...store, files: fileExportFolder(exportsDir), now: () => NOW, ...extra }) } : {}),
  });
  await dispatch(services, 'settingsSet', { lang });
  await dispatch(services, 'agreementSave', { document: AGREEMENT });
  const start = Date.parse('2026-03-10T07:00:00Z');
  await dispatch(services, 'sessionsAdd', { session: { start, end: start + 11 * H, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } });
  return { services, store, exportsDir };
}

describe('payroll export handlers over a real SQLite store', () => {
  it('saves settings, previews without writing, exports into the export folder and locks the month', async () => {
    const t = await setup();
    expect(await dispatch(t.services, 'paySettingsGet', undefined)).toMatchObject({ ok: true, value: { stored: false } });
    const saved = await dispatch(t.services, 'paySettingsSave', { settings: SETTINGS });
    expect((saved as { value: PaySettingsView }).value).toMatchObject({ stored: true, settings: { employeeNumber: '1234' } });
    const p = await dispatch(t.services, 'exportPreview', { period: '2026-03' });
    const preview = (p as { value: ExportPreview }).value;
    expect(preview.problem).toBeNull();
    expect(preview.days.map((d) => d.day)).toEqual(['2026-03-10']);
    expect(preview.workedMs).toBe(11 * H);
    expect(Object.values(preview.totals).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(11 * H);
    expect(existsSync(t.exportsDir)).toBe(false);
    // A preview file marks nothing.
    const look = await dispatch(t.services, 'exportTimesheet', { period: '2026-03', format: 'html' });
    expect(look).toMatchObject({ ok: true, value: { name: 'fyrabend-1234-2026-03.html', mode: 'preview', locked: [] } });
    expect((await dispatch(t.services, 'exportStatus', { year: '2026' }) as { value: ExportStatus }).value.months).toEqual([
      { month: '2026-03', status: 'not-sent', workedMs: 11 * H, firstAt: null, lastAt: null },
    ]);
    // The confirm step: a dry run says what would be marked, and writes nothing.
    const plan = await dispatch(t.services, 'exportTimesheet', { period: '2026-03', format: 'csv', mode: 'submit', dryRun: true });
    expect(plan).toMatchObject({ ok: true, value: { path: '', dryRun: true, locked: ['2026-03'] } });
    expect(readdirSync(t.exportsDir)).toEqual(['fyrabend-1234-2026-03.html']);
    const done = await dispatch(t.services, 'exportTimesheet', { period: '2026-03', format: 'csv', mode: 'submit' });
    const v = (done as { value: ExportDone }).value;
    expect(v).toMatchObject({ name: 'fyrabend-1234-2026-03.csv', locked: ['2026-03'], mode: 'submit' });
    expect(v.path).toBe(join(t.exportsDir, 'fyrabend-1234-2026-03.csv'));
    expect(v.message).toContain(v.path);
    expect(readFileSync(v.path, 'utf8')).toContain('total,2026-03');
    const again = await dispatch(t.services, 'exportTimesheet', { period: '2026-03', format: 'xlsx', mode: 'again' });
    expect(again).toMatchObject({ ok: true, value: { name: 'fyrabend-1234-2026-03.xlsx', locked: [], mode: 'again', repeats: NOW } });
    expect((await dispatch(t.services, 'exportPreview', { period: '2026-03' }) as { value: ExportPreview }).value.submittedAt).toBe(NOW);
    expect((await dispatch(t.services, 'exportStatus', { year: '2026' }) as { value: ExportStatus }).value.months).toEqual([
      { month: '2026-03', status: 'sent', workedMs: 11 * H, firstAt: NOW, lastAt: NOW },
    ]);
    // A change in the window after the submission: the month reads "changed since".
    const later = Date.parse('2026-03-11T07:00:00Z');
    await dispatch(t.services, 'sessionsAdd', { session: { start: later, end: later + 2 * H, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false }, reason: 'forgot to log' } as never);
    expect((await dispatch(t.services, 'exportStatus', { year: '2026' }) as { value: ExportStatus }).value.months[0]).toMatchObject({ month: '2026-03', status: 'changed' });
  });

  it('the save dialog: the chosen path is written, the folder remembered, and only a written file is shown in its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fyrabend-save-'));
    dirs.push(dir);
    const asked: string[] = [];
    const shown: string[] = [];
    let answer: string | null = join(dir, 'mine.csv');
    const dialogs = { chooseSavePath: async (o: { defaultPath: string }) => (asked.push(o.defaultPath), answer), showInFolder: (p: string) => void shown.push(p) };
    const t = await setup('en', true, { dialogs, sink: new AtomicFileSink() });
    await dispatch(t.services, 'paySettingsSave', { settings: SETTINGS });
    const r = await dispatch(t.services, 'exportTimesheet', { period: '2026-03', format: 'csv', saveAs: true });
    expect(r).toMatchObject({ ok: true, value: { path: join(dir, 'mine.csv'), name: 'mine.csv', cancelled: false } });
    expect(asked).toEqual(['fyrabend-1234-2026-03.csv']);
    expect(readFileSync(join(dir, 'mine.csv'), 'utf8')).toContain('total,2026-03');
    answer = null;
    const cancelled = await dispatch(t.services, 'exportTimesheet', { period: '2026-03', format: 'xlsx', saveAs: true, mode: 'submit' });
    expect(cancelled).toMatchObject({ ok: true, value: { cancelled: true, path: '' } });
    expect(asked[1]).toBe(`${dir}/fyrabend-1234-2026-03.xlsx`);
    expect((await dispatch(t.services, 'exportStatus', { year: '2026' }) as { value: ExportStatus }).value.months[0]!.status).toBe('not-sent');
    expect(await dispatch(t.services, 'exportShowInFolder', { path: join(dir, 'mine.csv') })).toMatchObject({ ok: true });
    expect(shown).toEqual([join(dir, 'mine.csv')]);
    expect(await dispatch(t.services, 'exportShowInFolder', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'not-written' } });
    expect(shown).toHaveLength(1);
  });

  it.each([
    ['nb', /Ansattnummeret mangler/],
    ['nn', /Tilsettnummeret manglar/],
    ['en', /employee number is missing/i],
  ] as const)('bad settings (%s): the use case message, and no file is written', async (lang, message) => {
    const t = await setup(lang);
    t.store.settings.set('pay', JSON.stringify({ ...SETTINGS, employeeNumber: '' }));
    const r = await dispatch(t.services, 'exportTimesheet', { period: '2026-03', format: 'csv' });
    expect(r.ok).toBe(false);
    expect((r as { error: { message: string } }).error.message).toMatch(message);
    expect(existsSync(t.exportsDir) ? readdirSync(t.exportsDir) : []).toEqual([]);
  });

  it.each([
    ['percent below 40', { ...SETTINGS, overtime: { ...SETTINGS.overtime, classes: [{ id: 'overtime-30', percent: 30 }] } }, /at least 40 %/],
    ['rule names a missing class', { ...SETTINGS, overtime: { basis: 'aml', classes: [{ id: 'overtime-50', percent: 50 }], rules: [{ class: 'overtime-99', when: { kind: 'red-day' } }] } }, /overtime-99/],
  ])('refuses overtime rules with %s', async (_name, settings, message) => {
    const t = await setup();
    const r = await dispatch(t.services, 'paySettingsSave', { settings });
    expect(r.ok).toBe(false);
    expect((r as { error: { message: string } }).error.message).toMatch(message);
    expect(t.store.settings.get('pay')).toBeNull();
  });

  it('refuses an empty employee number at the boundary, and says which field', async () => {
    const t = await setup();
    const r = await dispatch(t.services, 'paySettingsSave', { settings: { ...SETTINGS, employeeNumber: ' ' } });
    expect((r as { error: { message: string } }).error.message).toMatch(/settings\.employeeNumber/);
  });

  it('without a payroll service the methods refuse with a message', async () => {
    const t = await setup('en', false);
    expect(await dispatch(t.services, 'exportPreview', { period: '2026-03' })).toMatchObject({ ok: false, error: { code: 'payroll-off' } });
  });
});
