/**
 * Issue 16 (2): every change after a submission is a correction, whatever path made it. One
 * submitted month on a real SQLite store, then each path changes it: an add, an edit and a delete
 * in the window (the IPC handlers and the session editor), an import from the command line, a
 * session the tracker finishes after the submission, and a restore of an older backup (the payroll
 * record carried into the restored log). Each time the next Visma submission carries exactly the
 * change, and once sent it is not sent again. Absence changes (issue 15: added, edited or deleted in
 * the window, imported from the command line) reach payroll the same way, under the kinds' wage types.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, createPayrollService, dispatch } from '../../../src/app/api/index';
import { exportTimesheet } from '../../../src/app/export/export-timesheet';
import type { Clock } from '../../../src/app/ports/clock';
import { parseArgs } from '../../../src/cli/args';
import { importCommand } from '../../../src/cli/commands/import';
import { DEFAULT_PAY_SETTINGS } from '../../../src/core/pay';
import type { CliIo } from '../../../src/cli/command';
import { fileExportFolder } from '../../../src/store/files/export-folder';
import { openStore, type Store } from '../../../src/store/index';
import { carryPayrollRecord } from '../../../src/store/payroll-carry';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};
const SETTINGS = { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1042', employeeName: 'Kari Nordmann', wageTypes: { normal: '100', merarbeid: '110', 'overtime-40': '140', night: '150', sunday: '160', 'on-call': '170', sykdom: '300', ferie: '310' } };
/** Oslo is UTC+1 in March 2026 (before the 29th). */
const osloMarch = (day: string, hm: string): number => Date.parse(`2026-03-${day}T${hm}:00+01:00`);
const session = (start: number, end: number) => ({ start, end, kind: 'work' as const, location: 'home' as const, initiative: 'employer' as const, breakWithDuties: false });

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-corr-'));
  dirs.push(dir);
  let now = Date.parse('2026-04-02T08:00:00Z');
  const clock: Clock = { now: () => now, every: () => () => undefined };
  const dbPath = join(dir, 'fyrabend.db');
  const open = async () => {
    const store = await openStore(dbPath, { now: () => now, backups: false });
    stores.push(store);
    const payroll = createPayrollService({ ...store, files: fileExportFolder(join(dir, 'out')), now: () => now });
    const services = createAppServices({
      ...store, clock, zone: () => 'Europe/Oslo', heartbeats: false, dataFolder: dir,
      backups: { create: () => ({ name: 'b.db', createdAt: now, bytes: 1 }), list: () => [], restore: () => undefined },
      log: () => undefined, payroll,
    });
    return { store, payroll, services };
  };
  const first = await open();
  await dispatch(first.services, 'settingsSet', { lang: 'en' });
  await dispatch(first.services, 'agreementSave', { document: AGREEMENT });
  await dispatch(first.services, 'paySettingsSave', { settings: SETTINGS });
  // March: Monday 9th and Tuesday 10th, 7.5 h each.
  for (const d of ['09', '10']) await dispatch(first.services, 'sessionsAdd', { session: session(osloMarch(d, '08:00'), osloMarch(d, '15:30')) });
  const app = { ...first, dir, dbPath, open, tick: (ms = 60_000) => (now += ms), now: () => now };
  return app;
}
type App = Awaited<ReturnType<typeof setup>>;

/** Sends March (or `period`) to payroll as a Visma file; the file's lines, or the refusal code. */
async function submit(a: { payroll: App['payroll'] }, tick: () => void, period = '2026-03'): Promise<string[] | string> {
  tick();
  const written: Uint8Array[] = [];
  const r = await exportTimesheet(
    { period, format: 'visma', out: 'x.txt', lang: 'en', mode: 'submit' },
    { ...a.payroll.data, paySettings: () => a.payroll.settings(), files: { writeAtomic: async (_p, d) => void written.push(d) } },
  );
  if (!r.ok) return r.error.code;
  return new TextDecoder().decode(written[0]).trim().split('\r\n');
}

/**
 * What a restore does to the files (src/store/restore.ts): the current log is kept aside as
 * `<db>.before-restore-…` and the backup takes its place. Done by hand here so the test does not
 * depend on the restore's own locking; the hook under test is carryPayrollRecord.
 */
