// @vitest-environment jsdom
/** Pending warnings on the Today page: Snooze and Dismiss by keyboard, the payload sent, what the user hears and sees after, refusals. */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/core/model';
import type { PendingWarningView, TrackerStatus } from '../../src/shared/ipc/dto';
import { SNOOZE_MINUTES } from '../../src/ui/components/PendingWarnings';
import { I18nProvider } from '../../src/ui/i18n';
import { TodayPage } from '../../src/ui/pages/TodayPage';

const NOW = Date.parse('2026-11-24T14:35:00Z'); // 15:35 in Oslo
const AGREED_END: PendingWarningView = { id: 'w-agreed-end', title: 'Agreed working time ends soon', body: 'Your agreed working time ends at 15:45.', since: NOW, cause: 'do-not-disturb', sessionId: 's1' };
const WEEKLY: PendingWarningView = { id: 'w-week', title: 'Weekly limit ahead', body: 'You reach 40 hours this week at 17:00.', since: NOW - 60_000, cause: 'not-shown' };

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const STATUS: TrackerStatus = {
  state: 'working',
  zone: 'Europe/Oslo',
  now: NOW,
  openSince: NOW - 6 * 3_600_000,
  pausedSince: null,
  current: { kind: 'work', location: 'home', initiative: 'employer' },
  today: [{ start: NOW - 6 * 3_600_000, end: NOW }],
  agreedEnd: null,
  restFrom: null,
  nextLine: null,
  outsideAgreed: false,
  idleQuestion: null,
  toReview: 0,
  pendingWarnings: 2,
};

type Answer = { ok: true; value: null } | { ok: false; error: { code: string; message: string } };

/** The Today page over a fake window.api whose pending list shrinks when a warning is snoozed or dismissed. */
function setup(options: { snooze?: (input: { id: string; minutes: number }) => Promise<Answer>; dismiss?: (input: { id: string }) => Promise<Answer>; lang?: Lang } = {}) {
  let pending = [AGREED_END, WEEKLY];
  const settle = (id: string, r: Answer) => {
    if (r.ok) pending = pending.filter((w) => w.id !== id);
    return r;
  };
  const api = {
    trackerStatus: async () => ({ ok: true, value: STATUS }),
    planNow: async () => ({ ok: true, value: { now: NOW, upcoming: [], passed: [] } }),
    warningsPending: vi.fn(async () => ({ ok: true, value: pending })),
    warningsSnooze: vi.fn(async (input: { id: string; minutes: number }) => settle(input.id, await (options.snooze ?? (async () => ({ ok: true, value: null }) as const))(input))),
    warningsDismiss: vi.fn(async (input: { id: string }) => settle(input.id, await (options.dismiss ?? (async () => ({ ok: true, value: null }) as const))(input))),
    trackerStop: vi.fn(async () => ({ ok: true, value: STATUS })),
  };
  (globalThis as { api?: unknown }).api = api;
  render(
    <I18nProvider lang={options.lang ?? 'en'}>
      <TodayPage agreements={[]} zone="Europe/Oslo" changed={0} />
    </I18nProvider>,
  );
  return { api, user: userEvent.setup() };
}

const section = () => screen.findByRole('region', { name: 'Warnings that were not shown' });

