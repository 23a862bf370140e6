// @vitest-environment jsdom
/**
 * Issue 15 item 2: the pay setting `overtimeTakenAs` (how a day's overtime is taken when its reason
 * does not say) has its control in the window: a labelled radio pair, preselected from the stored
 * settings (absent: paid out), saved through window.api in a shape the IPC contract accepts.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PAY_SETTINGS, type PaySettings } from '../../src/core/pay';
import { PaySettingsInputSchema } from '../../src/shared/ipc/export-contract';
import { renderPaySettingsForm } from '../helpers/pay-settings-form';
import { formOf, settingsOf } from '../../src/ui/lib/pay-settings-form';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const STORED: PaySettings = { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1234' };


describe('pay settings: overtime without a choice, paid out or taken as time off', () => {
  it.each([
    ['nb', 'Overtid uten valg', 'utbetales', 'avspaseres', 'Lagre lønnsinnstillingene'],
    ['nn', 'Overtid utan val', 'vert utbetalt', 'avspaserast', 'Lagre lønsinnstillingane'],
    ['en', 'Overtime without a choice', 'paid out', 'taken as time off in lieu', 'Save the pay settings'],
  ] as const)('%s: a labelled radio pair, paid out by default; choosing time off saves it', async (lang, legend, pay, off, saveLabel) => {
    const save = renderPaySettingsForm(lang, STORED);
    const group = screen.getByRole('radiogroup', { name: legend });
    const payRadio = screen.getByRole('radio', { name: pay }) as HTMLInputElement;
    const offRadio = screen.getByRole('radio', { name: off }) as HTMLInputElement;
    expect(group.contains(payRadio) && group.contains(offRadio)).toBe(true);
    expect(payRadio.checked).toBe(true);
    expect(offRadio.checked).toBe(false);
    const user = userEvent.setup();
    await user.click(offRadio);
    expect(offRadio.checked).toBe(true);
    await user.click(screen.getByRole('button', { name: saveLabel }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const sent = save.mock.calls[0]![0].settings;
    expect(sent.overtimeTakenAs).toBe('time-off');
    // The main process's schema takes what the window sends.
    expect(PaySettingsInputSchema.safeParse(sent).success).toBe(true);
  });

  it('stored time off is preselected, and switching back to paid out saves pay', async () => {
    const save = renderPaySettingsForm('nb', { ...STORED, overtimeTakenAs: 'time-off' });
    expect((screen.getByRole('radio', { name: 'avspaseres' }) as HTMLInputElement).checked).toBe(true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'utbetales' }));
    await user.click(screen.getByRole('button', { name: 'Lagre lønnsinnstillingene' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0].settings.overtimeTakenAs).toBe('pay');
  });

  it('the form data: absent means pay, the choice goes into the settings, the schema refuses anything else', () => {
    expect(formOf(STORED).overtimeTakenAs).toBe('pay');
    const r = settingsOf({ ...formOf(STORED), overtimeTakenAs: 'time-off' }, STORED);
    expect(r.ok && r.settings.overtimeTakenAs).toBe('time-off');
    expect(PaySettingsInputSchema.safeParse({ ...STORED, overtimeTakenAs: 'time-off' }).success).toBe(true);
    expect(PaySettingsInputSchema.safeParse({ ...STORED, overtimeTakenAs: 'both' }).success).toBe(false);
  });
});
