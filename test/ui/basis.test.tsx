// @vitest-environment jsdom
/**
 * Issue 14 item 4: the basis for overtime is recorded where the question is asked. A "needs basis"
 * finding on Findings and Today has a button that opens the reason form for that day as a dialog;
 * a saved reason shows on the finding ("basis recorded: …") with the severity dropped to info; a
 * notification's "record the overtime" opens the same form.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Lang } from '../../src/core/model';
import type { BasisRecordView } from '../../src/shared/ipc/basis-contract';
import type { NavigateRequest, TrackerStatus } from '../../src/shared/ipc/dto';
import { I18nProvider } from '../../src/ui/i18n';
import { withBasis, sessionForFinding } from '../../src/ui/lib/basis';
import { FindingsPage } from '../../src/ui/pages/FindingsPage';
import { TodayPage } from '../../src/ui/pages/TodayPage';
import { App } from '../../src/ui/Root';

const H = 3_600_000;
const NOW = Date.parse('2026-11-24T20:30:00Z'); // Tuesday 21:30 in Oslo
const DAY_START = Date.parse('2026-11-24T07:00:00Z'); // 08:00
const OVERTIME: Finding = {
  rule: 'aml.10-6.overtime-day', severity: 'needs-basis', key: '2026-11-24', start: DAY_START, end: DAY_START + 11 * H, measured: 11, limit: 9, unit: 'h', ref: 'aml. § 10-6 (1)',
  message: { nb: '2 timer overtid.', nn: '2 timar overtid.', en: '2 hours of overtime.' },
};
const BREAK: Finding = { ...OVERTIME, rule: 'aml.10-9.break', severity: 'warning', message: { nb: 'Pause mangler.', nn: 'Pause manglar.', en: 'A break is missing.' } };
const RECORD = (text: string, sessionStart = DAY_START): BasisRecordView => ({ sessionId: '7', sessionStart, sessionEnd: sessionStart + 11 * H, recordedAt: NOW, reasons: ['daily-normal-limit'], text });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

describe('which reason answers which finding', () => {
  it.each([
    ['no reason: still needs a basis', [], 'needs-basis', []],
    ['a reason for a session of that day: info, with the reason', [RECORD('Release')], 'info', ['Release']],
    ['the same text twice is shown once', [RECORD('Release'), RECORD('Release')], 'info', ['Release']],
    ['a reason for the day before does not answer it', [RECORD('Release', DAY_START - 24 * H)], 'needs-basis', []],
  ] as const)('%s', (_what, records, severity, basis) => {
    const [shown] = withBasis([OVERTIME], records, NOW);
    expect([shown?.severity, shown?.basis]).toEqual([severity, basis]);
    expect(shown?.needsBasis).toBe(severity === 'needs-basis');
  });

  it('leaves other findings alone, and keeps a new reason with the last session overlapping the finding', () => {
    expect(withBasis([BREAK], [RECORD('x')], NOW)[0]).toMatchObject({ severity: 'warning', needsBasis: false, basis: [] });
    const sessions = [{ id: 'a', start: DAY_START, end: DAY_START + 4 * H }, { id: 'b', start: DAY_START + 5 * H, end: DAY_START + 11 * H }, { id: 'c', start: DAY_START + 30 * H, end: DAY_START + 31 * H }];
    expect(sessionForFinding(OVERTIME, sessions)?.id).toBe('b');
    expect(sessionForFinding({ start: 0, end: 1 }, sessions)).toBeNull();
  });
});

/** A fake window.api whose recorded reasons grow when one is saved. */
function fakeApi(extra: Record<string, unknown> = {}) {
  const records: BasisRecordView[] = [];
  const api = {
    reportPeriod: vi.fn(async () => ({ ok: true, value: { findings: [OVERTIME, BREAK], days: [], weeks: [] } })),
    overtimeReasonsList: vi.fn(async () => ({ ok: true, value: [...records] })),
    sessionsList: vi.fn(async () => ({ ok: true, value: [{ id: '7', start: DAY_START, end: DAY_START + 11 * H }] })),
    trackerStatus: async () => ({ ok: true, value: { ...IDLE } }),
    overtimeRecordReason: vi.fn(async (input: { sessionId: string; text: string; ground?: BasisRecordView['ground']; takenAs?: BasisRecordView['takenAs'] }) => {
      records.push({ ...RECORD(input.text), sessionId: input.sessionId, ground: input.ground ?? null, takenAs: input.takenAs ?? 'pay' });
      return { ok: true, value: { sessionId: input.sessionId, recordedAt: NOW, reasons: ['daily-normal-limit'], text: input.text, ground: input.ground ?? null, takenAs: input.takenAs ?? 'pay' } };
    }),
    ...extra,
  };
  (globalThis as { api?: unknown }).api = api;
  return api;
}

const IDLE: TrackerStatus = {
  state: 'idle', zone: 'Europe/Oslo', now: NOW, openSince: null, pausedSince: null, current: null, today: [{ start: DAY_START, end: DAY_START + 11 * H }],
  agreedEnd: null, restFrom: Date.parse('2026-11-24T20:00:00Z'), nextLine: null, outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0,
};

