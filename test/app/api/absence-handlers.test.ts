/**
 * Absence and the flexitime balance through the IPC handler table over a real SQLite store (issue 15):
 * save, list, edit, delete, refusals in the user's language, the period balance and the running saldo
 * with a balance carried over once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, dispatch } from '../../../src/app/api/index';
import { openStore, type Store } from '../../../src/store/index';
import type { Clock } from '../../../src/app/ports/clock';
import type { AbsenceView, BalanceView } from '../../../src/shared/ipc/absence-contract';
import type { Report } from '../../../src/core/model';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = Date.parse('2026-09-14T10:00:00Z');
const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-absence-'));
  dirs.push(dir);
  const clock: Clock = { now: () => NOW, every: () => () => undefined };
  const store = await openStore(join(dir, 'fyrabend.db'), { now: () => NOW, backups: false });
  stores.push(store);
  const services = createAppServices({
    ...store, clock, zone: () => 'Europe/Oslo', heartbeats: false, dataFolder: dir, log: () => undefined,
    backups: { create: () => ({ name: 'b.db', createdAt: NOW, bytes: 1 }), list: () => [], restore: () => undefined },
  });
  await dispatch(services, 'agreementSave', { document: AGREEMENT });
  return { services, store };
}

describe('absence over IPC', () => {
  it('saves, lists, edits and deletes an absence, each change in the audit log', async () => {
    const { services, store } = await setup();
    const saved = await dispatch(services, 'absenceSave', { absence: { kind: 'sykdom', from: '2026-09-07', to: '2026-09-08', document: 'egenmelding' } });
    expect(saved).toMatchObject({ ok: true, value: { kind: 'sykdom', from: '2026-09-07', to: '2026-09-08', hours: null } });
    if (!saved.ok) return;
    const id = (saved.value as AbsenceView).id;
    expect(await dispatch(services, 'absenceList', { from: '2026-09-01', to: '2026-09-30' })).toMatchObject({ ok: true, value: [{ id }] });
    expect(await dispatch(services, 'absenceSave', { id, absence: { kind: 'sykdom', from: '2026-09-07', to: '2026-09-07', hours: 4 }, reason: 'bare formiddagen' })).toMatchObject({ ok: true, value: { hours: 4 } });
    expect(await dispatch(services, 'absenceDelete', { id, reason: 'feil' })).toEqual({ ok: true, value: null });
    expect(store.audit.entries().map((e) => e.action).filter((a) => a.startsWith('absence-'))).toEqual(['absence-add', 'absence-edit', 'absence-delete']);
  });

  it.each([
    ['nb', { kind: 'ferie', from: '2026-02-30', to: '2026-03-01' }, '$.from skal være en dato ÅÅÅÅ-MM-DD'],
    ['nn', { kind: 'ferie', from: '2026-03-02', to: '2026-03-01' }, '$.to er før `from`'],
    ['en', { kind: 'ferie', from: '2026-03-02', to: '2026-03-02', document: 'egenmelding' }, '$.document applies only to `sykdom` and `sykt-barn`'],
    ['en', { kind: 'sykdom', from: '2026-03-02', to: '2026-03-02', hours: 30 }, '$.hours must be the hours the absence lasts each day'],
  ] as const)('refuses a wrong value in %s, naming the field', async (lang, absence, text) => {
    const { services } = await setup();
    await dispatch(services, 'settingsSet', { lang });
    const r = await dispatch(services, 'absenceSave', { absence });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(text);
  });

  it('the balance of a week with a holiday day and the running saldo with a balance carried over once', async () => {
    const { services, store } = await setup();
    for (const d of ['07', '08', '09', '10']) {
      store.sessions.change({ action: 'add', at: NOW, reason: 'test', after: { start: Date.parse(`2026-09-${d}T06:00:00Z`), end: Date.parse(`2026-09-${d}T14:00:00Z`), zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } });
    }
    await dispatch(services, 'absenceSave', { absence: { kind: 'ferie', from: '2026-09-11', to: '2026-09-11' } });
    const week = await dispatch(services, 'balancePeriod', { from: '2026-09-07', to: '2026-09-13' });
    expect(week.ok && week.value).toMatchObject({ worked: 32, expected: 31, balance: 1 });
    expect(await dispatch(services, 'balanceCarriedOverSet', { hours: 3.25, from: '2026-09-07' })).toEqual({ ok: true, value: null });
    const again = await dispatch(services, 'balanceCarriedOverSet', { hours: 1, from: '2026-09-07' });
    expect(again.ok).toBe(false);
    const saldo = await dispatch(services, 'balancePeriod', { from: '2026-09-07', to: '2026-09-13' });
    expect(saldo.ok && (saldo.value as BalanceView).saldo).toBeCloseTo(4.25, 9);
  });

  it('work on a sick day reaches the window\'s findings', async () => {
    const { services, store } = await setup();
    store.sessions.change({ action: 'add', at: NOW, reason: 'test', after: { start: Date.parse('2026-09-08T07:00:00Z'), end: Date.parse('2026-09-08T09:00:00Z'), zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false } });
    await dispatch(services, 'absenceSave', { absence: { kind: 'sykdom', from: '2026-09-08', to: '2026-09-08', document: 'egenmelding' } });
    const r = await dispatch(services, 'reportPeriod', { from: '2026-09-07', to: '2026-09-13' });
    expect(r.ok && (r.value as Report).findings.filter((f) => f.rule === 'absence.work-while-absent').map((f) => [f.key, f.measured])).toEqual([['2026-09-08', 2]]);
  });

  it('the tracker status names a sick day, so the window asks before starting; time off in lieu is not asked about', async () => {
    const { services } = await setup();
    const before = await dispatch(services, 'trackerStatus', undefined);
    expect(before.ok && (before.value as { absentToday?: string | null }).absentToday).toBeNull();
    await dispatch(services, 'absenceSave', { absence: { kind: 'avspasering', from: '2026-09-14', to: '2026-09-14' } });
    const lieu = await dispatch(services, 'trackerStatus', undefined);
    expect(lieu.ok && (lieu.value as { absentToday?: string | null }).absentToday).toBeNull();
    await dispatch(services, 'absenceSave', { absence: { kind: 'sykdom', from: '2026-09-13', to: '2026-09-15' } });
    const sick = await dispatch(services, 'trackerStatus', undefined);
    expect(sick.ok && (sick.value as { absentToday?: string | null }).absentToday).toBe('sykdom');
    expect(await dispatch(services, 'trackerStart', {})).toMatchObject({ ok: true });
  });
});
