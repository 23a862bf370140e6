import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, dispatch } from '../../../src/app/api/index';
import { openStore, type Store } from '../../../src/store/index';
import type { Clock } from '../../../src/app/ports/clock';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function setup(start: number) {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-api-'));
  dirs.push(dir);
  let now = start;
  const clock: Clock = { now: () => now, every: () => () => undefined };
  const store = await openStore(join(dir, 'fyrabend.db'), { now: () => now, backups: false });
  stores.push(store);
  const services = createAppServices({
    ...store,
    clock,
    zone: () => 'Europe/Oslo',
    heartbeats: false,
    dataFolder: dir,
    backups: { create: () => ({ name: 'b.db', createdAt: now, bytes: 1 }), list: () => [], restore: () => undefined },
    log: () => undefined,
  });
  return { services, advance: (ms: number) => (now += ms), now: () => now };
}

const AGREEMENT = {
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
};

describe('handler table over a real SQLite store', () => {
  it('starts and stops a session, keeps it, and shows the day lines', async () => {
    const t = await setup(Date.parse('2026-03-10T07:00:00Z')); // Tuesday 08:00 Oslo
    expect(await dispatch(t.services, 'agreementSave', { document: AGREEMENT })).toMatchObject({ ok: true, value: { validFrom: '2026-01-01' } });
    expect(await dispatch(t.services, 'trackerStart', undefined)).toMatchObject({ ok: true, value: { state: 'working' } });
    t.advance(6 * 3_600_000 + 40 * 60_000);
    const st = await dispatch(t.services, 'trackerStatus', undefined);
    expect(st).toMatchObject({ ok: true, value: { state: 'working', agreedEnd: Date.parse('2026-03-10T14:45:00Z'), restFrom: Date.parse('2026-03-10T20:00:00Z') } });
    expect(await dispatch(t.services, 'trackerStop', undefined)).toMatchObject({ ok: true, value: { state: 'idle' } });
    const list = await dispatch(t.services, 'sessionsList', { from: Date.parse('2026-03-10T00:00:00Z'), to: Date.parse('2026-03-11T00:00:00Z') });
    expect(list.ok && list.value).toHaveLength(1);
  });

  it.each([
    ['nb', 'Varslene kjører ikke, så grunnlaget for overtiden ble ikke lagret. Start appen på nytt og prøv igjen.'],
    ['nn', 'Varsla køyrer ikkje, så grunnlaget for overtida vart ikkje lagra. Start appen på nytt og prøv igjen.'],
    ['en', 'Warnings are not running, so the reason was not saved. Restart the app and try again.'],
  ] as const)('without a warning scheduler, an overtime reason is refused in %s', async (lang, message) => {
    const t = await setup(Date.parse('2026-03-10T07:00:00Z'));
    const r = await t.services.warnings.recordOvertimeReason({ sessionId: '1', reasons: [], text: 'x', lang });
    expect(r).toEqual({ ok: false, error: { code: 'warnings-off', message } });
  });

  it('refuses a second start with a sentence in the user\'s language', async () => {
    const t = await setup(Date.parse('2026-03-10T07:00:00Z'));
    await dispatch(t.services, 'settingsSet', { lang: 'en' });
    await dispatch(t.services, 'trackerStart', undefined);
    const r = await dispatch(t.services, 'trackerStart', undefined);
    expect(r).toMatchObject({ ok: false, error: { code: 'tracker.already-running' } });
    if (!r.ok) expect(r.error.message).toMatch(/already/);
  });

  it('pauses a session when the screen stayed locked past the idle threshold', async () => {
    const t = await setup(Date.parse('2026-03-10T07:00:00Z'));
    await dispatch(t.services, 'settingsSet', { idleMinutes: 5 });
    await dispatch(t.services, 'trackerStart', undefined);
    const lockedAt = t.advance(60 * 60_000);
    t.services.tracker.core.onPresence({ type: 'locked', at: lockedAt });
    const back = t.advance(30 * 60_000);
    t.services.tracker.core.onPresence({ type: 'unlocked', at: back });
    const st = await dispatch(t.services, 'trackerStatus', undefined);
    expect(st).toMatchObject({ ok: true, value: { state: 'paused', pausedSince: lockedAt, idleQuestion: { from: lockedAt, to: back } } });
  });

  it('stores settings and refuses a broken agreement with the field named', async () => {
    const t = await setup(Date.parse('2026-03-10T07:00:00Z'));
    expect(await dispatch(t.services, 'settingsSet', { lang: 'nn', warningLeadMinutes: 20, autostart: true, firstRunDone: true })).toMatchObject({
      ok: true, value: { lang: 'nn', warningLeadMinutes: 20, autostart: true, firstRunDone: true },
    });
    const bad = await dispatch(t.services, 'agreementSave', { document: { ...AGREEMENT, workingTime: { weeklyHours: 'many' } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'agreement.invalid' } });
    if (!bad.ok) expect(bad.error.message).toContain('$.workingTime');
  });

  it.each([
    ['nb', '$.workingTime.weeklyHours skal være et tall, men er teksten "many".'],
    ['nn', '$.workingTime.weeklyHours skal vere eit tal, men er teksten "many".'],
    ['en', '$.workingTime.weeklyHours expected a number, got the text "many".'],
  ] as const)('refuses a broken agreement in the language setting (%s)', async (lang, message) => {
    const t = await setup(Date.parse('2026-03-10T07:00:00Z'));
    await dispatch(t.services, 'settingsSet', { lang });
    const bad = await dispatch(t.services, 'agreementSave', { document: { ...AGREEMENT, workingTime: { weeklyHours: 'many' } } });
    expect(bad).toEqual({ ok: false, error: { code: 'agreement.invalid', message } });
  });
});
