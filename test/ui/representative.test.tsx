// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importTexts } from '../../src/app/api/summary-handlers';
import { buildRepReport, reportView, RULE_NAMES } from '../../src/app/summary/index';
import { repProblemText } from '../../src/app/api/summary-handlers';
import type { RepAggregateView, SummaryFileInput } from '../../src/shared/ipc/summary-contract';
import { I18nProvider } from '../../src/ui/i18n';
import { MAX_FILE_BYTES } from '../../src/ui/lib/summary-files';
import { RepresentativePage } from '../../src/ui/pages/Representative';
import { MALFORMED, SEVEN } from '../e2e/summary-files';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

/** The real import and aggregate, as the handler does it. */
function aggregate(files: readonly SummaryFileInput[], k: number, senders: number): { ok: true; value: RepAggregateView } {
  const imported = importTexts(files, 'en');
  const built = buildRepReport(imported, { k, senders });
  const report = built.ok ? built.value : null;
  const ruleNames = Object.fromEntries((report?.rules ?? []).map((r) => [r, RULE_NAMES[r].en]));
  const problem = built.ok || built.error.code === 'no-summaries' ? null : repProblemText(built.error, 'en');
  return { ok: true, value: { report, rejected: imported.rejected, duplicates: imported.duplicates, otherPeriod: [], otherInvite: [], notes: imported.notes, view: report ? reportView(report, 'en') : null, problem, ruleNames } };
}

function setup() {
  const api = {
    repAggregate: vi.fn(async (input: { files: SummaryFileInput[]; k: number; senders: number }) => aggregate(input.files, input.k, input.senders)),
    repInvite: vi.fn(async (input: { period: string }) => ({ ok: true, value: { path: `/tmp/exports/invite-${input.period}.json`, name: `invite-${input.period}.json` } })),
    repExport: vi.fn(async (input: { format: string }) => ({ ok: true, value: { path: `/tmp/exports/report-2026-11.${input.format}`, name: `report-2026-11.${input.format}` } })),
  };
  (globalThis as { api?: unknown }).api = api;
  render(
    <I18nProvider lang="en">
      <RepresentativePage />
    </I18nProvider>,
  );
  const user = userEvent.setup();
  /** Says how many people handed in files, as the page asks first. */
  const senders = async (n: number) => user.type(screen.getByLabelText('Number of people who handed in files'), String(n));
  return { api, user, senders };
}

const files = (list: readonly { name: string; text: string }[]) => list.map((f) => new File([f.text], f.name, { type: 'application/json' }));

