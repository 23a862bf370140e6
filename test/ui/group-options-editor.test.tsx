// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GroupOptions } from '../../src/core/anonymise/model';
import { I18nProvider } from '../../src/ui/i18n';
import { checkForm, formOf } from '../../src/ui/lib/group-options-form';
import { UnionSummaryPage } from '../../src/ui/pages/UnionSummary';

const NOW = Date.parse('2026-11-24T09:00:00Z');

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

/** A fake window.api whose group lists live in memory, so a save is seen by the next summaryOptions. */
function setup(initial: GroupOptions = { department: ['IT', 'Sales'] }, overrides: Record<string, unknown> = {}, lang: 'en' | 'nb' = 'en') {
  let stored: GroupOptions = initial;
  const api = {
    summaryOptions: vi.fn(async () => ({ ok: true, value: { groupOptions: stored } })),
    summaryOptionsSave: vi.fn(async (input: { groupOptions: GroupOptions }) => {
      stored = input.groupOptions;
      return { ok: true, value: { groupOptions: stored } };
    }),
    summaryMake: vi.fn(async (input: { period: string }) => ({ ok: true, value: { period: input.period, preview: ['Period: 2026-11'], text: '{}', fileName: 'x.json' } })),
    summarySave: vi.fn(),
    ...overrides,
  };
  (globalThis as { api?: unknown }).api = api;
  render(
    <I18nProvider lang={lang}>
      <UnionSummaryPage zone="Europe/Oslo" now={NOW} />
    </I18nProvider>,
  );
  return { api, user: userEvent.setup() };
}

