/**
 * The pay settings form rendered on its own, with window.api's paySettingsSave recorded (it answers as
 * the main process does: saved, stored). For the form's component tests; they clean up after each test.
 */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Lang } from '../../src/core/model';
import type { PaySettings } from '../../src/core/pay';
import { PaySettingsForm } from '../../src/ui/components/PaySettingsForm';
import { I18nProvider } from '../../src/ui/i18n';

export function renderPaySettingsForm(lang: Lang, stored: PaySettings) {
  const paySettingsSave = vi.fn(async (input: { settings: PaySettings }) => ({ ok: true, value: { settings: input.settings, stored: true } }));
  (globalThis as { api?: unknown }).api = { paySettingsSave };
  render(
    <I18nProvider lang={lang}>
      <PaySettingsForm stored={stored} isStored onSaved={() => undefined} />
    </I18nProvider>,
  );
  return paySettingsSave;
}