function restoreLike(dbPath: string, backup: string): string {
  const previous = `${dbPath}.before-restore-test`;
  copyFileSync(dbPath, previous);
  for (const suffix of ['-wal', '-shm']) if (existsSync(dbPath + suffix)) rmSync(dbPath + suffix);
  copyFileSync(backup, dbPath);
  return previous;
}

const line = (wageType: string, hours: string) => `0;0;1042;${wageType};0.00;${hours};0.00;0.00;;;"";"";"";"";"";"";`;

function memoryIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readFile: (p) => readFileSync(p, 'utf8'), env: { FYRABEND_LANG: 'en' }, cwd, out, err };
}

describe('every change after submission is a correction (issue 16)', () => {
  it('the first submission sends the month in full, and then there is nothing new', async () => {
    const a = await setup();
    expect(await submit(a, a.tick)).toEqual([line('100', '15.00')]);
    expect(await submit(a, a.tick)).toBe('nothing-new');
  });

  it.each([
    [
      'an add in the window',
      async (a: App) => {
        await dispatch(a.services, 'sessionsAdd', { session: session(osloMarch('11', '08:00'), osloMarch('11', '10:00')), reason: 'forgot to log' });
      },
      [line('100', '2.00')],
    ],
    [
      'an edit in the window',
      async (a: App) => {
        const [s] = (await dispatch(a.services, 'sessionsList', { from: osloMarch('09', '00:00'), to: osloMarch('10', '00:00') }) as { value: { id: string }[] }).value;
        await dispatch(a.services, 'sessionsEdit', { id: s!.id, session: session(osloMarch('09', '08:00'), osloMarch('09', '14:30')), reason: 'left early' });
      },
      [line('100', '-1.00')],
    ],
    [
      'a delete in the window',
      async (a: App) => {
        const [s] = (await dispatch(a.services, 'sessionsList', { from: osloMarch('10', '00:00'), to: osloMarch('11', '00:00') }) as { value: { id: string }[] }).value;
        await dispatch(a.services, 'sessionsDelete', { id: s!.id, reason: 'logged twice' });
      },
      [line('100', '-7.50')],
    ],
    [
      'an import from the command line',
      async (a: App) => {
        const file = join(a.dir, 'late.json');
        writeFileSync(file, JSON.stringify({ format: 'fyrabend.sessions/1', sessions: [{ start: '2026-03-12T08:00:00+01:00', end: '2026-03-12T10:00:00+01:00' }] }));
        const io = memoryIo(a.dir);
        expect(await importCommand.run(parseArgs([file, '--db', a.dbPath]), io)).toBe(0);
      },
      [line('100', '2.00')],
    ],
  ] as const)('%s', async (_name, change, expected) => {
    const a = await setup();
    await submit(a, a.tick);
    a.tick();
    await change(a);
    expect(await submit(a, a.tick)).toEqual(expected);
    expect(await submit(a, a.tick)).toBe('nothing-new');
  });

  it('a session the tracker finishes after the submission (it was still running when the month was sent)', async () => {
    const a = await setup();
    a.tick(Date.parse('2026-03-31T18:00:00Z') - a.now()); // 20:00 in Oslo (summer time)
    expect((await dispatch(a.services, 'trackerStart', {})).ok).toBe(true);
    a.tick(30 * 60_000);
    expect(await submit(a, () => undefined)).toEqual([line('100', '15.00')]);
    a.tick(90 * 60_000);
    expect((await dispatch(a.services, 'trackerStop', undefined)).ok).toBe(true);
    // 20:00–22:00: 2 h normal time, of which 1 h is night work (from 21:00).
    expect(await submit(a, a.tick)).toEqual([line('100', '2.00'), line('150', '1.00')]);
  });

  it('a change rides with the next month sent when that month is submitted instead', async () => {
    const a = await setup();
    await submit(a, a.tick);
    await dispatch(a.services, 'sessionsAdd', { session: session(osloMarch('12', '08:00'), osloMarch('12', '09:00')), reason: 'late' });
    await dispatch(a.services, 'sessionsAdd', { session: session(Date.parse('2026-04-01T06:00:00Z'), Date.parse('2026-04-01T07:00:00Z')) });
    expect(await submit(a, a.tick, '2026-04')).toEqual([line('100', '1.00'), line('100', '1.00')]);
    expect(await submit(a, a.tick, '2026-03')).toBe('nothing-new');
  });

  it('a restore of an older backup: the restored log is compared with what was submitted', async () => {
    const a = await setup();
    // The backup holds Monday and Tuesday; a late import adds Thursday before the submission.
    const backup = join(a.dir, 'before-import.db');
    await a.store.backup(backup);
    await a.store.sessions.importMany([{ ...session(osloMarch('12', '08:00'), osloMarch('12', '12:00')), zone: 'Europe/Oslo' }], [], 'Europe/Oslo', a.tick(), 'import late.json');
    expect(await submit(a, a.tick)).toEqual([line('100', '19.00')]);
    a.store.close();
    stores.splice(stores.indexOf(a.store), 1);
    const previous = restoreLike(a.dbPath, backup);
    const restored = await a.open();
    expect(carryPayrollRecord(previous, restored.store.db)).toEqual({ submissions: 1, locks: 1 });
    // Carrying twice copies nothing twice.
    expect(carryPayrollRecord(previous, restored.store.db)).toEqual({ submissions: 0, locks: 0 });
    // Payroll has 19 h; the restored log has 15 h: the correction takes the 4 h back.
    expect(await submit(restored, a.tick)).toEqual([line('100', '-4.00')]);
    expect(await submit(restored, a.tick)).toBe('nothing-new');
  });

  it('without carrying the record, a restored older log would forget the submission (why the hook is needed)', async () => {
    const a = await setup();
    const backup = join(a.dir, 'old.db');
    await a.store.backup(backup);
    expect(await submit(a, a.tick)).toEqual([line('100', '15.00')]);
    a.store.close();
    stores.splice(stores.indexOf(a.store), 1);
    restoreLike(a.dbPath, backup);
    const restored = await a.open();
    expect(restored.store.submissions.list()).toEqual([]);
  });
});