describe('Findings: record the basis for a day', () => {
  it.each([
    ['nb', 'Registrer grunnlag', 'Grunn', 'Lagre grunnen', 'grunnlag registrert: Annet grunnlag: Produksjonsfeil', 'Til orientering: Overtid på en dag', /Grunnlag for overtid tirsdag 24\. november/, 'Annet grunnlag'],
    ['nn', 'Registrer grunnlag', 'Grunn', 'Lagre grunnen', 'grunnlag registrert: Anna grunnlag: Produksjonsfeil', 'Til orientering: Overtid på ein dag', /Grunnlag for overtid tysdag 24\. november/, 'Anna grunnlag'],
    ['en', 'Record the basis', 'Reason', 'Save the reason', 'basis recorded: Other basis: Produksjonsfeil', 'For information: Overtime in a day', /Basis for the overtime on Tuesday 24 November/, 'Other basis'],
  ] as const)('%s: the button opens the form as a dialog; the saved reason shows on the finding, now info', async (lang, button, label, save, recorded, info, title, other) => {
    const api = fakeApi();
    render(
      <I18nProvider lang={lang as Lang}>
        <FindingsPage zone="Europe/Oslo" changed={0} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const open = await screen.findByRole('button', { name: new RegExp(`^${button}:`) });
    expect(screen.getAllByRole('button', { name: new RegExp(`^${button}`) })).toHaveLength(1); // only the needs-basis finding has one
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: title });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getAllByRole('radio')[0]);
    await user.click(within(dialog).getByRole('radio', { name: other }));
    await user.type(within(dialog).getByLabelText(label), 'Produksjonsfeil');
    await user.click(within(dialog).getByRole('button', { name: save }));
    expect(api.overtimeRecordReason).toHaveBeenCalledWith({ sessionId: '7', reasons: ['daily-normal-limit'], text: 'Produksjonsfeil', ground: 'other', takenAs: 'pay' });
    expect(await screen.findByText(recorded)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const card = screen.getByText(recorded).closest('article') as HTMLElement;
    expect(card.getAttribute('aria-label')).toBe(info);
    expect(within(card).queryByRole('button')).toBeNull();
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('status'));
  });

  it('Esc closes the dialog without saving and puts focus back on the button', async () => {
    const api = fakeApi();
    render(
      <I18nProvider lang="en">
        <FindingsPage zone="Europe/Oslo" changed={0} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const open = await screen.findByRole('button', { name: /^Record the basis:/ });
    await user.click(open);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(open));
    expect(api.overtimeRecordReason).not.toHaveBeenCalled();
  });
});

describe('Today: needs-basis findings of today and the notification action', () => {
  it('lists today\'s needs-basis finding with the button; after saving it reads "basis recorded"', async () => {
    const api = fakeApi({ planNow: async () => ({ ok: true, value: { now: NOW, upcoming: [], passed: [] } }), warningsPending: async () => ({ ok: true, value: [] }) });
    render(
      <I18nProvider lang="en">
        <TodayPage agreements={[]} zone="Europe/Oslo" changed={0} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const region = await screen.findByRole('region', { name: 'Needs a basis today' });
    await user.click(within(region).getByRole('button', { name: /^Record the basis:/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: /^Breakdown, accident/ }));
    await user.type(within(dialog).getByLabelText('Reason'), 'Incident');
    await user.click(within(dialog).getByRole('button', { name: 'Save the reason' }));
    expect(await within(region).findByText(/basis recorded: Breakdown, accident or danger to life or property: Incident/)).toBeTruthy();
    expect(api.overtimeRecordReason).toHaveBeenCalledWith({ sessionId: '7', reasons: ['daily-normal-limit'], text: 'Incident', ground: 'breakdown-emergency', takenAs: 'pay' });
  });

  it('a notification\'s "record the overtime" opens the form for the running session on Today', async () => {
    let navigate: (r: NavigateRequest) => void = () => undefined;
    const working: TrackerStatus = { ...IDLE, state: 'working', openSince: DAY_START, current: { kind: 'work', location: 'home', initiative: 'employer' } };
    const api = fakeApi({
      settingsGet: async () => ({ ok: true, value: { lang: 'en', warningLeadMinutes: 15, idleMinutes: 10, autostart: false, dataFolder: '/d', firstRunDone: true } }),
      trackerStatus: async () => ({ ok: true, value: working }),
      planNow: async () => ({ ok: true, value: { now: NOW, upcoming: [], passed: [] } }),
      warningsPending: async () => ({ ok: true, value: [] }),
      agreementList: async () => ({ ok: true, value: [] }),
      onStateChanged: () => () => undefined,
      onNavigate: (fn: (r: NavigateRequest) => void) => ((navigate = fn), () => undefined),
    });
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Findings' }));
    navigate({ page: 'today', action: 'stop-or-record-overtime', sessionId: `open-${DAY_START}` });
    const dialog = await screen.findByRole('dialog', { name: /Basis for the overtime on Tuesday 24 November/ });
    expect(screen.getByRole('heading', { level: 1, name: /^Today/ })).toBeTruthy();
    await user.click(within(dialog).getByRole('radio', { name: 'Other basis' }));
    await user.type(within(dialog).getByLabelText('Reason'), 'Server down');
    await user.click(within(dialog).getByRole('radio', { name: /^Taken as time off in lieu/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the reason' }));
    expect(api.overtimeRecordReason).toHaveBeenCalledWith({ sessionId: `open-${DAY_START}`, reasons: [], text: 'Server down', ground: 'other', takenAs: 'time-off' });
  });
});
