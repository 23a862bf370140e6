// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OvertimeReasonForm } from '../../src/ui/components/OvertimeReasonForm';
import { I18nProvider } from '../../src/ui/i18n';
import { reasonProblem } from '../../src/ui/lib/overtime-reason';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function renderForm(lang: 'nb' | 'nn' | 'en', onSaved = vi.fn(), onSavedText = vi.fn()) {
  render(
    <I18nProvider lang={lang}>
      <OvertimeReasonForm sessionId="open-1" reasons={['agreed-end']} onSaved={onSaved} onSavedText={onSavedText} onCancel={() => undefined} cancelLabel="Cancel" />
    </I18nProvider>,
  );
  return onSaved;
}

const saved = (input: { sessionId: string; text: string; ground?: string; takenAs?: string }) => ({
  ok: true,
  value: { sessionId: input.sessionId, recordedAt: 1, reasons: ['agreed-end'], text: input.text, ground: input.ground ?? null, takenAs: input.takenAs ?? 'pay' },
});

describe('overtime reason form', () => {
  it.each([
    ['', undefined, 'reason.empty'],
    ['   ', 'other', 'reason.empty'],
    ['', null, 'reason.noGround'],
    ['Release tonight', null, 'reason.noGround'],
    ['', 'exceptional-time-limited', null],
    ['', 'breakdown-emergency', null],
    ['x'.repeat(501), 'illness-absence-cover', 'reason.tooLong'],
    ['Release tonight', 'other', null],
    [` ${'x'.repeat(500)} `, 'other', null],
  ] as const)('%j with ground %j → %s', (text, ground, key) => {
    expect(reasonProblem(text, ground)?.key ?? null).toBe(key);
  });

  it.each([
    ['nb', 'Grunnlag for overtid', 'Særlig og tidsavgrenset behov (uforutsett topp, frist)', 'Annet grunnlag', 'Utbetales som overtid', /Avspaseres/, /aml\. § 10-6 \(1\)/i],
    ['nn', 'Grunnlag for overtid', 'Særleg og tidsavgrensa behov (uventa topp, frist)', 'Anna grunnlag', 'Vert utbetalt som overtid', /Avspaserast/, /aml\. § 10-6 \(1\)/i],
    ['en', 'Basis for overtime', 'Exceptional, time-limited need (unforeseen peak, deadline)', 'Other basis', 'Paid as overtime', /time off in lieu/, /AML § 10-6 \(1\)/],
  ] as const)('%s: the ground is a labelled radio group, first in the form, with the § 10-6 (1) hint; pay is preselected', (lang, legend, first, other, pay, timeOff, hint) => {
    renderForm(lang);
    const group = screen.getByRole('radiogroup', { name: legend });
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(group).getByText(hint)).toBeTruthy();
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(4);
    expect(radios.every((r) => !(r as HTMLInputElement).checked)).toBe(true);
    expect(screen.getByRole('radio', { name: first })).toBe(radios[0]);
    expect(screen.getByRole('radio', { name: other })).toBe(radios[3]);
    // The first focusable control of the form is the first ground.
    const form = screen.getByRole('form');
    expect(form.querySelector('input, textarea, button')).toBe(radios[0]);
    expect((screen.getByRole('radio', { name: pay }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: timeOff }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('textbox')).toBeTruthy();
  });

  it.each([
    ['nb', 'Lagre grunnen', 'Velg et grunnlag for overtiden.'],
    ['nn', 'Lagre grunnen', 'Vel eit grunnlag for overtida.'],
    ['en', 'Save the reason', 'Choose a basis for the overtime.'],
  ] as const)('%s: no ground chosen is refused next to the group and nothing is sent', async (lang, save, message) => {
    const overtimeRecordReason = vi.fn();
    (globalThis as { api?: unknown }).api = { overtimeRecordReason };
    renderForm(lang);
    await userEvent.setup().click(screen.getByRole('button', { name: save }));
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: /Grunnlag|Basis/ }).getAttribute('aria-invalid')).toBe('true');
    expect(overtimeRecordReason).not.toHaveBeenCalled();
  });

  it.each([
    ['nb', 'Annet grunnlag', 'Grunn', 'Lagre grunnen', /Skriv en kort grunn/],
    ['nn', 'Anna grunnlag', 'Grunn', 'Lagre grunnen', /Skriv ein kort grunn/],
    ['en', 'Other basis', 'Reason', 'Save the reason', /Write a short reason/],
  ] as const)('%s: "other" without a text is refused next to the field and nothing is sent', async (lang, other, label, save, message) => {
    const overtimeRecordReason = vi.fn();
    (globalThis as { api?: unknown }).api = { overtimeRecordReason };
    renderForm(lang);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: other }));
    await user.click(screen.getByRole('button', { name: save }));
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true');
    expect(overtimeRecordReason).not.toHaveBeenCalled();
  });

  it('sends the ground code, the trimmed text and the choice of time off; reports the basis in the window language', async () => {
    const overtimeRecordReason = vi.fn(async (input: { sessionId: string; text: string; ground?: string; takenAs?: string }) => saved(input));
    (globalThis as { api?: unknown }).api = { overtimeRecordReason };
    const onSavedText = vi.fn();
    const onSaved = vi.fn();
    render(
      <I18nProvider lang="nn">
        <OvertimeReasonForm sessionId="open-1" reasons={['agreed-end']} onSaved={onSaved} onSavedText={onSavedText} onCancel={() => undefined} cancelLabel="Avbryt" />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Dekkjer for sjuk eller fråverande kollega' }));
    await user.type(screen.getByLabelText('Grunn'), '  Kari er sjuk  ');
    await user.click(screen.getByRole('radio', { name: /Avspaserast/ }));
    await user.click(screen.getByRole('button', { name: 'Lagre grunnen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(overtimeRecordReason).toHaveBeenCalledWith({ sessionId: 'open-1', reasons: ['agreed-end'], text: 'Kari er sjuk', ground: 'illness-absence-cover', takenAs: 'time-off' });
    expect(onSavedText).toHaveBeenCalledWith('Dekkjer for sjuk eller fråverande kollega: Kari er sjuk');
  });

  it('a ground other than "other" needs no text; pay is sent by default', async () => {
    const overtimeRecordReason = vi.fn(async (input: { sessionId: string; text: string; ground?: string; takenAs?: string }) => saved(input));
    (globalThis as { api?: unknown }).api = { overtimeRecordReason };
    const onSaved = renderForm('en');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /^Breakdown, accident/ }));
    await user.click(screen.getByRole('button', { name: 'Save the reason' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(overtimeRecordReason).toHaveBeenCalledWith({ sessionId: 'open-1', reasons: ['agreed-end'], text: '', ground: 'breakdown-emergency', takenAs: 'pay' });
  });

  it('preselects the pay settings default (time off) until the user chooses', async () => {
    const overtimeRecordReason = vi.fn(async (input: { sessionId: string; text: string; ground?: string; takenAs?: string }) => saved(input));
    (globalThis as { api?: unknown }).api = { overtimeRecordReason, paySettingsGet: async () => ({ ok: true, value: { stored: true, settings: { overtimeTakenAs: 'time-off' } } }) };
    const onSaved = renderForm('en');
    await waitFor(() => expect((screen.getByRole('radio', { name: /^Taken as time off in lieu/ }) as HTMLInputElement).checked).toBe(true));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /^Exceptional/ }));
    await user.click(screen.getByRole('button', { name: 'Save the reason' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(overtimeRecordReason).toHaveBeenCalledWith(expect.objectContaining({ ground: 'exceptional-time-limited', takenAs: 'time-off' }));
  });

  it('shows the main process refusal', async () => {
    (globalThis as { api?: unknown }).api = { overtimeRecordReason: async () => ({ ok: false, error: { code: 'x', message: 'That session no longer exists.' } }) };
    const onSaved = renderForm('en');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Other basis' }));
    await user.type(screen.getByLabelText('Reason'), 'Fix');
    await user.click(screen.getByRole('button', { name: 'Save the reason' }));
    expect(await screen.findByText('That session no longer exists.')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
