// @vitest-environment jsdom
/**
 * The once-only notice about the version 2 readings (spec § 7) in the whole window, on the real
 * handler table over a real SQLite store: `window.api` forwards every method to `dispatch`, as the
 * preload and the shell's IPC wrapper do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, dispatch } from '../../src/app/api/index';
import { RULES_UPDATE_NOTICE_KEY } from '../../src/app/notices/rules-update';
import { defaultAgreement } from '../../src/core/index';
import { agreementToJson } from '../../src/shared/formats/agreement';
import { API_METHODS } from '../../src/shared/ipc/channels';
import { openStore, type Store } from '../../src/store/index';
import { App } from '../../src/ui/Root';

const NOW = Date.parse('2026-12-07T09:00:00Z');
const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** An agreement exactly as version 1 of the app stored it (no version 2 settings under `limits`). */
const VERSION_1 = JSON.stringify({
  format: 'fyrabend.agreement/1', zone: 'Europe/Oslo', validFrom: '2026-01-01',
  workingTime: { weeklyHours: 37.5, windows: { mon: [['08:00', '15:45']], tue: [['08:00', '15:45']], wed: [['08:00', '15:45']], thu: [['08:00', '15:45']], fri: [['08:00', '15:45']], sat: [], sun: [] } },
  availability: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
  homeOffice: null,
  limits: { averaging: null, tariffOvertime: false, extendedTotalDay: false, restDailyHours: 11, restWeeklyHours: 35, weeklyNormalHours: 40, sundayAveraging: false, ownInitiativeEvening: false, nightWindow: ['21:00', '06:00'], basis: { sunday: false, night: false }, overtimeYearStart: '01-01', onCallFactor: 1 / 7 },
  exempt: null,
});

async function window(lang: 'nb' | 'nn' | 'en', agreement: 'version 1' | 'version 2' | null, failDismiss = false) {
  const dir = mkdtempSync(join(tmpdir(), 'fyrabend-ui-notice-'));
  dirs.push(dir);
  const store = await openStore(join(dir, 'fyrabend.db'), { now: () => NOW, backups: false });
  stores.push(store);
  const services = createAppServices({
    ...store,
    clock: { now: () => NOW, every: () => () => undefined },
    zone: () => 'Europe/Oslo',
    heartbeats: false,
    dataFolder: dir,
    backups: { create: () => ({ name: 'b.db', createdAt: NOW, bytes: 1 }), list: () => [], restore: () => undefined },
    log: () => undefined,
  });
  if (agreement === 'version 1') store.agreements.save('2026-01-01', VERSION_1, NOW - 200 * 86_400_000);
  if (agreement === 'version 2') await dispatch(services, 'agreementSave', { document: agreementToJson(defaultAgreement()) });
  await dispatch(services, 'settingsSet', { lang, firstRunDone: true });
  const api: Record<string, unknown> = Object.fromEntries(API_METHODS.map((m) => [m, (input?: unknown) => dispatch(services, m, input)]));
  if (failDismiss) {
    api.settingsSet = async (input: { rulesUpdateNotice?: boolean }) =>
      input.rulesUpdateNotice === false ? { ok: false, error: { code: 'store', message: 'Fyrabend could not save that. Try again.' } } : dispatch(services, 'settingsSet', input);
  }
  api.onStateChanged = () => () => undefined;
  api.onNavigate = () => () => undefined;
  (globalThis as { api?: unknown }).api = api;
  render(<App />);
  return { store, user: userEvent.setup() };
}

const TITLE = {
  nb: 'Nytt i Fyrabend: reglene leses nå slik Arbeidstilsynet leser dem',
  nn: 'Nytt i Fyrabend: reglane blir no lesne slik Arbeidstilsynet les dei',
  en: 'New in Fyrabend: the rules are now read the way Arbeidstilsynet reads them',
} as const;

describe('the notice after the update to version 2', () => {
  it('lists the eight changed readings, leads to the agreement settings, and once read never comes back', async () => {
    const { store, user } = await window('en', 'version 1');
    const notice = await screen.findByRole('region', { name: TITLE.en });
    expect(within(notice).getAllByRole('listitem')).toHaveLength(8);
    expect(within(notice).getByText(/More than 69 hours in a single week is a breach/)).toBeTruthy();
    // Where to switch back: the window's own labels.
    expect(within(notice).getByText(/under Agreement → Working-time settings: "How daily rest is checked \(AML § 10-8 \(1\)\)", "Which time off counts" and "On call and the work day/)).toBeTruthy();

    await user.click(within(notice).getByRole('button', { name: 'Open the working-time settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home-office agreement' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'How daily rest is checked (AML § 10-8 (1))' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Working-time settings' })));
    // Still there until it is dismissed.
    expect(screen.getByRole('region', { name: TITLE.en })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'I have read it' }));
    await screen.findByRole('heading', { level: 1, name: 'Home-office agreement' });
    expect(screen.queryByRole('region', { name: TITLE.en })).toBeNull();
    expect(store.settings.get(RULES_UPDATE_NOTICE_KEY)).not.toBeNull();

    // The window opened again: no notice.
    cleanup();
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: TITLE.en })).toBeNull();
  });

  it.each(['nb', 'nn'] as const)('speaks %s', async (lang) => {
    await window(lang, 'version 1');
    const notice = await screen.findByRole('region', { name: TITLE[lang] });
    expect(within(notice).getAllByRole('listitem')).toHaveLength(8);
    expect(within(notice).getByRole('button', { name: lang === 'nb' ? 'Jeg har lest det' : 'Eg har lese det' })).toBeTruthy();
  });

  it.each([
    ['a new user with an agreement saved by the version 2 form', 'version 2'],
    ['a user with no agreement', null],
  ] as const)('is not shown to %s', async (_name, agreement) => {
    await window('en', agreement);
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: TITLE.en })).toBeNull();
  });

  it('stays, with the reason, when dismissing it fails', async () => {
    const { store, user } = await window('en', 'version 1', true);
    const notice = await screen.findByRole('region', { name: TITLE.en });
    await user.click(within(notice).getByRole('button', { name: 'I have read it' }));
    expect((await within(notice).findByRole('alert')).textContent).toBe('Fyrabend could not save that. Try again.');
    expect(screen.getByRole('region', { name: TITLE.en })).toBeTruthy();
    expect(store.settings.get(RULES_UPDATE_NOTICE_KEY)).toBeNull();
  });
});
