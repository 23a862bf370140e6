// @vitest-environment jsdom
/** The "Change the data folder" control on the Settings page: typed or picked folder, confirm step, refusal and result. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/shared/ipc/dto';
import type { DataFolderMoved } from '../../src/shared/ipc/data-folder-contract';
import { I18nProvider } from '../../src/ui/i18n';
import { SettingsPage } from '../../src/ui/pages/SettingsPage';
import type { Lang } from '../../src/core/model';

const SETTINGS: Settings = { lang: 'en', warningLeadMinutes: 15, idleMinutes: 5, autostart: false, dataFolder: '/home/kari/.local/share/fyrabend', firstRunDone: true };
const MOVED: DataFolderMoved = {
  folder: '/home/kari/Sync/Fyrabend',
  database: '/home/kari/Sync/Fyrabend/fyrabend.db',
  previousDatabase: '/home/kari/.local/share/fyrabend/fyrabend.db',
  previousFolder: '/home/kari/.local/share/fyrabend',
  backupsCopied: 3,
  backupsFailed: 0,
  pointerFile: '/home/kari/.local/share/fyrabend/location.json',
};

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function setup(api: Record<string, unknown>, lang: Lang = 'en') {
  (globalThis as { api?: unknown }).api = { backupList: async () => ({ ok: true, value: [] }), ...api };
  render(
    <I18nProvider lang={lang}>
      <SettingsPage settings={{ ...SETTINGS, lang }} zone="Europe/Oslo" onChanged={() => undefined} />
    </I18nProvider>,
  );
  return userEvent.setup();
}

describe('Settings: change the data folder', () => {
  it('picks a folder, explains what happens, moves after confirming, and says where the old file is', async () => {
    const pickFolder = vi.fn(async () => ({ ok: true, value: '/home/kari/Sync/Fyrabend' }));
    const dataFolderMove = vi.fn(async () => ({ ok: true, value: MOVED }));
    const user = setup({ pickFolder, dataFolderMove });
    expect(screen.getByText('/home/kari/.local/share/fyrabend')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change the data folder …' }));
    const field = screen.getByLabelText('New data folder');
    expect(document.activeElement).toBe(field);
    await user.click(screen.getByRole('button', { name: 'Choose …' }));
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('/home/kari/Sync/Fyrabend'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const confirm = screen.getByRole('region', { name: 'Move your data to /home/kari/Sync/Fyrabend?' });
    expect(confirm.textContent).toContain('copies the database and its backups');
    expect(confirm.textContent).toContain('Fyrabend restarts');
    expect(confirm.textContent).toContain('The old file (fyrabend.db) stays in /home/kari/.local/share/fyrabend. Nothing is deleted');
    expect(dataFolderMove).not.toHaveBeenCalled(); // nothing happens before the confirm
    await user.click(screen.getByRole('button', { name: 'Move and restart' }));
    expect(dataFolderMove).toHaveBeenCalledWith({ folder: '/home/kari/Sync/Fyrabend' });
    const done = await screen.findByRole('status');
    await waitFor(() => expect(done.textContent).toBe(
      'Your data was moved to /home/kari/Sync/Fyrabend/fyrabend.db. Fyrabend restarts now. The old file is kept at /home/kari/.local/share/fyrabend/fyrabend.db; delete it yourself once you have checked that everything is there.',
    ));
    expect(screen.queryByRole('button', { name: 'Move and restart' })).toBeNull();
  });

  it('a cancelled picker keeps what was typed; an empty folder is refused next to the field', async () => {
    const pickFolder = vi.fn(async () => ({ ok: true, value: null }));
    const dataFolderMove = vi.fn();
    const user = setup({ pickFolder, dataFolderMove });
    await user.click(screen.getByRole('button', { name: 'Change the data folder …' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Write the full path of a folder, or use “Choose …”.')).toBeTruthy();
    expect(screen.getByLabelText('New data folder').getAttribute('aria-invalid')).toBe('true');
    await user.type(screen.getByLabelText('New data folder'), '/mnt/usb');
    await user.click(screen.getByRole('button', { name: 'Choose …' }));
    expect(pickFolder).toHaveBeenCalled();
    expect((screen.getByLabelText('New data folder') as HTMLInputElement).value).toBe('/mnt/usb');
    expect(dataFolderMove).not.toHaveBeenCalled();
  });

  it('shows the refusal from the main process and lets the user choose again', async () => {
    const message = '/home/kari/Sync already has a Fyrabend database (fyrabend.db). Fyrabend never overwrites a database, so nothing was moved.';
    const dataFolderMove = vi.fn(async () => ({ ok: false, error: { code: 'data-folder.has-database', message } }));
    const user = setup({ pickFolder: vi.fn(), dataFolderMove });
    await user.click(screen.getByRole('button', { name: 'Change the data folder …' }));
    await user.type(screen.getByLabelText('New data folder'), '/home/kari/Sync');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Move and restart' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect((screen.getByLabelText('New data folder') as HTMLInputElement).value).toBe('/home/kari/Sync');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Change the data folder …' })).toBeTruthy();
  });

  it.each([
    ['nb', 'Endre datamappe …', 'Velg …', 'Fortsett', 'Flytte dataene til /x?', 'Flytt og start på nytt'],
    ['nn', 'Endre datamappe …', 'Vel …', 'Hald fram', 'Flytte dataa til /x?', 'Flytt og start på nytt'],
  ] as const)('speaks %s', async (lang, change, choose, next, title, move) => {
    const user = setup({ pickFolder: vi.fn(), dataFolderMove: vi.fn() }, lang);
    await user.click(screen.getByRole('button', { name: change }));
    expect(screen.getByRole('button', { name: choose })).toBeTruthy();
    await user.type(screen.getByLabelText('Ny datamappe'), '/x');
    await user.click(screen.getByRole('button', { name: next }));
    expect(screen.getByRole('region', { name: title })).toBeTruthy();
    expect(screen.getByRole('button', { name: move })).toBeTruthy();
  });
});
