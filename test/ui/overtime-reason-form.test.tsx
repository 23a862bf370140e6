// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OvertimeReasonForm } from '../../src/ui/components/OvertimeReasonForm';
import { I18nProvider } from '../../src/ui/i18n';
import { reasonProblem } from '../../src/ui/lib/overtime-reason';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function renderForm(lang: 'nb' | 'nn' | 'en', onSaved = vi.fn()) {
  render(
    <I18nProvider lang={lang}>
      <OvertimeReasonForm sessionId="open-1" reasons={['agreed-end']} onSaved={onSaved} onCancel={() => undefined} cancelLabel="Cancel" />
    </I18nProvider>,
  );
  return onSaved;
}

describe('overtime reason form', () => {
  it.each([
    ['', 'reason.empty'],
    ['   ', 'reason.empty'],
    ['x'.repeat(501), 'reason.tooLong'],
    ['Release tonight', null],
    [` ${'x'.repeat(500)} `, null],
  ])('%j → %s', (text, key) => {
    expect(reasonProblem(text)?.key ?? null).toBe(key);
  });

  it.each([
    ['nb', 'Grunn', 'Lagre grunnen', /Skriv en kort grunn/],
    ['nn', 'Grunn', 'Lagre grunnen', /Skriv ein kort grunn/],
    ['en', 'Reason', 'Save the reason', /Write a short reason/],
  ] as const)('%s: an empty reason is refused next to the field and nothing is sent', async (lang, label, save, message) => {
    const overtimeRecordReason = vi.fn();
    (globalThis as { api?: unknown }).api = { overtimeRecordReason };
    renderForm(lang);
    await userEvent.setup().click(screen.getByRole('button', { name: save }));
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    expect(overtimeRecordReason).not.toHaveBeenCalled();
  });

  it('sends the trimmed reason with the session and the crossed lines', async () => {
    const overtimeRecordReason = vi.fn(async () => ({ ok: true, value: { sessionId: 'open-1', recordedAt: 1, reasons: ['agreed-end'], text: 'Release tonight' } }));
    (globalThis as { api?: unknown }).api = { overtimeRecordReason };
    const onSaved = renderForm('en');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Reason'), '  Release tonight  ');
    await user.click(screen.getByRole('button', { name: 'Save the reason' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(overtimeRecordReason).toHaveBeenCalledWith({ sessionId: 'open-1', reasons: ['agreed-end'], text: 'Release tonight' });
  });

  it('shows the main process refusal', async () => {
    (globalThis as { api?: unknown }).api = { overtimeRecordReason: async () => ({ ok: false, error: { code: 'x', message: 'That session no longer exists.' } }) };
    const onSaved = renderForm('en');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Reason'), 'Fix');
    await user.click(screen.getByRole('button', { name: 'Save the reason' }));
    expect(await screen.findByText('That session no longer exists.')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
