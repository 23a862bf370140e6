// @vitest-environment jsdom
/** The idle question (IdleDialog) alone and on the Today page: keyboard, labels, the answer sent, refusals shown. */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/core/model';
import type { TrackerStatus } from '../../src/shared/ipc/dto';
import { IdleDialog, type IdleChoice } from '../../src/ui/components/IdleDialog';
import { I18nProvider } from '../../src/ui/i18n';
import { TodayPage } from '../../src/ui/pages/TodayPage';

const FROM = Date.parse('2026-11-24T09:05:00Z'); // 10:05 in Oslo
const TO = Date.parse('2026-11-24T09:47:00Z'); // 10:47 in Oslo
const EVENING = Date.parse('2026-11-24T15:30:00Z'); // Tuesday 16:30 in Oslo
const MORNING = Date.parse('2026-11-25T07:05:00Z'); // Wednesday 08:05 in Oslo

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function dialog(onChoose: (c: IdleChoice) => void | Promise<unknown>, to: number | null = TO, lang: Lang = 'en', from = FROM, now = TO) {
  render(
    <I18nProvider lang={lang}>
      <IdleDialog from={from} to={to} zone="Europe/Oslo" now={now} onChoose={onChoose} />
    </I18nProvider>,
  );
  return userEvent.setup();
}

describe('IdleDialog', () => {
  it.each([
    ['en', FROM, TO, 'You were away from the computer', 'The computer was not in use from 10:05 to 10:47. What should that time count as?', ['Mark as a break', 'Discard the time', 'Keep as work']],
    ['en', FROM, null, 'You were away from the computer', 'The computer was not in use from 10:05 to now. What should that time count as?', ['Mark as a break', 'Discard the time', 'Keep as work']],
    ['nb', FROM, TO, 'Du var borte fra maskinen', 'Maskinen var uten bruk fra 10:05 til 10:47. Hva skal den tiden telle som?', ['Marker som pause', 'Fjern tiden', 'Behold som arbeid']],
    ['nn', FROM, null, 'Du var borte frå maskina', 'Maskina var utan bruk frå 10:05 til no. Kva skal den tida telje som?', ['Merk som pause', 'Fjern tida', 'Behald som arbeid']],
    ['nb', EVENING, MORNING, 'Du var borte fra maskinen', 'Maskinen var uten bruk fra tirsdag 16:30 til onsdag 08:05. Hva skal den tiden telle som?', ['Fjern tiden du var borte', 'Marker som pause', 'Behold som arbeid']],
    ['nn', EVENING, MORNING, 'Du var borte frå maskina', 'Maskina var utan bruk frå tysdag 16:30 til onsdag 08:05. Kva skal den tida telje som?', ['Fjern tida du var borte', 'Merk som pause', 'Behald som arbeid']],
    ['en', EVENING, MORNING, 'You were away from the computer', 'The computer was not in use from Tuesday 16:30 to Wednesday 08:05. What should that time count as?', ['Discard the time away', 'Mark as a break', 'Keep as work']],
    ['en', FROM, FROM + 2 * 3_600_000 + 60_000, 'You were away from the computer', 'The computer was not in use from 10:05 to 12:06. What should that time count as?', ['Discard the time away', 'Mark as a break', 'Keep as work']],
  ] as const)('%s (case %#): named by its title, described by the times, three labelled answers, the safe one first', (lang, from, to, title, body, answers) => {
    dialog(() => undefined, to, lang, from, to ?? TO);
    const d = screen.getByRole('dialog', { name: title });
    expect(document.getElementById(d.getAttribute('aria-describedby') ?? '')?.textContent).toBe(body);
    expect(within(d).getAllByRole('button').map((b) => b.textContent)).toEqual(answers);
    // It sits in the page, not over it: it must not claim to be modal (the rest of the page stays usable).
    expect(d.getAttribute('aria-modal')).toBeNull();
  });

  it('takes focus on an answer that does not count the time as work (a break), and is answered by keyboard alone', async () => {
    const onChoose = vi.fn();
    const user = dialog(onChoose);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mark as a break' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Discard the time' }));
    await user.tab();
    await user.keyboard(' ');
    expect(onChoose).toHaveBeenCalledWith('keep');
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    expect(onChoose.mock.calls).toEqual([['keep'], ['break']]);
  });

  it('after a night away, one Enter discards the time: keeping it as work needs an explicit choice', async () => {
    const onChoose = vi.fn();
    const user = dialog(onChoose, MORNING, 'nb', EVENING, MORNING);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Fjern tiden du var borte' }));
    await user.keyboard('{Enter}');
    expect(onChoose.mock.calls).toEqual([['discard']]);
  });

  it('sends one answer at a time: a second click while the first is on its way does nothing', async () => {
    let finish: () => void = () => undefined;
    const onChoose = vi.fn(() => new Promise<void>((r) => (finish = r)));
    const user = dialog(onChoose);
    const discard = screen.getByRole('button', { name: 'Discard the time' });
    await user.click(discard);
    await user.click(discard);
    expect(discard.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(discard);
    await user.click(screen.getByRole('button', { name: 'Keep as work' }));
    expect(onChoose).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    expect(discard.getAttribute('aria-disabled')).toBeNull();
    await user.click(discard);
    expect(onChoose).toHaveBeenCalledTimes(2);
  });
});