async function openEditor(user: ReturnType<typeof userEvent.setup>) {
  const toggle = await screen.findByRole('button', { name: 'Edit the group lists' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await user.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  return screen.getByRole('form', { name: 'Group lists' });
}

describe('group list editor on the Union summary page', () => {
  it('explains in one line why labels come from a fixed list, in every language', async () => {
    setup();
    await screen.findByRole('heading', { level: 2, name: 'Group lists' });
    expect(screen.getByText(/never typed freely into a summary, because free text could single someone out/)).toBeTruthy();
    cleanup();
    setup(undefined, {}, 'nb');
    await screen.findByRole('heading', { level: 2, name: 'Gruppelister' });
    expect(screen.getByText(/fritekst kan peke ut enkeltpersoner/)).toBeTruthy();
  });

  it('adds, renames and removes labels by keyboard alone; focus follows; saves the exact lists', async () => {
    const { api, user } = setup();
    const form = await openEditor(user);
    const department = within(form).getByRole('group', { name: 'Department' });
    expect((within(department).getByLabelText('Department, label 1') as HTMLInputElement).value).toBe('IT');
    expect(within(form).getByRole('group', { name: 'Workplace' }).textContent).toContain('None in the list.');

    within(department).getByRole('button', { name: 'Add to Department' }).focus();
    await user.keyboard('{Enter}');
    const added = within(department).getByLabelText('Department, label 3');
    expect(document.activeElement).toBe(added);
    await user.keyboard('Support');

    const sales = within(department).getByLabelText('Department, label 2');
    await user.clear(sales);
    await user.type(sales, 'Sales and marketing');

    within(department).getByRole('button', { name: 'Remove “IT” from Department' }).focus();
    await user.keyboard(' ');
    expect(within(department).queryByDisplayValue('IT')).toBeNull();
    expect(document.activeElement).toBe(within(department).getByLabelText('Department, label 1'));
    expect((document.activeElement as HTMLInputElement).value).toBe('Sales and marketing');

    await user.keyboard('{Enter}');
    expect(api.summaryOptionsSave).toHaveBeenCalledWith({ groupOptions: { department: ['Sales and marketing', 'Support'] } });
    expect((await within(form).findByRole('status')).textContent).toBe('The group lists are saved.');
    const select = await screen.findByLabelText('Department', { selector: 'select' });
    await waitFor(() => expect(within(select).queryByRole('option', { name: 'Support' })).not.toBeNull());
    expect(within(select).queryByRole('option', { name: 'IT' })).toBeNull();
  });

  it('starts a list for a dimension that had none; the new dimension can be chosen at once', async () => {
    const { api, user } = setup({});
    await screen.findByText('No groups are set up. The summary gets no group.');
    const form = await openEditor(user);
    await user.click(within(form).getByRole('button', { name: 'Add to Workplace' }));
    await user.keyboard('  Oslo   sentrum ');
    await user.click(within(form).getByRole('button', { name: 'Save the group lists' }));
    expect(api.summaryOptionsSave).toHaveBeenCalledWith({ groupOptions: { workplace: ['Oslo sentrum'] } });
    await user.selectOptions(await screen.findByLabelText('Workplace', { selector: 'select' }), 'Oslo sentrum');
  });

  it.each([
    ['an empty row', '', 'Type a label, or remove the row.'],
    ['an e-mail address', 'kari@firma.no', /use only letters, digits, spaces/],
    ['a label starting with a dash', '-IT', /Start with a letter or digit/],
    ['a repeat with other capitals', 'it', 'Already in the list as “IT”. Remove the row.'],
    ['a label over 60 characters', 'x'.repeat(61), 'Too long: at most 60 characters.'],
  ])('refuses %s next to the field and sends nothing', async (_what, text, message) => {
    const { api, user } = setup();
    const form = await openEditor(user);
    await user.click(within(form).getByRole('button', { name: 'Add to Department' }));
    if (text) await user.keyboard(text);
    await user.click(within(form).getByRole('button', { name: 'Save the group lists' }));
    const input = within(form).getByLabelText('Department, label 3');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(described).toMatch(message);
    expect(within(form).getAllByRole('alert').map((a) => a.textContent)).toContain('Some labels need fixing before the lists can be saved. See the messages at the fields.');
    expect(api.summaryOptionsSave).not.toHaveBeenCalled();
    expect(within(form).getByLabelText('Department, label 1').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the refusal of the main process and keeps the draft', async () => {
    const message = 'Invalid value in the field “groupOptions.department.0”: A label can be at most 60 characters. Correct the field and try again.';
    const { user } = setup(undefined, { summaryOptionsSave: async () => ({ ok: false, error: { code: 'invalid-input', message } }) });
    const form = await openEditor(user);
    await user.click(within(form).getByRole('button', { name: 'Add to Job category' }));
    await user.keyboard('Nurse');
    await user.click(within(form).getByRole('button', { name: 'Save the group lists' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(message);
    expect((within(form).getByLabelText('Job category, label 1') as HTMLInputElement).value).toBe('Nurse');
  });

  it('drops a chosen label that was removed from its list, and hides the preview made with it', async () => {
    const { api, user } = setup();
    await user.selectOptions(await screen.findByLabelText('Department', { selector: 'select' }), 'IT');
    await user.click(screen.getByRole('button', { name: 'Show what the file will contain' }));
    await screen.findByRole('button', { name: 'Save the summary' });
    const form = await openEditor(user);
    await user.click(within(form).getByRole('button', { name: 'Remove “IT” from Department' }));
    await user.click(within(form).getByRole('button', { name: 'Save the group lists' }));
    await within(form).findByRole('status');
    expect(screen.queryByRole('button', { name: 'Save the summary' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show what the file will contain' }));
    expect(api.summaryMake).toHaveBeenLastCalledWith({ period: '2026-11', groups: {} });
  });

  it('Cancel throws the draft away and gives focus back to the toggle; closing keeps it', async () => {
    const { api, user } = setup();
    let form = await openEditor(user);
    await user.type(within(form).getByLabelText('Department, label 1'), ' Oslo');
    const toggle = screen.getByRole('button', { name: 'Edit the group lists' });
    await user.click(toggle);
    expect(screen.queryByRole('form', { name: 'Group lists' })).toBeNull();
    await user.click(toggle);
    form = screen.getByRole('form', { name: 'Group lists' });
    expect((within(form).getByLabelText('Department, label 1') as HTMLInputElement).value).toBe('IT Oslo');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(toggle);
    await user.click(toggle);
    expect((screen.getByLabelText('Department, label 1') as HTMLInputElement).value).toBe('IT');
    expect(api.summaryOptionsSave).not.toHaveBeenCalled();
  });

  it('offers no Add when a list holds 50 labels, and says why', async () => {
    const { user } = setup({ department: Array.from({ length: 50 }, (_, i) => `Dept ${i + 1}`) });
    const form = await openEditor(user);
    const add = within(form).getByRole('button', { name: 'Add to Department' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    expect(document.getElementById(add.getAttribute('aria-describedby') ?? '')?.textContent).toBe('The list is full (50 labels).');
    expect((within(form).getByRole('button', { name: 'Add to Workplace' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('group list form model', () => {
  it.each([
    ['trims and keeps order', { department: [' IT ', 'Sales'] }, { department: ['IT', 'Sales'] }],
    ['leaves empty dimensions out', { workplace: [], jobCategory: ['Lege'] }, { jobCategory: ['Lege'] }],
  ])('%s', (_what, options, want) => {
    expect(checkForm(formOf(options))).toEqual({ ok: true, options: want });
  });

  it('flags every wrong row, not only the first', () => {
    const r = checkForm(formOf({ department: ['', 'IT', 'it', 'a!'] }));
    expect(r.ok ? [] : [...r.errors.values()]).toEqual([{ kind: 'empty' }, { kind: 'repeat', of: 'IT' }, { kind: 'characters' }]);
  });
});
