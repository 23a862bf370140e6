// @vitest-environment jsdom
/** The Absence page (issue 15) on a fake window.api: enter an absence, its refusal shown, the list, the balance and the month. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/core/model';
import type { AbsenceView, BalanceView } from '../../src/shared/ipc/absence-contract';
import { I18nProvider } from '../../src/ui/i18n';
import { AbsencePage } from '../../src/ui/pages/AbsencePage';
import { StartButton } from '../../src/ui/components/StartButton';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const BALANCE: BalanceView = {
  from: '2026-09-01', to: '2026-09-30', worked: 32, expected: 31, balance: 1, saldo: 3.25,
  days: [
    { date: '2026-09-06', worked: 0, expected: 0, balance: 0, redDay: true, kinds: [] },
    { date: '2026-09-07', worked: 8, expected: 7.75, balance: 0.25, redDay: false, kinds: [] },
    { date: '2026-09-11', worked: 0, expected: 0, balance: 0, redDay: false, kinds: ['ferie'] },
  ],
};

function page(lang: Lang, save: (input: unknown) => Promise<unknown>, list: AbsenceView[] = []) {
  const api = {
    absenceList: vi.fn(async () => ({ ok: true, value: list })),
    balancePeriod: vi.fn(async () => ({ ok: true, value: BALANCE })),
    absenceSave: vi.fn(save),
    absenceDelete: vi.fn(async () => ({ ok: true, value: null })),
    balanceCarriedOverSet: vi.fn(async () => ({ ok: true, value: null })),
  };
  (globalThis as { api?: unknown }).api = api;
  const onChanged = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <AbsencePage zone="Europe/Oslo" changed={0} onChanged={onChanged} />
    </I18nProvider>,
  );
  return { api, onChanged, user: userEvent.setup() };
}

describe('AbsencePage', () => {
  it.each([
    ['nb', 'Fravær', 'Saldo i dag: +3 t 15 min', 'Denne måneden: arbeidet 32 t, forventet 31 t, +1 t'],
    ['nn', 'Fråvær', 'Saldo i dag: +3 t 15 min', 'Denne månaden: arbeidd 32 t, venta 31 t, +1 t'],
    ['en', 'Absence', 'Balance today: +3 h 15 min', 'This month: worked 32 h, expected 31 h, +1 h'],
  ] as const)('shows the balance in %s', async (lang, title, saldo, month) => {
    page(lang, async () => ({ ok: true }));
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect((await screen.findByTestId('saldo')).textContent).toBe(saldo);
    expect(screen.getByText(month)).toBeTruthy();
  });

  it('enters a part-day sick absence with its documentation, and tells that it was saved', async () => {
    const { api, user, onChanged } = page('en', async (input) => ({ ok: true, value: { id: '1', ...(input as { absence: object }).absence } }));
    await user.selectOptions(screen.getByLabelText('Kind of absence'), 'sykdom');
    await user.click(screen.getByLabelText('Only part of the day'));
    await user.type(screen.getByLabelText('Hours each day'), '3,5');
    await user.selectOptions(screen.getByLabelText('Documentation'), 'egenmelding');
    await user.click(screen.getByRole('button', { name: 'Save the absence' }));
    expect(api.absenceSave).toHaveBeenCalledWith({ absence: expect.objectContaining({ kind: 'sykdom', hours: 3.5, document: 'egenmelding' }) });
    expect((await screen.findByRole('status')).textContent).toBe('The absence is saved.');
    expect(onChanged).toHaveBeenCalled();
  });

  it('shows the refusal of the main process as it is, and a wrong number of hours next to the field', async () => {
    const { api, user } = page('nb', async () => ({ ok: false, error: { code: 'absence.invalid', message: '$.to er før `from`; sluttdatoen må være samme dag som eller etter startdatoen.' } }));
    await user.click(screen.getByLabelText('Bare en del av dagen'));
    await user.type(screen.getByLabelText('Timer hver dag'), '30');
    await user.click(screen.getByRole('button', { name: 'Lagre fraværet' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Skriv timene som et tall over 0 og høyst 24');
    expect(api.absenceSave).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Timer hver dag'));
    await user.type(screen.getByLabelText('Timer hver dag'), '2');
    await user.click(screen.getByRole('button', { name: 'Lagre fraværet' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('sluttdatoen må være samme dag'));
  });

  it('lists the absences with change and delete, and marks red days and absence in the month', async () => {
    const { api, user } = page('en', async () => ({ ok: true }), [{ id: '7', kind: 'ferie', from: '2026-07-06', to: '2026-07-24', hours: null }]);
    await user.click(await screen.findByRole('button', { name: 'Delete: Holiday 2026-07-06' }));
    expect(api.absenceDelete).toHaveBeenCalledWith({ id: '7' });
    expect(screen.getByText('red day')).toBeTruthy();
    expect(screen.getAllByText('Holiday').length).toBeGreaterThan(0);
  });
});

describe('StartButton on a sick day (issue 15)', () => {
  it.each([
    ['nb', 'sykdom', 'Du er registrert syk i dag. Vil du virkelig jobbe?', 'Ikke start', 'Start likevel'],
    ['nn', 'sykt-barn', 'Du er registrert heime med sjukt barn i dag. Vil du verkeleg arbeide?', 'Ikkje start', 'Start likevel'],
    ['en', 'ferie', 'You are on holiday today. Do you really want to work?', 'Do not start', 'Start anyway'],
  ] as const)('asks first in %s, focused on not starting; starting anyway is allowed', async (lang, kind, question, cancel, anyway) => {
    const onStart = vi.fn();
    render(
      <I18nProvider lang={lang}>
        <StartButton label="Start" absentToday={kind} onStart={onStart} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('alertdialog', { name: question })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: cancel }));
    expect(onStart).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: anyway }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('starts at once on an ordinary day or on time off in lieu', async () => {
    const onStart = vi.fn();
    render(
      <I18nProvider lang="en">
        <StartButton label="Start" absentToday="avspasering" onStart={onStart} />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start' }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });
});
