// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PAY_SETTINGS, TARIFF_50_100, type PaySettings } from '../../src/core/pay';
import { PaySettingsForm } from '../../src/ui/components/PaySettingsForm';
import { I18nProvider } from '../../src/ui/i18n';
import { formOf, settingsOf, withPreset } from '../../src/ui/lib/pay-settings-form';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const STORED: PaySettings = { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1234' };

describe('pay settings form: validation per field', () => {
  it.each([
    ['valid', {}, null],
    ['no employee number', { employeeNumber: '  ' }, { employeeNumber: 'pay.err.employeeNumberMissing' }],
    ['employee number too long', { employeeNumber: '1'.repeat(31) }, { employeeNumber: 'pay.err.employeeNumberLong' }],
    ['percent below 40', { percents: { 'overtime-40': '39' } }, { 'percent.overtime-40': 'pay.err.percent' }],
    ['percent not a number', { percents: { 'overtime-40': '4O' } }, { 'percent.overtime-40': 'pay.err.percent' }],
    ['wage type with a space', { wageTypes: { normal: '1 00' } }, { 'wageType.normal': 'pay.err.wageType' }],
    ['wage type too long', { wageTypes: { night: 'x'.repeat(21) } }, { 'wageType.night': 'pay.err.wageType' }],
    ['a wage year that is not a number', { wageYear: '2O26' }, { wageYear: 'pay.err.number4' }],
    ['a run number above 9999', { runNumber: '10000' }, { runNumber: 'pay.err.number4' }],
    ['a department starting a formula', { department: '=1+1' }, { department: 'pay.err.vismaText' }],
    ['a project with a semicolon', { project: 'A;B' }, { project: 'pay.err.vismaText' }],
    ['a project too long', { project: 'p'.repeat(31) }, { project: 'pay.err.vismaText' }],
  ])('%s', (_name, patch, errors) => {
    const r = settingsOf({ ...formOf(STORED), ...patch }, STORED);
    if (errors === null) expect(r.ok).toBe(true);
    else expect(r).toEqual({ ok: false, errors });
  });

  it('the Visma fields go into the settings (wage year, run number, department, project, encoding)', () => {
    const r = settingsOf({ ...formOf(STORED), wageYear: '2026', runNumber: ' 7 ', department: ' Bærum ', project: 'P-1', encoding: 'utf-8-bom' }, STORED);
    expect(r.ok && r.settings.visma).toEqual({ wageYear: 2026, runNumber: 7, department: 'Bærum', project: 'P-1', encoding: 'utf-8-bom' });
  });

  it('the tariff preset brings its classes and rules; empty wage types are left out', () => {
    const form = { ...withPreset(formOf(STORED), 'tariff', STORED.overtime), wageTypes: { normal: '100', 'overtime-50': '150', night: '' } };
    const r = settingsOf(form, STORED);
    expect(r.ok && r.settings.overtime).toEqual(TARIFF_50_100);
    expect(r.ok && r.settings.wageTypes).toEqual({ normal: '100', 'overtime-50': '150' });
  });

  it('shows each message next to its field, sends nothing until fixed, then saves through window.api', async () => {
    const paySettingsSave = vi.fn(async (input: { settings: PaySettings }) => ({ ok: true, value: { settings: input.settings, stored: true } }));
    (globalThis as { api?: unknown }).api = { paySettingsSave };
    const onSaved = vi.fn();
    render(
      <I18nProvider lang="en">
        <PaySettingsForm stored={DEFAULT_PAY_SETTINGS} isStored={false} onSaved={onSaved} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const percent = screen.getByLabelText('Overtime supplement, step 1 (%)');
    await user.clear(percent);
    await user.type(percent, '30');
    await user.type(screen.getByLabelText('Wage type for Normal hours'), 'a b');
    await user.click(screen.getByRole('button', { name: 'Save the pay settings' }));
    expect(screen.getByLabelText('Employee number').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Fill in the employee number.')).toBeTruthy();
    expect(screen.getByText(/Enter a whole number from 40 to 1000/)).toBeTruthy();
    expect(screen.getByText(/Use at most 20 letters/)).toBeTruthy();
    expect(paySettingsSave).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Employee number'), '4711');
    await user.clear(percent);
    await user.type(percent, '40');
    await user.clear(screen.getByLabelText('Wage type for Normal hours'));
    await user.type(screen.getByLabelText('Wage type for Normal hours'), '100');
    await user.click(screen.getByRole('button', { name: 'Save the pay settings' }));
    await waitFor(() => expect(paySettingsSave).toHaveBeenCalledTimes(1));
    expect(paySettingsSave.mock.calls[0]?.[0].settings).toMatchObject({ employeeNumber: '4711', wageTypes: { normal: '100' }, overtime: { classes: [{ id: 'overtime-40', percent: 40 }] } });
    await screen.findByText('The pay settings are saved.');
    expect(onSaved).toHaveBeenCalled();
  });

  it('shows the main process refusal as an alert', async () => {
    (globalThis as { api?: unknown }).api = { paySettingsSave: async () => ({ ok: false, error: { code: 'x', message: 'Refused for a reason.' } }) };
    render(
      <I18nProvider lang="nb">
        <PaySettingsForm stored={STORED} isStored onSaved={() => undefined} />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lagre lønnsinnstillingene' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Refused for a reason.');
  });
});
