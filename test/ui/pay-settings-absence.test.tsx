// @vitest-environment jsdom
/**
 * Issue 15 item 4: the pay settings form has an optional wage type per absence kind, stored in
 * `wageTypes` keyed by the kind (`ferie`, `sykdom`, `sykt-barn`, `avspasering`, `permisjon`, `annet`;
 * docs/payroll-formats.md), labelled in nb, nn and en and checked like the pay classes' wage types.
 * A stored absence wage type survives a save of the form.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/model';
import { DEFAULT_PAY_SETTINGS, type PaySettings } from '../../src/core/pay';
import { renderPaySettingsForm } from '../helpers/pay-settings-form';
import { formOf, settingsOf } from '../../src/ui/lib/pay-settings-form';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const STORED: PaySettings = { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1234', wageTypes: { normal: '100', sykdom: '3000' } };

const form = (lang: Lang, stored: PaySettings = STORED) => renderPaySettingsForm(lang, stored);

describe('pay settings: wage types for absence', () => {
  it.each([
    ['nb', 'Lønnsart per fraværstype', ['Lønnsart for Ferie', 'Lønnsart for Sykdom', 'Lønnsart for Sykt barn', 'Lønnsart for Avspasering', 'Lønnsart for Permisjon', 'Lønnsart for Annet fravær']],
    ['nn', 'Lønsart per fråværstype', ['Lønsart for Ferie', 'Lønsart for Sjukdom', 'Lønsart for Sjukt barn', 'Lønsart for Avspasering', 'Lønsart for Permisjon', 'Lønsart for Anna fråvær']],
    ['en', 'Wage type per absence kind', ['Wage type for Holiday', 'Wage type for Sick leave', 'Wage type for Sick child', 'Wage type for Time off in lieu', 'Wage type for Leave', 'Wage type for Other absence']],
  ] as const)('%s: one optional field per kind, the stored one filled in', (lang, legend, labels) => {
    form(lang);
    const group = screen.getByRole('group', { name: legend });
    expect(within(group).getAllByRole('textbox').map((i) => i.getAttribute('aria-required'))).toEqual([null, null, null, null, null, null]);
    expect(labels.map((l) => (within(group).getByLabelText(l) as HTMLInputElement).value)).toEqual(['', '3000', '', '', '', '']);
  });

  it('checks them as the other wage types, keeps them by kind, leaves empty ones out', () => {
    expect(settingsOf({ ...formOf(STORED), wageTypes: { ...formOf(STORED).wageTypes, ferie: '30 00' } }, STORED)).toEqual({ ok: false, errors: { 'wageType.ferie': 'pay.err.wageType' } });
    expect(settingsOf({ ...formOf(STORED), wageTypes: { ...formOf(STORED).wageTypes, 'sykt-barn': 'x'.repeat(21) } }, STORED)).toEqual({ ok: false, errors: { 'wageType.sykt-barn': 'pay.err.wageType' } });
    const r = settingsOf({ ...formOf(STORED), wageTypes: { normal: '100', sykdom: ' 3000 ', ferie: '3100', annet: '' } }, STORED);
    expect(r.ok && r.settings.wageTypes).toEqual({ normal: '100', ferie: '3100', sykdom: '3000' });
    // Saving the form unchanged keeps a stored absence wage type (it was dropped before).
    const same = settingsOf(formOf(STORED), STORED);
    expect(same.ok && same.settings.wageTypes).toEqual({ normal: '100', sykdom: '3000' });
  });

  it('shows the message next to the field, then saves the kind through window.api', async () => {
    const save = form('nb');
    const user = userEvent.setup();
    const holiday = screen.getByLabelText('Lønnsart for Ferie');
    await user.type(holiday, '31 00');
    await user.click(screen.getByRole('button', { name: 'Lagre lønnsinnstillingene' }));
    expect(holiday.getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
    await user.clear(holiday);
    await user.type(holiday, '3100');
    await user.type(screen.getByLabelText('Lønnsart for Permisjon'), '3500');
    await user.click(screen.getByRole('button', { name: 'Lagre lønnsinnstillingene' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0].settings.wageTypes).toEqual({ normal: '100', ferie: '3100', sykdom: '3000', permisjon: '3500' });
  });
});
