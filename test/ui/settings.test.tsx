// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/shared/ipc/dto';
import { I18nProvider } from '../../src/ui/i18n';
import { SettingsPage, settingsPatch } from '../../src/ui/pages/SettingsPage';

const SETTINGS: Settings = { lang: 'en', warningLeadMinutes: 15, idleMinutes: 5, autostart: false, dataFolder: '/home/kari/.config/fyrabend', firstRunDone: true };

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

describe('Settings', () => {
  it.each([
    ['15', '5', true],
    ['0', '1', true],
    ['121', '5', false],
    ['15', '0', false],
    ['1.5', '5', false],
    ['', '5', false],
  ])('lead %j, idle %j valid: %s', (lead, idle, valid) => {
    expect(settingsPatch(lead, idle).ok).toBe(valid);
  });

  it('validates next to the field and saves through window.api', async () => {
    const settingsSet = vi.fn(async (patch: Partial<Settings>) => ({ ok: true, value: { ...SETTINGS, ...patch } }));
    (globalThis as { api?: unknown }).api = { settingsSet, backupList: async () => ({ ok: true, value: [] }) };
    const onChanged = vi.fn();
    render(
      <I18nProvider lang="en">
        <SettingsPage settings={SETTINGS} zone="Europe/Oslo" onChanged={onChanged} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const lead = screen.getByLabelText('Warn before a limit (minutes)');
    await user.clear(lead);
    await user.type(lead, '500');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(screen.getByText('Enter a whole number from 0 to 120.')).toBeTruthy();
    expect(settingsSet).not.toHaveBeenCalled();
    await user.clear(lead);
    await user.type(lead, '20');
    await user.click(screen.getByLabelText('Start Fyrabend when I log in'));
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    await waitFor(() => expect(settingsSet).toHaveBeenCalledWith({ warningLeadMinutes: 20, idleMinutes: 5, autostart: true }));
    expect(onChanged).toHaveBeenCalled();
    await user.selectOptions(screen.getByLabelText('Language'), 'nn');
    await waitFor(() => expect(settingsSet).toHaveBeenCalledWith({ lang: 'nn' }));
  });

  it('shows the message when the bridge is missing instead of failing silently', async () => {
    render(
      <I18nProvider lang="en">
        <SettingsPage settings={SETTINGS} zone="Europe/Oslo" onChanged={() => undefined} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not connected to Fyrabend/);
  });
});
