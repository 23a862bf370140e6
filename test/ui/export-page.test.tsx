// @vitest-environment jsdom
/**
 * The Export page (issue 16): a file to check marks nothing; "Send to payroll" first shows what will
 * be marked (a dry run), sends only on confirm, and the month's status follows; "Export the whole
 * month again" appears once the month is sent; "Show in folder" names the file written. The
 * window.api is a fake that answers like the main process.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PAY_SETTINGS } from '../../src/core/pay';
import type { ExportDone, MonthStatus } from '../../src/shared/ipc/export-contract';
import { I18nProvider } from '../../src/ui/i18n';
import { ExportPage } from '../../src/ui/pages/Export';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const NOW = Date.parse('2026-04-02T08:00:00Z');
const ok = <T,>(value: T) => ({ ok: true as const, value });

function fakeApi() {
  let sent: number | null = null;
  const calls: { mode?: string; dryRun?: boolean; format: string }[] = [];
  const done = (over: Partial<ExportDone>): ExportDone => ({ path: '/exports/fyrabend-1042-2026-03.csv', name: 'fyrabend-1042-2026-03.csv', format: 'csv', mode: 'preview', dryRun: false, cancelled: false, locked: [], corrected: [], corrections: 0, repeats: null, message: 'A preview of the timesheet for 2026-03 is saved in /exports/fyrabend-1042-2026-03.csv. Nothing is marked as sent to payroll.', ...over });
  const api = {
    paySettingsGet: vi.fn(async () => ok({ settings: { ...DEFAULT_PAY_SETTINGS, employeeNumber: '1042' }, stored: true })),
    exportStatus: vi.fn(async () => ok({ months: [{ month: '2026-03', status: sent === null ? 'not-sent' : 'sent', workedMs: 15 * 3_600_000, firstAt: sent, lastAt: sent } satisfies MonthStatus] })),
    exportShowInFolder: vi.fn(async () => ok(null)),
    exportTimesheet: vi.fn(async (input: { mode?: string; dryRun?: boolean; format: string }) => {
      calls.push(input);
      if (input.mode === 'submit' && input.dryRun) return ok(done({ path: '', mode: 'submit', dryRun: true, locked: ['2026-03'], message: 'Dry run' }));
      if (input.mode === 'submit') {
        sent = NOW;
        return ok(done({ mode: 'submit', locked: ['2026-03'], message: 'The timesheet for 2026-03 is saved in /exports/fyrabend-1042-2026-03.csv and sent to payroll.\nMarked as sent to payroll: 2026-03.' }));
      }
      if (input.mode === 'again') return ok(done({ mode: 'again', repeats: sent, message: 'It repeats what was sent.' }));
      return ok(done({}));
    }),
  };
  (globalThis as { api?: unknown }).api = api;
  return { api, calls };
}

describe('Export page', () => {
  it('a file to check marks nothing; sending asks first, then marks the month; export again appears', async () => {
    const { api, calls } = fakeApi();
    render(
      <I18nProvider lang="en">
        <ExportPage zone="Europe/Oslo" now={NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const status = await screen.findByRole('table', { name: 'What has been sent to payroll in 2026' });
    expect(within(status).getByText('Not sent')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export the whole month again' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save a file to check' }));
    await screen.findByText(/Nothing is marked as sent to payroll/);
    expect(calls.at(-1)).toMatchObject({ mode: 'preview' });
    await user.click(screen.getByRole('button', { name: 'Show in folder' }));
    expect(api.exportShowInFolder).toHaveBeenCalledWith({ path: '/exports/fyrabend-1042-2026-03.csv' });

    await user.click(screen.getByRole('button', { name: 'Send to payroll …' }));
    const confirm = await screen.findByRole('region', { name: 'Send March 2026 to payroll' });
    expect(within(confirm).getByText('This will be marked as sent to payroll: March 2026.')).toBeTruthy();
    expect(calls.at(-1)).toMatchObject({ mode: 'submit', dryRun: true });
    await user.click(within(confirm).getByRole('button', { name: 'Send to payroll' }));
    await screen.findByText('Marked as sent to payroll: 2026-03.');
    expect(calls.at(-1)).toEqual({ period: '2026-03', format: 'csv', mode: 'submit' });
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'What has been sent to payroll in 2026' })).getByText(/^Sent on 2026-04-02 10:00$/)).toBeTruthy());

    await user.click(await screen.findByRole('button', { name: 'Export the whole month again' }));
    await screen.findByText('It repeats what was sent.');
    expect(calls.at(-1)).toMatchObject({ mode: 'again' });
  });

  it('cancel on the confirm step sends nothing', async () => {
    const { calls } = fakeApi();
    render(
      <I18nProvider lang="nb">
        <ExportPage zone="Europe/Oslo" now={NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send til lønn …' }));
    const confirm = await screen.findByRole('region', { name: 'Send mars 2026 til lønn' });
    await user.click(within(confirm).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('region', { name: 'Send mars 2026 til lønn' })).toBeNull();
    expect(calls.filter((c) => c.mode === 'submit' && !c.dryRun)).toEqual([]);
  });
});
