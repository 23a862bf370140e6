// @vitest-environment jsdom
/**
 * Issue 14 item 3 from the tray: "Stop at a chosen time…", "Change the start…" and "Start at a chosen
 * time…" open Today with its chosen-time control open and the time field focused; Enter then runs the
 * entry that was chosen in the tray.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NavigateRequest, TrackerStatus } from '../../src/shared/ipc/dto';
import { App } from '../../src/ui/Root';

const NOW = Date.parse('2026-11-24T14:00:00Z'); // Tuesday 15:00 in Oslo
const DAY_START = Date.parse('2026-11-24T07:00:00Z'); // 08:00

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function status(state: 'idle' | 'working'): TrackerStatus {
  return {
    state, zone: 'Europe/Oslo', now: NOW, openSince: state === 'working' ? DAY_START : null, pausedSince: null,
    current: state === 'working' ? { kind: 'work', location: 'home', initiative: 'employer' } : null,
    today: state === 'working' ? [{ start: DAY_START, end: NOW }] : [], agreedEnd: null, restFrom: null, nextLine: null,
    outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0,
  };
}

function setup(state: 'idle' | 'working') {
  let navigate: (r: NavigateRequest) => void = () => undefined;
  const answer = async () => ({ ok: true, value: status(state) });
  const api = {
    settingsGet: async () => ({ ok: true, value: { lang: 'en', warningLeadMinutes: 15, idleMinutes: 10, autostart: false, dataFolder: '/d', firstRunDone: true } }),
    trackerStatus: async () => ({ ok: true, value: status(state) }),
    planNow: async () => ({ ok: true, value: { now: NOW, upcoming: [], passed: [] } }),
    warningsPending: async () => ({ ok: true, value: [] }),
    agreementList: async () => ({ ok: true, value: [] }),
    reportPeriod: async () => ({ ok: true, value: { findings: [], days: [], weeks: [] } }),
    overtimeReasonsList: async () => ({ ok: true, value: [] }),
    sessionsList: async () => ({ ok: true, value: [] }),
    trackerStartAt: vi.fn(answer),
    trackerStopAt: vi.fn(answer),
    trackerChangeStart: vi.fn(answer),
    onStateChanged: () => () => undefined,
    onNavigate: (fn: (r: NavigateRequest) => void) => ((navigate = fn), () => undefined),
  };
  (globalThis as { api?: unknown }).api = api;
  render(<App />);
  return { api, navigate: (r: NavigateRequest) => navigate(r) };
}

describe('the tray\'s chosen-time entries open Today\'s chosen-time control', () => {
  it.each([
    ['stop-at', 'working', 'trackerStopAt', '16:10', '2026-11-24T15:10:00Z', 'I stopped at 16:10'],
    ['change-start', 'working', 'trackerChangeStart', '07:30', '2026-11-24T06:30:00Z', 'Move the start to 07:30'],
    ['start-at', 'idle', 'trackerStartAt', '07:45', '2026-11-24T06:45:00Z', 'I started at 07:45'],
  ] as const)('%s: from another page, Today shows with the control open and the time focused; Enter runs it', async (action, state, method, time, iso, button) => {
    const { api, navigate } = setup(state);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Findings' }));
    navigate({ page: 'today', action });
    const field = await screen.findByLabelText('Time today');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.getByRole('heading', { level: 1, name: /^Today/ })).toBeTruthy();
    expect(field.closest('details')?.open).toBe(true);
    await user.type(field, time);
    expect(screen.getByRole('button', { name: button }).className).toBe('primary');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api[method]).toHaveBeenCalledWith({ at: Date.parse(iso) }));
    for (const other of (['trackerStartAt', 'trackerStopAt', 'trackerChangeStart'] as const).filter((m) => m !== method)) expect(api[other]).not.toHaveBeenCalled();
  });
});
