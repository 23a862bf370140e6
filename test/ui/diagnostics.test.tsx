// @vitest-environment jsdom
/** Settings → "Log and diagnostics": the two buttons call the host and say what happened; the copied text is shown. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/core/model';
import { I18nProvider } from '../../src/ui/i18n';
import { Diagnostics } from '../../src/ui/components/Diagnostics';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function setup(api: Record<string, unknown>, lang: Lang) {
  (globalThis as { api?: unknown }).api = api;
  render(
    <I18nProvider lang={lang}>
      <Diagnostics />
    </I18nProvider>,
  );
  return userEvent.setup();
}

describe('Settings: log and diagnostics', () => {
  it.each([
    ['nb', 'Vis loggen', 'Loggen er åpnet i et eget vindu.', 'Kopier diagnose', 'Diagnosen er kopiert. Lim den inn der du ber om hjelp.'],
    ['nn', 'Vis loggen', 'Loggen er opna i eit eige vindauge.', 'Kopier diagnosen', 'Diagnosen er kopiert. Lim han inn der du spør om hjelp.'],
    ['en', 'Show the log', 'The log is open in a window of its own.', 'Copy diagnostics', 'The diagnostics are copied. Paste them where you ask for help.'],
  ] as const)('%s: shows the log and copies the diagnostics', async (lang, show, shown, copy, copied) => {
    const logShow = vi.fn(async () => ({ ok: true, value: null }));
    const diagnosticsCopy = vi.fn(async () => ({ ok: true, value: { text: 'Fyrabend 0.1.0\nIdle time source: mutter\n' } }));
    const user = setup({ logShow, diagnosticsCopy }, lang);
    await user.click(screen.getByRole('button', { name: show }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', shown);
    await user.click(screen.getByRole('button', { name: copy }));
    expect(await screen.findByText(copied)).toBeTruthy();
    expect(screen.getByText(/Idle time source: mutter/).textContent).toBe('Fyrabend 0.1.0\nIdle time source: mutter\n');
    expect([logShow.mock.calls.length, diagnosticsCopy.mock.calls.length]).toEqual([1, 1]);
  });

  it('a log that cannot be opened is said as an alert, with where the file is', async () => {
    const message = 'The log could not be opened (no program for .log files). You find it in /home/kari/.local/share/fyrabend/logs/fyrabend.log.';
    const user = setup({ logShow: async () => ({ ok: false, error: { code: 'log.open-failed', message } }), diagnosticsCopy: vi.fn() }, 'en');
    await user.click(screen.getByRole('button', { name: 'Show the log' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });
});