describe('the idle question on the Today page', () => {
  const status = (idle: boolean): TrackerStatus => ({
    state: idle ? 'paused' : 'working',
    zone: 'Europe/Oslo',
    now: TO,
    openSince: idle ? null : TO,
    pausedSince: idle ? FROM : null,
    current: { kind: 'work', location: 'home', initiative: 'employer' },
    today: [{ start: Date.parse('2026-11-24T07:00:00Z'), end: FROM }],
    agreedEnd: null,
    restFrom: null,
    nextLine: null,
    outsideAgreed: false,
    idleQuestion: idle ? { from: FROM, to: TO } : null,
    toReview: 0,
    pendingWarnings: 0,
  });

  function today(resolve: (input: { choice: IdleChoice }) => Promise<unknown>) {
    let answered = false;
    const api = {
      trackerStatus: vi.fn(async () => ({ ok: true, value: status(!answered) })),
      planNow: async () => ({ ok: true, value: { now: TO, upcoming: [], passed: [] } }),
      warningsPending: async () => ({ ok: true, value: [] }),
      trackerResolveIdle: vi.fn(async (input: { choice: IdleChoice }) => {
        const r = (await resolve(input)) as { ok: boolean };
        if (r.ok) answered = true;
        return r;
      }),
    };
    (globalThis as { api?: unknown }).api = api;
    render(
      <I18nProvider lang="en">
        <TodayPage agreements={[]} zone="Europe/Oslo" changed={0} />
      </I18nProvider>,
    );
    return { api, user: userEvent.setup() };
  }

  it.each(['keep', 'discard', 'break'] as const)('answers %s with exactly that choice; the dialog goes and focus returns to the page heading', async (choice) => {
    const { api, user } = today(async () => ({ ok: true, value: status(false) }));
    const d = await screen.findByRole('dialog', { name: 'You were away from the computer' });
    const name = { keep: 'Keep as work', discard: 'Discard the time', break: 'Mark as a break' }[choice];
    await user.click(within(d).getByRole('button', { name }));
    expect(api.trackerResolveIdle).toHaveBeenCalledWith({ choice });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a refusal returned as a Result and keeps the question open to answer again', async () => {
    const message = 'There is no idle time to answer for any more. The window is up to date now.';
    const { api, user } = today(async () => ({ ok: false, error: { code: 'tracker.no-idle-question', message } }));
    await user.click(await screen.findByRole('button', { name: 'Mark as a break' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    const d = screen.getByRole('dialog', { name: 'You were away from the computer' });
    const again = within(d).getByRole('button', { name: 'Mark as a break' });
    await waitFor(() => expect(again.getAttribute('aria-disabled')).toBeNull());
    await user.click(again);
    expect(api.trackerResolveIdle).toHaveBeenCalledTimes(2);
  });
});
