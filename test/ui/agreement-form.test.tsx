// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agreement } from '../../src/core/model';
import { AgreementForm } from '../../src/ui/components/AgreementForm';
import { I18nProvider } from '../../src/ui/i18n';
import { proposedAgreement } from '../../src/ui/lib/default-agreement';
import { parseWindows } from '../../src/ui/lib/windows';

afterEach(cleanup);
const BASE = proposedAgreement('2026-11-24', 'Europe/Oslo');

function setup(compact = false) {
  const onSave = vi.fn(async (_a: Agreement) => ({ ok: true as const, value: null }));
  render(
    <I18nProvider lang="en">
      <AgreementForm base={BASE} onSave={onSave} compact={compact} />
    </I18nProvider>,
  );
  return { onSave, user: userEvent.setup() };
}

describe('AgreementForm', () => {
  it('proposes Monday–Friday 08:00–15:45 and 37.5 h, and saves it unchanged', async () => {
    const { onSave, user } = setup(true);
    expect((screen.getByLabelText('Monday') as HTMLInputElement).value).toBe('08:00-15:45');
    expect((screen.getByLabelText('Saturday') as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const a = onSave.mock.calls[0]![0];
    expect(a.weeklyHours).toBe(37.5);
    expect(a.windows.fri).toEqual([{ from: 480, to: 945 }]);
    expect(a.windows.sun).toEqual([]);
  });

  it.each([
    ['Monday', '08:00-25:00', 'Write periods as 08:00-15:45, several separated by commas.'],
    ['Tuesday', '16:00-08:00', 'A period must end after it starts (use 24:00 for midnight).'],
    ['Wednesday', '08:00-12:00, 11:00-15:00', 'The periods overlap. Merge them.'],
    ['Agreed working time (hours a week)', '0', 'Enter hours per week as a number from 1 to 60, for example 37.5.'],
    ['Daily rest (hours)', '7', 'Daily rest must be between 8 and 11 hours (AML § 10-8 (3)).'],
  ])('shows the message next to %s for %j', async (label, value, message) => {
    const { onSave, user } = setup();
    const input = screen.getAllByLabelText(label)[0]!;
    await user.clear(input);
    await user.type(input, value);
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById((input.getAttribute('aria-describedby') ?? '').split(' ').pop()!)?.textContent).toContain(message);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the forskrift § 2 fields and the working-time settings', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Scope'), 'two fixed days a week');
    await user.type(screen.getByLabelText('Termination'), "one month's notice");
    await user.type(screen.getByLabelText('Equipment'), 'laptop and screen');
    await user.click(screen.getByLabelText('Written agreement on evening work on my own initiative (AML § 10-11 (3))'));
    await user.selectOptions(screen.getByLabelText('Averaging (AML § 10-5)'), 'individual');
    await user.type(screen.getByLabelText('Averaging from'), '2026-12-01');
    await user.type(screen.getByLabelText('Averaging to'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(screen.getByText('The end date must be on or after the start date.')).toBeTruthy();
    await user.clear(screen.getByLabelText('Averaging to'));
    await user.type(screen.getByLabelText('Averaging to'), '2027-05-31');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    const a = onSave.mock.calls[0]![0];
    expect(a.homeOffice).toMatchObject({ scope: 'two fixed days a week', termination: "one month's notice", equipment: 'laptop and screen', trialPeriod: null });
    expect(a.limits).toMatchObject({ ownInitiativeEvening: true, averaging: { kind: 'individual', from: '2026-12-01', to: '2027-05-31' }, restDailyHours: 11 });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it.each([
    ['', []],
    ['08:00-11:30, 12:00-16:00', [{ from: 480, to: 690 }, { from: 720, to: 960 }]],
    ['22:00-24:00', [{ from: 1320, to: 1440 }]],
    ['8.00–15.45', [{ from: 480, to: 945 }]],
  ])('parses the windows %j', (text, want) => {
    expect(parseWindows(text)).toEqual({ ok: true, windows: want });
  });
});
