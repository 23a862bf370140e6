// @vitest-environment jsdom
/**
 * Issue 14 item 8: focus lands on the control that makes sense next (Stop after Start, Start after
 * Stop, Resume after Pause), never on <body>; Ctrl+Shift+S/P/X work the start/stop control from any
 * page and are listed on the Help page; the representative's page is in the menu only when turned on.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/core/model';
import type { Settings, TrackerStatus } from '../../src/shared/ipc/dto';
import { I18nProvider } from '../../src/ui/i18n';
import { shortcutOf } from '../../src/ui/lib/shortcuts';
import { TodayPage } from '../../src/ui/pages/TodayPage';
import { App } from '../../src/ui/Root';

const NOW = Date.parse('2026-11-24T09:00:00Z');

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function tracker(initial: TrackerStatus['state']) {
  let state = initial;
  const status = (): TrackerStatus => ({
    state, zone: 'Europe/Oslo', now: NOW, openSince: state === 'working' ? NOW - 3_600_000 : null, pausedSince: state === 'paused' ? NOW : null,
    current: state === 'idle' ? null : { kind: 'work', location: 'home', initiative: 'employer' }, today: [], agreedEnd: null, restFrom: null, nextLine: null,
    outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0,
  });
  const to = (s: TrackerStatus['state']) => vi.fn(async () => ((state = s), { ok: true, value: status() }));
  return {
    trackerStatus: async () => ({ ok: true, value: status() }),
    trackerStart: to('working'),
    trackerPause: to('paused'),
    trackerResume: to('working'),
    trackerStop: to('idle'),
    planNow: async () => ({ ok: true, value: { now: NOW, upcoming: [], passed: [] } }),
    warningsPending: async () => ({ ok: true, value: [] }),
  };
}

describe('focus after the start/stop control', () => {
  it('Start → Stop, Pause → Resume, Resume → Pause, Stop → Start; never <body>', async () => {
    (globalThis as { api?: unknown }).api = tracker('idle');
    render(
      <I18nProvider lang="en">
        <TodayPage agreements={[]} zone="Europe/Oslo" changed={0} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const steps: [string, string][] = [
      ['Start session', 'Stop session'],
      ['Pause', 'Resume'],
      ['Resume', 'Pause'],
      ['Stop session', 'Start session'],
    ];
    for (const [press, next] of steps) {
      await user.click(await screen.findByRole('button', { name: press }));
      await waitFor(() => expect(document.activeElement?.textContent).toBe(next));
      expect(document.activeElement).not.toBe(document.body);
    }
  });
});

describe('shortcuts', () => {
  it.each([
    [{ ctrlKey: true, shiftKey: true, code: 'KeyS' }, 'start'],
    [{ metaKey: true, shiftKey: true, code: 'KeyP' }, 'pause'],
    [{ ctrlKey: true, shiftKey: true, code: 'KeyX' }, 'stop'],
    [{ ctrlKey: true, code: 'KeyS' }, null],
    [{ ctrlKey: true, shiftKey: true, altKey: true, code: 'KeyS' }, null], // AltGr on a Norwegian keyboard
    [{ ctrlKey: true, shiftKey: true, code: 'KeyS', repeat: true }, null],
  ] as const)('%j → %s', (e, action) => {
    expect(shortcutOf({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, repeat: false, ...e })).toBe(action);
  });

  function app(settings: Partial<Settings> = {}, lang: Lang = 'en') {
    const t = tracker('idle');
    (globalThis as { api?: unknown }).api = {
      ...t,
      settingsGet: async () => ({ ok: true, value: { lang, warningLeadMinutes: 15, idleMinutes: 10, autostart: false, dataFolder: '/d', firstRunDone: true, ...settings } }),
      agreementList: async () => ({ ok: true, value: [] }),
      onStateChanged: () => () => undefined,
      onNavigate: () => () => undefined,
    };
    render(<App />);
    return t;
  }

  it('from another page, Ctrl+Shift+S starts and shows Today with focus on Stop; Ctrl+Shift+P pauses; Ctrl+Shift+X stops', async () => {
    const t = app();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Help' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Help' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Shortcuts in the window' }).textContent).toContain('Start a session');
    await user.keyboard('{Control>}{Shift>}S{/Shift}{/Control}');
    await waitFor(() => expect(t.trackerStart).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Stop session'));
    expect(screen.getByRole('heading', { level: 1, name: /^Today/ })).toBeTruthy();
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Resume'));
    await user.keyboard('{Control>}{Shift>}X{/Shift}{/Control}');
    await waitFor(() => expect(t.trackerStop).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Start session'));
  });

  it.each([
    ['nb', 'Del sammendrag', 'Tillitsvalgt'],
    ['nn', 'Del samandrag', 'Tillitsvald'],
    ['en', 'Share a summary', 'Representative'],
  ] as const)('%s: the representative page is hidden until turned on; the two menu entries read differently', async (lang, union, rep) => {
    app({}, lang);
    expect(await screen.findByRole('button', { name: union })).toBeTruthy();
    expect(screen.queryByRole('button', { name: rep })).toBeNull();
    cleanup();
    app({ repPage: true }, lang);
    expect(await screen.findByRole('button', { name: rep })).toBeTruthy();
    expect(screen.getByRole('button', { name: union })).toBeTruthy();
  });

  it('Settings turns the representative page on and saves it like the other settings', async () => {
    app();
    const settingsSet = vi.fn(async (patch: Partial<Settings>) => ({ ok: true, value: { lang: 'en', warningLeadMinutes: 15, idleMinutes: 10, autostart: false, dataFolder: '/d', firstRunDone: true, ...patch } }));
    const g = globalThis as unknown as { api: Record<string, unknown> };
    g.api = { ...g.api, settingsSet, backupList: async () => ({ ok: true, value: [] }) };
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const box = screen.getByRole('checkbox', { name: /Show the Representative page/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    await user.click(box);
    expect(settingsSet).toHaveBeenCalledWith({ repPage: true });
    expect(await screen.findByRole('button', { name: 'Representative' })).toBeTruthy();
  });
});

describe('focus after the session form', () => {
  it.each(['Cancel', 'Add session'] as const)('after %s the form is gone and focus is on "Add session", not <body>', async (press) => {
    const { SessionsPage } = await import('../../src/ui/pages/SessionsPage');
    (globalThis as { api?: unknown }).api = {
      sessionsList: async () => ({ ok: true, value: [] }),
      sessionsHistory: async () => ({ ok: true, value: [] }),
      sessionsAdd: vi.fn(async () => ({ ok: true, value: { id: '1', start: NOW, end: NOW + 3_600_000, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false, review: null, source: 'manual' } })),
    };
    render(
      <I18nProvider lang="en">
        <SessionsPage zone="Europe/Oslo" changed={0} onChanged={() => undefined} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add session' }));
    const form = await screen.findByRole('form', { name: 'New session' });
    if (press === 'Add session') {
      await user.clear(screen.getByLabelText('Start date'));
      await user.type(screen.getByLabelText('Start date'), '2026-11-24');
      await user.clear(screen.getByLabelText('Start time'));
      await user.type(screen.getByLabelText('Start time'), '08:00');
      await user.clear(screen.getByLabelText('End date'));
      await user.type(screen.getByLabelText('End date'), '2026-11-24');
      await user.clear(screen.getByLabelText('End time'));
      await user.type(screen.getByLabelText('End time'), '09:00');
    }
    await user.click(within(form).getByRole('button', { name: press }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New session' })).toBeNull());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Add session'));
  });
});
