/**
 * The timesheet fixture: March–April 2026 in Europe/Oslo with DST (2026-03-29), Easter
 * (2026-04-02..06), overtime (daily and weekly), night, Sunday/holiday and on-call work.
 */
import { defaultAgreement } from '../../../src/core/agreement/defaults';
import type { Absence } from '../../../src/core/absence/model';
import type { Agreement, Session } from '../../../src/core/model';
import { parseDate } from '../../../src/core/time/civil';
import { zoneClock } from '../../../src/core/time/zone';
import { TARIFF_50_100, DEFAULT_PAY_SETTINGS, type PaySettings } from '../../../src/core/pay';
import type { ExportTimesheetDeps } from '../../../src/app/export/export-timesheet';
import type { Correction, LockedPeriod } from '../../../src/app/ports/locked-period-repo';
import type { Submission } from '../../../src/app/ports/submission-repo';

export const ZONE = 'Europe/Oslo';
const clock = zoneClock(ZONE);

/** Instant of a local date and `HH:MM` in Oslo. */
export function at(date: string, hm: string): number {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return clock.toInstant(parseDate(date), h * 60 + m);
}

let n = 0;
export function work(date: string, from: string, to: string, endDate = date, extra: Partial<Session> = {}): Session {
  return { id: `s${++n}`, start: at(date, from), end: at(endDate, to), kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false, ...extra };
}
export const onCall = (date: string, from: string, to: string, endDate = date): Session => work(date, from, to, endDate, { kind: 'on-call' });

/** A standard 7.5 h day: 08:00–11:30, 12:00–16:00. */
export const stdDay = (date: string): Session[] => [work(date, '08:00', '11:30'), work(date, '12:00', '16:00')];

export function fixtureSessions(): Session[] {
  n = 0;
  const s: Session[] = [];
  // W10: an ordinary week.
  for (const d of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) s.push(...stdDay(d));
  // W11: Monday ordinary, a release night Tue 20:00 → Wed 06:00 (spec §5.1), Thursday 8.5 h, Friday ordinary.
  s.push(...stdDay('2026-03-09'));
  s.push(work('2026-03-10', '20:00', '06:00', '2026-03-11'));
  s.push(work('2026-03-12', '08:00', '11:30'), work('2026-03-12', '12:00', '17:00'));
  s.push(...stdDay('2026-03-13'));
  // W12: spec §5.13, Mon–Thu 9.5 h and Friday 6 h (44 h): AML overtime 4 h, merarbeid 2.5 h.
  for (const d of ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19']) s.push(work(d, '08:00', '12:00'), work(d, '12:30', '18:00'));
  s.push(work('2026-03-20', '08:00', '12:00'), work('2026-03-20', '12:30', '14:30'));
  // W13: ordinary days, Saturday 17:30–18:30 (Sunday window from 18:00) and the DST night 01:30–04:30 (2 h).
  for (const d of ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27']) s.push(...stdDay(d));
  s.push(work('2026-03-28', '17:30', '18:30'));
  s.push(work('2026-03-29', '01:30', '04:30'));
  // W14: Easter. Maundy Thursday 10:00–12:00 holiday work; Easter Saturday 14:00–16:00 (1 h from 15:00).
  for (const d of ['2026-03-30', '2026-03-31', '2026-04-01']) s.push(...stdDay(d));
  s.push(work('2026-04-02', '10:00', '12:00'));
  s.push(work('2026-04-04', '14:00', '16:00'));
  // W15: Easter Monday free; Thursday evening 20:00–22:30 (10 h day: 1 h overtime at night).
  for (const d of ['2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10']) s.push(...stdDay(d));
  s.push(work('2026-04-09', '20:00', '22:30'));
  // W16: ordinary week and Sunday 10:00–12:00.
  for (const d of ['2026-04-13', '2026-04-14', '2026-04-15', '2026-04-16', '2026-04-17']) s.push(...stdDay(d));
  s.push(work('2026-04-19', '10:00', '12:00'));
  // W17: ordinary week; on-call Saturday 08:00–20:00 with a call-out 10:00–11:00.
  for (const d of ['2026-04-20', '2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24']) s.push(...stdDay(d));
  s.push(onCall('2026-04-25', '08:00', '20:00'));
  s.push(work('2026-04-25', '10:00', '11:00'));
  // W18: Monday–Thursday ordinary (1 May is a holiday).
  for (const d of ['2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30']) s.push(...stdDay(d));
  return s;
}

export const agreement: Agreement = defaultAgreement({ validFrom: '2026-01-01' });

export const settings: PaySettings = {
  ...DEFAULT_PAY_SETTINGS,
  employeeNumber: '1002',
  employeeName: 'Kari Nordmann',
  overtime: TARIFF_50_100,
  // Issue 15: absence kinds have wage types too; permisjon has none (listed, not an error, left out of Visma).
  wageTypes: { normal: '1000', merarbeid: '1010', 'overtime-50': '1050', 'overtime-100': '1100', night: '2010', sunday: '2020', 'on-call': '2030', sykdom: '3000', ferie: '3100' },
  visma: { wageYear: 0, runNumber: 0, department: '', project: '', encoding: 'windows-1252' },
};

/** Fixed "now" for golden files: 2026-05-04 09:00 Oslo. */
export const GENERATED_AT = at('2026-05-04', '09:00');

/**
 * Absences of the fixture (issue 15): two days of self-certified sick leave in W10 (Thu–Fri, worked
 * anyway), a week of holiday W18 over 1 May (a red day: no absence hours) into May, and 2 h of paid
 * leave on 2026-04-13, which has no wage type.
 */
export function fixtureAbsences(): Absence[] {
  return [
    { kind: 'sykdom', from: '2026-03-05', to: '2026-03-06', hours: null, document: 'egenmelding' },
    { kind: 'permisjon', from: '2026-04-13', to: '2026-04-13', hours: 2, paid: true },
    { kind: 'ferie', from: '2026-04-27', to: '2026-05-04', hours: null, note: 'never exported' },
  ];
}

/** The export use case's ports as fakes: sessions, the agreement and pay settings of the fixture, locks, corrections, submissions, written files and a clock a minute a call. */
export function exportFakes(over: { settings?: PaySettings | null; sessions?: Session[] } = {}) {
  const sessions = over.sessions ?? fixtureSessions();
  const written: { path: string; data: Uint8Array }[] = [];
  const locks: LockedPeriod[] = [];
  const corrections: Correction[] = [];
  const submissions: Submission[] = [];
  let clock = GENERATED_AT;
  const deps: ExportTimesheetDeps = {
    sessions: { between: (from, to) => sessions.filter((s) => s.end > from && s.start < to) as never },
    agreements: () => [agreement],
    paySettings: () => (over.settings === undefined ? settings : over.settings),
    locks: {
      list: () => [...locks],
      lockPeriod: (from, to, at, label) => {
        const l = { id: String(locks.length + 1), from, to, lockedAt: at, label };
        locks.push(l);
        return l;
      },
      correctionsSince: (since) => corrections.filter((c) => c.at >= since),
    },
    submissions: {
      list: () => [...submissions],
      add: (entries) => entries.map((e) => {
        const x = { ...e, id: String(submissions.length + 1) };
        submissions.push(x);
        return x;
      }),
    },
    files: { writeAtomic: async (path, data) => void written.push({ path, data }) },
    now: () => (clock += 60_000),
  };
  return { deps, written, locks, corrections, sessions, submissions };
}