describe('pending warnings: Snooze', () => {
  it('names each button after its warning, in every language', async () => {
    setup();
    const s = await section();
    expect(within(s).getByRole('button', { name: 'Snooze 15 min: Agreed working time ends soon' }).textContent).toBe('Snooze 15 min');
    expect(within(s).getByRole('button', { name: 'Dismiss: Weekly limit ahead' }).textContent).toBe('Dismiss');
    expect(within(s).getByText(/held back: do not disturb/)).toBeTruthy();
    expect(within(s).getByText(/could not be shown/)).toBeTruthy();
    cleanup();
    setup({ lang: 'nb' });
    const nb = await screen.findByRole('region', { name: 'Varsler som ikke ble vist' });
    expect(within(nb).getByRole('button', { name: 'Utsett 15 min: Agreed working time ends soon' })).toBeTruthy();
    cleanup();
    setup({ lang: 'nn' });
    const nn = await screen.findByRole('region', { name: 'Varsel som ikkje vart viste' });
    expect(within(nn).getByRole('button', { name: 'Utset 15 min: Weekly limit ahead' })).toBeTruthy();
  });

  it('is operated by keyboard: sends the warning id and 15 minutes, says so, and puts focus on the heading', async () => {
    const { api, user } = setup();
    const s = await section();
    const snooze = within(s).getByRole('button', { name: 'Snooze 15 min: Weekly limit ahead' });
    snooze.focus();
    await user.keyboard('{Enter}');
    expect(api.warningsSnooze).toHaveBeenCalledWith({ id: 'w-week', minutes: 15 });
    expect(SNOOZE_MINUTES).toBe(15);
    expect((await within(s).findByRole('status')).textContent).toBe('Snoozed for 15 min: Weekly limit ahead. The warning comes back after that.');
    expect(document.activeElement).toBe(within(s).getByRole('heading', { name: 'Warnings that were not shown' }));
    await waitFor(() => expect(within(s).queryByText('Weekly limit ahead')).toBeNull());
    expect(within(s).getByText('Agreed working time ends soon')).toBeTruthy();
    expect(api.warningsDismiss).not.toHaveBeenCalled();
  });

  it('shows a refusal returned as a Result; the warning stays, focus stays on the button, nothing claims success', async () => {
    const message = 'Invalid value in the field “minutes”: Must be at most 240. Correct the field and try again.';
    const { api, user } = setup({ snooze: async () => ({ ok: false, error: { code: 'invalid-input', message } }) });
    const s = await section();
    const snooze = within(s).getByRole('button', { name: 'Snooze 15 min: Agreed working time ends soon' });
    await user.click(snooze);
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(api.warningsSnooze).toHaveBeenCalledTimes(1);
    expect(within(s).queryByRole('status')).toBeNull();
    expect(within(s).getByText('Agreed working time ends soon')).toBeTruthy();
    expect(document.activeElement).toBe(snooze);
  });

  it('sends once when clicked twice while the call runs', async () => {
    let finish: () => void = () => undefined;
    const { api, user } = setup({ snooze: () => new Promise<Answer>((r) => (finish = () => r({ ok: true, value: null }))) });
    const s = await section();
    const snooze = within(s).getByRole('button', { name: 'Snooze 15 min: Agreed working time ends soon' });
    await user.click(snooze);
    await user.click(snooze);
    expect(snooze.getAttribute('aria-disabled')).toBe('true');
    expect(within(s).getByRole('button', { name: 'Snooze 15 min: Weekly limit ahead' }).getAttribute('aria-disabled')).toBeNull();
    await act(async () => finish());
    expect(api.warningsSnooze).toHaveBeenCalledTimes(1);
    await within(s).findByRole('status');
  });
});

describe('pending warnings: Dismiss', () => {
  it('sends the id; after the last one the section says so instead of vanishing under the keyboard user', async () => {
    const { api, user } = setup();
    const s = await section();
    await user.click(within(s).getByRole('button', { name: 'Dismiss: Agreed working time ends soon' }));
    expect(api.warningsDismiss).toHaveBeenLastCalledWith({ id: 'w-agreed-end' });
    await waitFor(() => expect(within(s).queryByText('Agreed working time ends soon')).toBeNull());
    await user.click(within(s).getByRole('button', { name: 'Dismiss: Weekly limit ahead' }));
    expect(api.warningsDismiss).toHaveBeenLastCalledWith({ id: 'w-week' });
    await waitFor(() => expect(within(s).queryByRole('listitem')).toBeNull());
    expect(within(s).getByRole('status').textContent).toBe('Dismissed: Weekly limit ahead');
    expect(document.activeElement).toBe(within(s).getByRole('heading', { name: 'Warnings that were not shown' }));
  });

  it('offers Stop only for a warning about the running session', async () => {
    const { api, user } = setup();
    const s = await section();
    const [first, second] = within(s).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(second).queryByRole('button', { name: 'Stop the session' })).toBeNull();
    await user.click(within(first).getByRole('button', { name: 'Stop the session' }));
    expect(api.trackerStop).toHaveBeenCalledTimes(1);
  });
});