describe('absence changes after submission are corrections too (issue 15)', () => {
  const holiday = { kind: 'ferie', from: '2026-03-12', to: '2026-03-13', hours: null };
  const idOf = async (a: App) => ((await dispatch(a.services, 'absenceList', { from: '2026-03-01', to: '2026-03-31' })) as { value: { id: string }[] }).value[0]!.id;

  it.each([
    ['an absence added in the window', [] as object[], async (a: App) => {
      expect((await dispatch(a.services, 'absenceSave', { absence: { kind: 'sykdom', from: '2026-03-11', to: '2026-03-11', hours: null, document: 'egenmelding' }, reason: 'sick' })).ok).toBe(true);
    }, [line('100', '15.00')], [line('300', '7.75')]],
    ['an absence edited in the window', [holiday], async (a: App) => {
      expect((await dispatch(a.services, 'absenceSave', { id: await idOf(a), absence: { ...holiday, to: '2026-03-12' }, reason: 'came back early' })).ok).toBe(true);
    }, [line('100', '15.00'), line('310', '15.50')], [line('310', '-7.75')]],
    ['an absence deleted in the window', [holiday], async (a: App) => {
      expect((await dispatch(a.services, 'absenceDelete', { id: await idOf(a), reason: 'holiday moved' })).ok).toBe(true);
    }, [line('100', '15.00'), line('310', '15.50')], [line('310', '-15.50')]],
    ['an absence imported from the command line', [] as object[], async (a: App) => {
      const file = join(a.dir, 'absence.json');
      writeFileSync(file, JSON.stringify({ format: 'fyrabend.absence/1', absences: [{ kind: 'sykdom', from: '2026-03-16', to: '2026-03-17', hours: 4 }] }));
      expect(await importCommand.run(parseArgs([file, '--db', a.dbPath]), memoryIo(a.dir))).toBe(0);
    }, [line('100', '15.00')], [line('300', '8.00')]],
    ['leave without a wage type (listed in the other formats, not in Visma)', [] as object[], async (a: App) => {
      expect((await dispatch(a.services, 'absenceSave', { absence: { kind: 'permisjon', from: '2026-03-11', to: '2026-03-11', hours: null, paid: true } })).ok).toBe(true);
    }, [line('100', '15.00')], 'nothing-new'],
  ] as const)('%s', async (_name, before, change, first, expected) => {
    const a = await setup();
    for (const absence of before) expect((await dispatch(a.services, 'absenceSave', { absence })).ok).toBe(true);
    expect(await submit(a, a.tick)).toEqual(first);
    a.tick();
    await change(a);
    expect(await submit(a, a.tick)).toEqual(expected);
    expect(await submit(a, a.tick)).toBe('nothing-new');
  });
});