describe('Representative page', () => {
  it('aggregates the chosen files: small groups as "suppressed" text (never 0), bad and oversized files listed with the reason', async () => {
    const { api, user, senders } = setup();
    await senders(8);
    const huge = new File(['x'.repeat(MAX_FILE_BYTES + 10)], 'huge.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Summary files (.json)'), [...files([...SEVEN, MALFORMED, SEVEN[0]!].map((f, i) => (i === 8 ? { ...f, name: 'copy.json' } : f))), huge]);
    await waitFor(() => expect(api.repAggregate).toHaveBeenCalled());
    const sent = api.repAggregate.mock.calls[0]![0];
    expect(sent.k).toBe(6);
    expect(sent.files.find((f) => f.name === 'huge.json')).toEqual({ name: 'huge.json', size: MAX_FILE_BYTES + 10 });

    const skipped = within((await screen.findByRole('heading', { name: 'Files not included' })).parentElement!);
    expect(skipped.getByText(/broken\.json: \$ is not complete JSON/)).toBeTruthy();
    expect(skipped.getByText(/larger than the 256 kB/)).toBeTruthy();
    expect(skipped.getByText(/the same person and week as summary-1\.json; counted once/)).toBeTruthy();

    const groups = screen.getByRole('region', { name: 'Department' });
    const rows = within(groups).getAllByRole('row');
    const sales = rows.find((r) => r.textContent?.startsWith('Sales'))!;
    expect(within(sales).getAllByText('suppressed (fewer than 6)').length).toBeGreaterThan(5);
    expect(within(sales).queryByText('0')).toBeNull();
    const overall = within(screen.getByRole('region', { name: 'All' })).getAllByRole('row')[1]!;
    expect(overall.textContent).toMatch(/^All7/);
    expect(screen.getByRole('img', { name: 'Overtime per week (h): All' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'By rule: Department' }).textContent).toContain('Over 10 h overtime in a week');
    expect(screen.getByText(/^10 files read, 7 people \(different ids\) included, handed in by 8 people/)).toBeTruthy();
  });

  it('lists a file made by an older Fyrabend with a retired rule under "Included, but not all of the file"', async () => {
    const { user, senders } = setup();
    await senders(7);
    const old = { ...SEVEN[0]!, name: 'old.json', text: SEVEN[0]!.text.replace('"findings": {}', '"findings": { "aml.10-5.week-cap": { "violation": 1 } }') };
    expect(old.text).toContain('aml.10-5.week-cap');
    await user.upload(screen.getByLabelText('Summary files (.json)'), files([old, ...SEVEN.slice(1)]));
    const notes = within((await screen.findByRole('heading', { name: 'Included, but not all of the file' })).parentElement!);
    expect(notes.getByText(/^old\.json was made by an older Fyrabend .*aml\.10-5\.week-cap.*left out of the report/)).toBeTruthy();
    expect(screen.getByText('All files were included.')).toBeTruthy();
  });

  it('refuses k below 5 next to the field, and exports into the export folder', async () => {
    const { api, user, senders } = setup();
    await senders(7);
    await user.upload(screen.getByLabelText('Summary files (.json)'), files(SEVEN));
    await screen.findByRole('heading', { name: 'Files not included' });
    expect(screen.getByText('All files were included.')).toBeTruthy();
    const k = screen.getByLabelText('Smallest group size k');
    await user.clear(k);
    await user.type(k, '4');
    await user.click(screen.getByRole('button', { name: 'Make the report' }));
    expect(screen.getByText(/Enter a whole number of at least 5\./)).toBeTruthy();
    expect(api.repAggregate).toHaveBeenCalledTimes(1);
    await user.clear(k);
    await user.type(k, '5');
    await user.click(screen.getByRole('button', { name: 'Make the report' }));
    expect(api.repAggregate).toHaveBeenLastCalledWith(expect.objectContaining({ k: 5, p: 85 }));
    const p = screen.getByLabelText('Dominance limit p (%)');
    await user.clear(p);
    await user.type(p, '90');
    await user.click(screen.getByRole('button', { name: 'Make the report' }));
    expect(screen.getByText(/Enter a number from 50 to 85\./)).toBeTruthy();
    expect(api.repAggregate).toHaveBeenCalledTimes(2);
    await user.clear(p);
    await user.type(p, '70');
    await user.click(screen.getByRole('button', { name: 'Make the report' }));
    expect(api.repAggregate).toHaveBeenLastCalledWith(expect.objectContaining({ k: 5, p: 70 }));
    await user.click(await screen.findByRole('button', { name: 'Save report.csv' }));
    expect(api.repExport).toHaveBeenCalledWith(expect.objectContaining({ k: 5, format: 'csv' }));
    expect((await screen.findByText(/Saved in the export folder: \/tmp\/exports\/report-2026-11\.csv/)).getAttribute('role')).toBe('status');
  });

  it('lists the bad files even when none can be read', async () => {
    const { user, senders } = setup();
    await senders(1);
    await user.upload(screen.getByLabelText('Summary files (.json)'), files([MALFORMED]));
    expect(await screen.findByText(/broken\.json: \$ is not complete JSON/)).toBeTruthy();
    expect(screen.getByText('None of the files could be read, so there is no report.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save report.html' })).toBeNull();
  });

  it('asks for the number of senders first, and makes no report when the files hold more people than that', async () => {
    const { api, user, senders } = setup();
    await user.upload(screen.getByLabelText('Summary files (.json)'), files(SEVEN));
    await screen.findByText(/^7 files/);
    expect(api.repAggregate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Make the report' }));
    expect(screen.getByText(/Enter a whole number of at least 1\./)).toBeTruthy();
    await senders(6);
    await user.click(screen.getByRole('button', { name: 'Make the report' }));
    expect(api.repAggregate).toHaveBeenLastCalledWith(expect.objectContaining({ senders: 6 }));
    expect((await screen.findByText(/^The files hold 7 different people \(summary ids\), but only 6 people handed in files/)).getAttribute('role')).toBe('alert');
    expect(screen.queryByRole('button', { name: 'Save report.html' })).toBeNull();
  });

  it('makes an invitation into the export folder', async () => {
    const { api, user } = setup();
    await user.type(screen.getByLabelText('Period (2026-11 or 2026-Q4)'), '2026-13');
    await user.type(screen.getByLabelText('Contact: who the summary goes to, and how'), 'Kari, room 4');
    await user.click(screen.getByRole('button', { name: 'Make the invitation' }));
    expect(screen.getByText('Enter a month like 2026-11 or a quarter like 2026-Q4.')).toBeTruthy();
    await user.clear(screen.getByLabelText(/^Period \(2026-11/));
    await user.type(screen.getByLabelText(/^Period \(2026-11/), '2026-Q4');
    await user.click(screen.getByRole('button', { name: 'Make the invitation' }));
    expect(api.repInvite).toHaveBeenCalledWith({ period: '2026-Q4', k: 6, contact: 'Kari, room 4' });
    expect(await screen.findByText(/The invitation is saved in the export folder: \/tmp\/exports\/invite-2026-Q4\.json/)).toBeTruthy();
  });
});
