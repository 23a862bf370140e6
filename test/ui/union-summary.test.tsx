// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SUMMARY_BYTES } from '../../src/shared/formats/summary';
import { I18nProvider } from '../../src/ui/i18n';
import { MAX_FILE_BYTES, periodChoices, readChosenFiles } from '../../src/ui/lib/summary-files';
import { UnionSummaryPage } from '../../src/ui/pages/UnionSummary';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const TEXT = '{\n  "format": "fyrabend.summary/1"\n}\n';
const PREVIEW = ['This is everything the file contains.', 'Period: 2026-11', 'Groups you chose: Department: IT', 'Week 2026-W45: 38 h worked, 1 h overtime.'];

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function setup(overrides: Record<string, unknown> = {}) {
  const api = {
    summaryOptions: vi.fn(async () => ({ ok: true, value: { groupOptions: { department: ['IT', 'Sales'] } } })),
    summaryMake: vi.fn(async (input: { period: string }) => ({ ok: true, value: { period: input.period, preview: PREVIEW, text: TEXT, fileName: 'x.json' } })),
    summarySave: vi.fn(async () => ({ ok: true, value: { path: '/tmp/exports/fyrabend-summary-2026-11.json', name: 'fyrabend-summary-2026-11.json' } })),
    ...overrides,
  };
  (globalThis as { api?: unknown }).api = api;
  render(
    <I18nProvider lang="en">
      <UnionSummaryPage zone="Europe/Oslo" now={NOW} />
    </I18nProvider>,
  );
  return { api, user: userEvent.setup() };
}

describe('Union summary page', () => {
  it('shows the whole file in plain language before the Save button exists, then saves exactly that text', async () => {
    const { api, user } = setup();
    expect(screen.queryByRole('button', { name: 'Save the summary' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Period'), '2026-Q4');
    await user.selectOptions(await screen.findByLabelText('Department'), 'IT');
    await user.click(screen.getByRole('button', { name: 'Show what the file will contain' }));
    expect(api.summaryMake).toHaveBeenCalledWith({ period: '2026-Q4', groups: { department: 'IT' } });
    const list = await screen.findByRole('list', { name: 'Preview: this is the whole file' });
    for (const line of PREVIEW) expect(list.textContent).toContain(line);
    expect(api.summarySave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save the summary' }));
    expect(api.summarySave).toHaveBeenCalledWith({ text: TEXT });
    expect((await screen.findByRole('status')).textContent).toContain('/tmp/exports/fyrabend-summary-2026-11.json');
  });

  it('hides the preview (and Save) when a choice changes, so nothing unseen is saved', async () => {
    const { api, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Show what the file will contain' }));
    await screen.findByRole('button', { name: 'Save the summary' });
    await user.selectOptions(await screen.findByLabelText('Department'), 'Sales');
    expect(screen.queryByRole('button', { name: 'Save the summary' })).toBeNull();
    expect(api.summarySave).not.toHaveBeenCalled();
  });

  it('shows the refusal and offers no Save', async () => {
    const { user } = setup({ summaryMake: async () => ({ ok: false, error: { code: 'no-agreement', message: 'There is no home-office agreement for 2026-11-30.' } }) });
    await user.click(screen.getByRole('button', { name: 'Show what the file will contain' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no home-office agreement');
    expect(screen.queryByRole('button', { name: 'Save the summary' })).toBeNull();
  });

  it('says so when no group lists are configured', async () => {
    setup({ summaryOptions: async () => ({ ok: true, value: { groupOptions: {} } }) });
    await waitFor(() => expect(screen.getByText('No groups are set up. The summary gets no group.')).toBeTruthy());
    expect(screen.queryByLabelText('Department')).toBeNull();
  });

  it.each([
    ['2026-11-24', '2026-11', '2025-12', '2026-Q4', '2026-Q1'],
    ['2026-01-05', '2026-01', '2025-02', '2026-Q1', '2025-Q2'],
  ])('periods around %s: months %s…%s, quarters %s…%s', (today, m0, m11, q0, q3) => {
    const c = periodChoices(today);
    expect([c.months[0], c.months[11], c.quarters[0], c.quarters[3]]).toEqual([m0, m11, q0, q3]);
  });

  it('reads files no larger than the reader limit and never reads a larger one', async () => {
    expect(MAX_FILE_BYTES).toBe(MAX_SUMMARY_BYTES);
    const text = vi.fn(async () => 'x');
    const huge = vi.fn(async () => 'never');
    const r = await readChosenFiles([{ name: 'a.json', size: 1, text }, { name: 'b.json', size: MAX_FILE_BYTES + 1, text: huge }]);
    expect(r).toEqual([{ name: 'a.json', size: 1, text: 'x' }, { name: 'b.json', size: MAX_FILE_BYTES + 1 }]);
    expect(huge).not.toHaveBeenCalled();
    expect(text).toHaveBeenCalledWith(MAX_FILE_BYTES + 1); // at most the limit and one byte is read
  });

  it('a file that says size 0 but gives more (a device) is cut off, and a read that hangs is abandoned', async () => {
    const flood = vi.fn(async (max: number) => 'x'.repeat(max));
    const hangs = vi.fn(() => new Promise<string>(() => undefined));
    const r = await readChosenFiles([{ name: 'zero', size: 0, text: flood }, { name: 'fifo', size: 0, text: hangs }], 1000, 20);
    expect(r).toEqual([{ name: 'zero', size: 1001 }, { name: 'fifo', size: 0 }]);
  });

  it('an invitation fixes the period and the lists to pick from, and is sent with the summary', async () => {
    const { api, user } = setup();
    const invite = JSON.stringify({ format: 'fyrabend.invite/1', id: '12345678-1234-4234-8234-123456789abc', period: '2026-Q3', k: 6, groups: { department: ['Legal', 'HR'] }, contact: 'Kari, kari@example.org' });
    await user.upload(screen.getByLabelText('Invitation from your representative (optional)'), new File([invite], 'invite.json', { type: 'application/json' }));
    expect(await screen.findByText('Invitation for Q3 2026. Hand in to: Kari, kari@example.org')).toBeTruthy();
    expect((screen.getByLabelText('Period') as HTMLSelectElement).value).toBe('2026-Q3');
    const dept = screen.getByLabelText('Department') as HTMLSelectElement;
    expect([...dept.options].map((o) => o.value)).toEqual(['', 'Legal', 'HR']);
    await user.selectOptions(dept, 'HR');
    await user.click(screen.getByRole('button', { name: 'Show what the file will contain' }));
    await waitFor(() => expect(api.summaryMake).toHaveBeenCalledWith({ period: '2026-Q3', groups: { department: 'HR' }, invite }));
    await user.click(screen.getByRole('button', { name: 'Close the invitation' }));
    expect([...(screen.getByLabelText('Department') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', 'IT', 'Sales']);
  });

  it('a file that is not an invitation is refused next to the field', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText('Invitation from your representative (optional)'), new File(['{"format": "fyrabend.summary/2"}'], 'wrong.json', { type: 'application/json' }));
    expect(await screen.findByText(/^wrong\.json is not an invitation that can be used: \$\.format is "fyrabend\.summary\/2"; expected "fyrabend\.invite\/1"/)).toBeTruthy();
  });
});
