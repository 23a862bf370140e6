/**
 * The once-only notice after the update to specification version 2 (working-time-rules.md § 7,
 * exchange-format.md): shown to a user whose stored agreement was written by version 1, never to a
 * new user, and gone for good once dismissed — over the handler table and a real SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, dispatch } from '../../../src/app/api/index';
import { RULES_UPDATE_NOTICE_KEY, writtenBeforeVersion2 } from '../../../src/app/notices/rules-update';
import { defaultAgreement } from '../../../src/core/index';
import { agreementToJson } from '../../../src/shared/formats/agreement';
import type { AgreementVersion, Settings } from '../../../src/shared/ipc/dto';
import { openStore, type Store } from '../../../src/store/index';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = Date.parse('2026-12-07T08:00:00Z');

async function open(dir: string, counted?: { lists: number }) {
  const store = await openStore(join(dir, 'fyrabend.db'), { now: () => NOW, backups: false });
  stores.push(store);
  const agreements = counted
    ? {
        save: (validFrom: string, json: string, at: number) => store.agreements.save(validFrom, json, at),
        inForceOn: (date: string) => store.agreements.inForceOn(date),
        list: () => {
          counted.lists++;
          return store.agreements.list();
        },
      }
    : store.agreements;
  const services = createAppServices({
    ...store,
    agreements,
    clock: { now: () => NOW, every: () => () => undefined },
    zone: () => 'Europe/Oslo',
    heartbeats: false,
    dataFolder: dir,
    backups: { create: () => ({ name: 'b.db', createdAt: NOW, bytes: 1 }), list: () => [], restore: () => undefined },
    log: () => undefined,
  });
  return { store, services };
}

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-notice-'));
  dirs.push(dir);
  return dir;
}

/** An agreement as version 1 of the app wrote it: `limits` without any of the version 2 settings. */
const VERSION_1_DOCUMENT = {
  format: 'fyrabend.agreement/1',
  zone: 'Europe/Oslo',
  validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
  availability: { mon: [['09:00', '15:00']], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
  homeOffice: null,
  limits: {
    averaging: null, tariffOvertime: false, extendedTotalDay: false, restDailyHours: 11, restWeeklyHours: 35, weeklyNormalHours: 40,
    sundayAveraging: false, ownInitiativeEvening: false, nightWindow: ['21:00', '06:00'], basis: { sunday: false, night: false },
    overtimeYearStart: '01-01', onCallFactor: 1 / 7,
  },
  exempt: null,
};

const notice = async (services: Awaited<ReturnType<typeof open>>['services']) => {
  const r = await dispatch(services, 'settingsGet', undefined);
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as Settings).rulesUpdateNotice;
};

describe('the once-only notice about the version 2 readings', () => {
  it('is due for a user whose stored agreement was written by version 1, and gone for good once dismissed', async () => {
    const dir = folder();
    const first = await open(dir);
    // Stored before the update, exactly as version 1 wrote it.
    first.store.agreements.save('2026-01-01', JSON.stringify(VERSION_1_DOCUMENT), NOW - 300 * 86_400_000);
    await dispatch(first.services, 'settingsSet', { lang: 'nn', firstRunDone: true });
    expect(await notice(first.services)).toBe(true);
    // Saving a new version with the version 2 form does not answer it: the old version still reads with the new defaults.
    expect(await dispatch(first.services, 'agreementSave', { document: agreementToJson(defaultAgreement({ validFrom: '2026-12-07' })) as { format: 'fyrabend.agreement/1' } })).toMatchObject({ ok: true });
    expect(await notice(first.services)).toBe(true);

    const dismissed = await dispatch(first.services, 'settingsSet', { rulesUpdateNotice: false });
    expect(dismissed).toMatchObject({ ok: true, value: { rulesUpdateNotice: false, lang: 'nn', firstRunDone: true } });
    expect(await notice(first.services)).toBe(false);
    // Kept under its own settings key; the other settings are untouched and do not carry it.
    expect(JSON.parse(first.store.settings.get(RULES_UPDATE_NOTICE_KEY) ?? 'null')).toEqual({ dismissedAt: NOW });
    expect(JSON.parse(first.store.settings.get('app') ?? '{}')).not.toHaveProperty('rulesUpdateNotice');
    // Other settings changes later do not bring it back.
    await dispatch(first.services, 'settingsSet', { lang: 'en' });
    expect(await notice(first.services)).toBe(false);
    first.store.close();
    stores.splice(stores.indexOf(first.store), 1);

    // After a restart, still gone.
    const again = await open(dir);
    expect(await notice(again.services)).toBe(false);
    // The version 1 agreement itself is unchanged and reads with the version 2 defaults.
    const list = await dispatch(again.services, 'agreementList', undefined);
    expect(list.ok && (list.value as readonly AgreementVersion[]).find((a) => a.validFrom === '2026-01-01')?.document).toEqual(VERSION_1_DOCUMENT);
  });

  it('is never due for a new user: no agreement, then one saved by the version 2 form', async () => {
    const { services } = await open(folder());
    expect(await notice(services)).toBe(false);
    expect(await dispatch(services, 'agreementSave', { document: agreementToJson(defaultAgreement()) as { format: 'fyrabend.agreement/1' } })).toMatchObject({ ok: true });
    await dispatch(services, 'settingsSet', { firstRunDone: true });
    expect(await notice(services)).toBe(false);
  });

  it.each([
    [{ rulesUpdateNotice: true }],
    [{ rulesUpdateNotice: 'no' }],
  ])('refuses %j at the boundary (it can only be dismissed) with a result, not a throw', async (patch) => {
    const { store, services } = await open(folder());
    store.agreements.save('2026-01-01', JSON.stringify(VERSION_1_DOCUMENT), NOW);
    const r = await dispatch(services, 'settingsSet', patch);
    expect(r.ok).toBe(false);
    expect(await notice(services)).toBe(true);
  });

  it.each([
    ['limits without any version 2 setting', JSON.stringify(VERSION_1_DOCUMENT), true],
    ['no limits at all', JSON.stringify({ format: 'fyrabend.agreement/1', validFrom: '2026-01-01' }), true],
    ['one version 2 setting', JSON.stringify({ ...VERSION_1_DOCUMENT, limits: { dailyRestReading: 'within-24h' } }), false],
    ['written by the version 2 writer', JSON.stringify(agreementToJson(defaultAgreement())), false],
    ['text that is not JSON', '{', false],
  ])('writtenBeforeVersion2: %s → %s', (_name, json, want) => {
    expect(writtenBeforeVersion2(json)).toBe(want);
  });

  it('reads the stored agreements once, not on every settings read (the tray reads the settings often)', async () => {
    const counted = { lists: 0 };
    const { store, services } = await open(folder(), counted);
    store.agreements.save('2026-01-01', JSON.stringify(VERSION_1_DOCUMENT), NOW);
    for (let i = 0; i < 20; i++) expect(services.settings.get().rulesUpdateNotice).toBe(true);
    expect(counted.lists).toBe(1);
    await dispatch(services, 'settingsSet', { rulesUpdateNotice: false });
    for (let i = 0; i < 20; i++) expect(services.settings.get().rulesUpdateNotice).toBe(false);
    expect(counted.lists).toBe(1); // dismissed: the settings key answers, no agreement is read
  });
});
