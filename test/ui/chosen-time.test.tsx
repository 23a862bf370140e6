// @vitest-environment jsdom
/**
 * Issue 14 item 3: from Today, "I started at 07:45", "I stopped at 16:10" and moving the start send
 * the chosen local time as an instant; a refusal of the main process is shown as its sentence.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChosenTime, minuteOfClock } from '../../src/ui/components/ChosenTime';
import { I18nProvider } from '../../src/ui/i18n';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

describe('minuteOfClock', () => {
  it.each([
    ['07:45', 465],
    ['7:45', 465],
    ['16.10', 970],
    ['00:00', 0],
    ['23:59', 1439],
    ['24:00', null],
    ['07:60', null],
    ['', null],
    ['745', null],
  ])('%j → %j', (text, minute) => expect(minuteOfClock(text)).toBe(minute));
});

function setup(state: 'idle' | 'working' | 'paused', lang: 'nb' | 'en' = 'en', answer: { ok: boolean; error?: { message: string } } = { ok: true }) {
  const calls: { method: string; input: unknown }[] = [];
  const method = (name: string) => vi.fn(async (input: unknown) => (calls.push({ method: name, input }), answer));
  (globalThis as { api?: unknown }).api = { trackerStartAt: method('start'), trackerStopAt: method('stop'), trackerChangeStart: method('change') };
  const errors: string[] = [];
  const act = async (fn: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    const r = await fn();
    if (!r.ok && r.error) errors.push(r.error.message);
    return r.ok;
  };
  render(
    <I18nProvider lang={lang}>
      <ChosenTime state={state} date="2026-11-24" zone="Europe/Oslo" act={act} />
    </I18nProvider>,
  );
  return { calls, errors };
}

describe('ChosenTime on Today', () => {
  it.each([
    ['idle', 'I started at 07:45', 'start', '07:45', '2026-11-24T06:45:00Z', 'The session was started from 07:45.'],
    ['paused', 'I started at 12:30', 'start', '12:30', '2026-11-24T11:30:00Z', 'The session was started from 12:30.'],
    ['working', 'I stopped at 16:10', 'stop', '16:10', '2026-11-24T15:10:00Z', 'The session was stopped at 16:10.'],
    ['working', 'Move the start to 07:30', 'change', '07:30', '2026-11-24T06:30:00Z', 'The start was moved to 07:30.'],
  ] as const)('%s: %s sends the local time of Europe/Oslo as an instant', async (state, button, method, time, iso, done) => {
    const { calls } = setup(state);
    const user = userEvent.setup();
    await user.click(screen.getByText('Forgot to start or stop? Choose the time yourself'));
    await user.type(screen.getByLabelText('Time today'), time);
    await user.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(calls).toEqual([{ method, input: { at: Date.parse(iso) } }]));
    expect(screen.getByRole('status').textContent).toBe(done);
  });

  it('a reason goes with the call; a refusal is not reported as done', async () => {
    const { calls, errors } = setup('working', 'nb', { ok: false, error: { message: 'Mars 2026 er sendt til lønn.' } });
    const user = userEvent.setup();
    await user.click(screen.getByText(/Glemte du å starte/));
    await user.type(screen.getByLabelText('Klokkeslett i dag'), '16:10');
    await user.type(screen.getByLabelText(/^Grunn/), 'Glemte å stoppe');
    await user.click(screen.getByRole('button', { name: 'Jeg sluttet klokken 16:10' }));
    await waitFor(() => expect(calls).toEqual([{ method: 'stop', input: { at: Date.parse('2026-11-24T15:10:00Z'), reason: 'Glemte å stoppe' } }]));
    expect(errors).toEqual(['Mars 2026 er sendt til lønn.']);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('paused: the session is closed, so only a new start is offered (stop and move would be refused)', async () => {
    setup('paused');
    const user = userEvent.setup();
    await user.click(screen.getByText('Forgot to start or stop? Choose the time yourself'));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['I started at …']);
  });

  it('no time: says how to write it and calls nothing', async () => {
    const { calls } = setup('idle', 'nb');
    const user = userEvent.setup();
    await user.click(screen.getByText(/Glemte du å starte/));
    await user.click(screen.getByRole('button', { name: 'Jeg begynte klokken …' }));
    expect(screen.getByRole('alert').textContent).toBe('Skriv klokkeslettet som TT:MM, for eksempel 07:45.');
    expect(calls).toEqual([]);
  });
});
