// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agreement } from '../../src/core/model';
import { AgreementForm } from '../../src/ui/components/AgreementForm';
import { AgreementPage } from '../../src/ui/pages/AgreementPage';
import { I18nProvider } from '../../src/ui/i18n';
import { DEFAULT_LIMITS } from '../../src/core/agreement/defaults';
import { proposedAgreement } from '../../src/ui/lib/default-agreement';
import { agreementToForm, periodStartSuggestion } from '../../src/ui/lib/agreement-form';
import { parseWindows } from '../../src/ui/lib/windows';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});
const BASE = proposedAgreement('2026-11-24', 'Europe/Oslo');

function setup(compact = false, base: Agreement = BASE, lang: 'nb' | 'nn' | 'en' = 'en') {
  const onSave = vi.fn(async (_a: Agreement) => ({ ok: true as const, value: null }));
  render(
    <I18nProvider lang={lang}>
      <AgreementForm base={base} onSave={onSave} compact={compact} />
    </I18nProvider>,
  );
  return { onSave, user: userEvent.setup() };
}

describe('AgreementForm', () => {
  it('proposes Monday–Friday 08:00–15:45 and 37.5 h, and saves it unchanged', async () => {
    const { onSave, user } = setup(true);
    expect((screen.getByLabelText('Monday') as HTMLInputElement).value).toBe('08:00-15:45');
    expect((screen.getByLabelText('Saturday') as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const a = onSave.mock.calls[0]![0];
    expect(a.weeklyHours).toBe(37.5);
    expect(a.windows.fri).toEqual([{ from: 480, to: 945 }]);
    expect(a.windows.sun).toEqual([]);
  });

  it.each([
    ['Monday', '08:00-25:00', 'Write periods as 08:00-15:45, several separated by commas.'],
    ['Tuesday', '16:00-08:00', 'A period must end after it starts (use 24:00 for midnight).'],
    ['Wednesday', '08:00-12:00, 11:00-15:00', 'The periods overlap. Merge them.'],
    ['Agreed working time (hours a week)', '0', 'Enter hours per week as a number from 1 to 60, for example 37.5.'],
    ['Daily rest (hours)', '7', 'Daily rest must be between 8 and 11 hours (AML § 10-8 (3)).'],
    ['Periods start at (time)', '24:00', 'Write the time as HH:MM from 00:00 to 23:59, for example 17:00.'],
    ['Periods start at (time)', 'sat 17:00', 'Write the time as HH:MM from 00:00 to 23:59, for example 17:00.'],
    ['Gap that separates two working stretches (minutes)', '14', 'Write a whole number of minutes from 15 to 720, for example 120.'],
    ['Gap that separates two working stretches (minutes)', '721', 'Write a whole number of minutes from 15 to 720, for example 120.'],
    ['Gap that separates two working stretches (minutes)', '90.5', 'Write a whole number of minutes from 15 to 720, for example 120.'],
  ])('shows the message next to %s for %j', async (label, value, message) => {
    const { onSave, user } = setup();
    const input = screen.getAllByLabelText(label)[0]!;
    await user.clear(input);
    await user.type(input, value);
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById((input.getAttribute('aria-describedby') ?? '').split(' ').pop()!)?.textContent).toContain(message);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the forskrift § 2 fields and the working-time settings', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Scope'), 'two fixed days a week');
    await user.type(screen.getByLabelText('Termination'), "one month's notice");
    await user.type(screen.getByLabelText('Equipment'), 'laptop and screen');
    await user.click(screen.getByLabelText('Written agreement on evening work on my own initiative (AML § 10-11 (3))'));
    await user.selectOptions(screen.getByLabelText('Averaging (AML § 10-5)'), 'individual');
    await user.type(screen.getByLabelText('Averaging from'), '2026-12-01');
    await user.type(screen.getByLabelText('Averaging to'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(screen.getByText('The end date must be on or after the start date.')).toBeTruthy();
    await user.clear(screen.getByLabelText('Averaging to'));
    await user.type(screen.getByLabelText('Averaging to'), '2027-05-31');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    const a = onSave.mock.calls[0]![0];
    expect(a.homeOffice).toMatchObject({ scope: 'two fixed days a week', termination: "one month's notice", equipment: 'laptop and screen', trialPeriod: null });
    expect(a.limits).toMatchObject({ ownInitiativeEvening: true, averaging: { kind: 'individual', from: '2026-12-01', to: '2027-05-31' }, restDailyHours: 11 });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it.each([
    ['', []],
    ['08:00-11:30, 12:00-16:00', [{ from: 480, to: 690 }, { from: 720, to: 960 }]],
    ['22:00-24:00', [{ from: 1320, to: 1440 }]],
    ['8.00–15.45', [{ from: 480, to: 945 }]],
  ])('parses the windows %j', (text, want) => {
    expect(parseWindows(text)).toEqual({ ok: true, windows: want });
  });

  it('shows the version 2 settings with their defaults and saves them unchanged', async () => {
    const { onSave, user } = setup();
    expect((screen.getByLabelText('Between two work days (default)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Only the time off inside the period (default)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Counts towards the week only (default)') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Periods start on (weekday)') as HTMLSelectElement).value).toBe('mon');
    expect((screen.getByLabelText('Periods start at (time)') as HTMLInputElement).value).toBe('00:00');
    expect((screen.getByLabelText('Gap that separates two working stretches (minutes)') as HTMLInputElement).value).toBe('120');
    // Each reading is explained in plain words, read out with its radio button.
    expect(screen.getByLabelText('Within every 24 hours (version 1)').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Within every 24 hours (version 1)', description: /at most 24 hours minus the daily rest/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(onSave.mock.calls[0]![0].limits).toEqual(DEFAULT_LIMITS);
  });

  it('saves the version 1 readings and another period start and gap', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByLabelText('Within every 24 hours (version 1)'));
    await user.click(screen.getByLabelText('Time off that starts in the period counts in full (version 1)'));
    await user.click(screen.getByLabelText('Counts towards the work day too (version 1)'));
    await user.selectOptions(screen.getByLabelText('Periods start on (weekday)'), 'sun');
    const time = screen.getByLabelText('Periods start at (time)');
    await user.clear(time);
    await user.type(time, '18:30');
    const gap = screen.getByLabelText('Gap that separates two working stretches (minutes)');
    await user.clear(gap);
    await user.type(gap, '45');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(onSave.mock.calls[0]![0].limits).toMatchObject({
      dailyRestReading: 'within-24h',
      weeklyRestCounting: 'starts-in-period',
      onCallCountsTowardDay: true,
      weeklyRestPeriodStart: { weekday: 'sun', minute: 18 * 60 + 30 },
      breakStretchGapMinutes: 45,
    });
  });

  it('proposes the weekly-rest period start when the agreed windows include a Saturday, and takes it with one click (spec § 7.2)', async () => {
    const { onSave, user } = setup();
    await user.clear(screen.getAllByLabelText('Monday')[0]!);
    for (const d of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      const input = screen.getAllByLabelText(d)[0]!;
      await user.clear(input);
      await user.type(input, '09:00-17:00');
    }
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
    await user.type(screen.getAllByLabelText('Saturday')[0]!, '09:00-17:00');
    expect(screen.getByText(/Suggestion: Saturday at 17:00, at the start of the longest time off in your week/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use Saturday at 17:00' }));
    expect((screen.getByLabelText('Periods start on (weekday)') as HTMLSelectElement).value).toBe('sat');
    expect((screen.getByLabelText('Periods start at (time)') as HTMLInputElement).value).toBe('17:00');
    // Taken: the suggestion goes away.
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(onSave.mock.calls[0]![0].limits.weeklyRestPeriodStart).toEqual({ weekday: 'sat', minute: 17 * 60 });
  });

  it.each([
    ['Mon–Fri: no suggestion', {}, null],
    ['Tue–Sat: Saturday 17:00', { mon: '', sat: '09:00-17:00' }, { weekday: 'sat', time: '17:00' }],
    ['a Saturday window that does not parse yet: no suggestion', { sat: '09:00-1' }, null],
    ['already set to the proposal: no suggestion', { mon: '', sat: '09:00-17:00', weeklyRestDay: 'sat', weeklyRestTime: '17:00' }, null],
  ] as const)('periodStartSuggestion: %s', (_name, change, want) => {
    const v0 = agreementToForm({ ...BASE, windows: { ...BASE.windows, tue: [{ from: 540, to: 1020 }], wed: [{ from: 540, to: 1020 }], thu: [{ from: 540, to: 1020 }], fri: [{ from: 540, to: 1020 }] } });
    const { weeklyRestDay, weeklyRestTime, ...days } = change as { weeklyRestDay?: 'sat'; weeklyRestTime?: string } & Record<string, string>;
    const v = { ...v0, windows: { ...v0.windows, ...days }, ...(weeklyRestDay ? { weeklyRestDay } : {}), ...(weeklyRestTime ? { weeklyRestTime } : {}) };
    expect(periodStartSuggestion(v)).toEqual(want);
  });

  it.each([
    ['nb', 'Lørdag', 'Bruk lørdag kl. 15:00', /Forslag: lørdag kl\. 15:00, ved starten av den lengste friperioden i uken din \(rundet ned til hel time\)/],
    ['nn', 'Laurdag', 'Bruk laurdag kl. 15:00', /Framlegg: laurdag kl\. 15:00, ved byrjinga av den lengste friperioden i veka di \(runda ned til heil time\)/],
  ] as const)('proposes the period start in %s, the weekday in lower case inside the sentence', async (lang, saturday, button, text) => {
    const { user } = setup(false, { ...BASE, windows: { ...BASE.windows, mon: [] } }, lang);
    // Saturday 08:00–15:45: the free stretch starts 15:45, rounded down to 15:00 so all of it lies in the period.
    await user.type(screen.getAllByLabelText(saturday)[0]!, '08:00-15:45');
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByRole('button', { name: button })).toBeTruthy();
  });

  it('the short first-run form shows the period start only to someone who works at weekends, with the proposal', async () => {
    const { onSave, user } = setup(true);
    expect(screen.queryByLabelText('Periods start on (weekday)')).toBeNull();
    await user.clear(screen.getByLabelText('Monday'));
    for (const d of ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
      await user.clear(screen.getByLabelText(d));
      await user.type(screen.getByLabelText(d), '09:00-17:00');
    }
    expect(screen.getByRole('group', { name: 'Weekly rest (AML § 10-8 (2))' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Use Saturday at 17:00' }));
    expect((screen.getByLabelText('Periods start on (weekday)') as HTMLSelectElement).value).toBe('sat');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(onSave.mock.calls[0]![0].limits.weeklyRestPeriodStart).toEqual({ weekday: 'sat', minute: 17 * 60 });
  });

  it('an agreement without agreed weekly hours shows an empty field and saves none', async () => {
    const { onSave, user } = setup(false, { ...BASE, weeklyHours: null });
    expect((screen.getByLabelText('Agreed working time (hours a week)') as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect(onSave.mock.calls[0]![0].weeklyHours).toBeNull();
  });

  it.each([
    ['nb', 'Slik sjekkes den daglige hvilen (AML § 10-8 (1))', 'Mellom to arbeidsdager (standard)', 'Opphold som skiller to arbeidsperioder (minutter)'],
    ['nn', 'Slik blir den daglege kvila sjekka (AML § 10-8 (1))', 'Mellom to arbeidsdagar (standard)', 'Opphald som skil to arbeidsperiodar (minutt)'],
  ] as const)('explains the new settings in %s', (lang, legend, option, gap) => {
    setup(false, BASE, lang);
    expect(screen.getByRole('group', { name: legend })).toBeTruthy();
    expect(screen.getByLabelText(option)).toBeTruthy();
    expect(screen.getByLabelText(gap)).toBeTruthy();
  });

  it('on the Agreement page, a save says so and the form keeps what was saved', async () => {
    const agreementSave = vi.fn(async (input: { document: { validFrom: string } }) => ({ ok: true, value: { validFrom: input.document.validFrom, savedAt: 1, document: input.document } }));
    (globalThis as { api?: unknown }).api = { agreementSave };
    const onChanged = vi.fn();
    render(
      <I18nProvider lang="en">
        <AgreementPage agreements={[BASE]} zone="Europe/Oslo" onChanged={onChanged} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getAllByLabelText('Saturday')[0]!, '10:00-14:00');
    await user.click(screen.getByLabelText('Counts towards the work day too (version 1)'));
    await user.click(screen.getByRole('button', { name: 'Save the agreement' }));
    expect((await screen.findByRole('status')).textContent).toBe('The agreement is saved.');
    expect(agreementSave).toHaveBeenCalledTimes(1);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect((screen.getAllByLabelText('Saturday')[0] as HTMLInputElement).value).toBe('10:00-14:00');
    expect((screen.getByLabelText('Counts towards the work day too (version 1)') as HTMLInputElement).checked).toBe(true);
    // The next change clears it.
    await user.click(screen.getByLabelText('Counts towards the week only (default)'));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
