// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionForm } from '../../src/ui/components/SessionForm';
import { I18nProvider } from '../../src/ui/i18n';
import type { SessionView } from '../../src/ui/api';

afterEach(cleanup);
const ZONE = 'Europe/Oslo';
const NOW = Date.parse('2026-11-24T09:00:00Z');

function setup(initial: SessionView | null = null, lang: 'nb' | 'en' = 'en') {
  const onSubmit = vi.fn(async () => ({ ok: true as const, value: null }));
  render(
    <I18nProvider lang={lang}>
      <SessionForm zone={ZONE} now={NOW} initial={initial} onSubmit={onSubmit} onCancel={() => undefined} />
    </I18nProvider>,
  );
  return { onSubmit, user: userEvent.setup() };
}

async function fill(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  if (value) await user.type(input, value);
}

const SESSION: SessionView = {
  id: 's1', start: Date.parse('2026-10-24T20:00:00Z'), end: Date.parse('2026-10-24T23:00:00Z'), zone: ZONE,
  kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false, review: null, source: 'manual',
};

describe('SessionForm', () => {
  it.each([
    ['Start time', '25:00', 'Enter the time as HH:MM, for example 08:30.'],
    ['End time', '7', 'Enter the time as HH:MM, for example 08:30.'],
  ])('shows a message next to the field for a bad %s', async (label, value, message) => {
    const { user, onSubmit } = setup();
    await fill(user, label, value);
    await user.click(screen.getByRole('button', { name: 'Add session' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses an end before the start, and links the message to the field', async () => {
    const { user, onSubmit } = setup();
    await fill(user, 'Start date', '2026-11-20');
    await fill(user, 'Start time', '10:00');
    await fill(user, 'End date', '2026-11-20');
    await fill(user, 'End time', '09:00');
    await user.click(screen.getByRole('button', { name: 'Add session' }));
    const endDate = screen.getByLabelText('End date');
    expect(endDate.getAttribute('aria-invalid')).toBe('true');
    const describedBy = endDate.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('The end must be after the start.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses time in the future', async () => {
    const { user } = setup();
    await fill(user, 'End date', '2026-11-25');
    await user.click(screen.getByRole('button', { name: 'Add session' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This time is in the future.');
  });

  it('asks which 02:30 is meant on 2026-10-25 and saves the chosen instant', async () => {
    const { user, onSubmit } = setup(SESSION);
    await fill(user, 'End date', '2026-10-25');
    await fill(user, 'End time', '02:30');
    await fill(user, 'Reason for the change', 'forgot to stop');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByText(/This time happened twice/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByLabelText('The second time: 02:30 winter time (+01:00)'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [draft, reason] = onSubmit.mock.calls[0] as unknown as [{ start: number; end: number }, string];
    expect(new Date(draft.end).toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(draft.start).toBe(SESSION.start);
    expect(reason).toBe('forgot to stop');
  });

  it('asks which time is meant in the spring gap (2026-03-29 02:30)', async () => {
    const { user, onSubmit } = setup();
    await fill(user, 'Start date', '2026-03-29');
    await fill(user, 'Start time', '02:30');
    await fill(user, 'End date', '2026-03-29');
    await fill(user, 'End time', '06:00');
    await user.click(screen.getByRole('button', { name: 'Add session' }));
    expect(screen.getByText(/did not exist that night/)).toBeTruthy();
    await user.click(screen.getByLabelText('03:30 (+02:00)'));
    await user.click(screen.getByRole('button', { name: 'Add session' }));
    const [draft] = onSubmit.mock.calls[0] as unknown as [{ start: number; end: number }];
    expect(new Date(draft.start).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(draft.end - draft.start).toBe(2.5 * 3_600_000);
  });

  it('needs a reason to edit, and shows the refusal of the main process', async () => {
    const onSubmit = vi.fn(async () => ({ ok: false as const, error: { code: 'overlap', message: 'Overlaps another session.' } }));
    render(
      <I18nProvider lang="nb">
        <SessionForm zone={ZONE} now={NOW} initial={SESSION} onSubmit={onSubmit} onCancel={() => undefined} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lagre endringer' }));
    expect(screen.getByText('Skriv en kort grunn. Den lagres i endringsloggen.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Grunn til endringen'), 'retting');
    await user.click(screen.getByRole('button', { name: 'Lagre endringer' }));
    expect((await screen.findByText('Overlaps another session.')).getAttribute('role')).toBe('alert');
  });
});
