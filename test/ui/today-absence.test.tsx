// @vitest-environment jsdom
/**
 * Today on a day with absence (issue 15) and after the agreed end (issue 14): a full-day absence
 * (sick day, holiday) expects no work — the expected time is 0, the day is said to be registered as
 * sick or holiday, and neither the agreed time left, its end nor the agreed window is shown; a part-day
 * absence shortens the time left; after 15:45 the agreed end is said in the past tense.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultAgreement, type Lang } from '../../src/core/index';
import type { TrackerStatus } from '../../src/shared/ipc/dto';
import type { BalanceView } from '../../src/shared/ipc/absence-contract';
import { I18nProvider } from '../../src/ui/i18n';
import { TodayPage } from '../../src/ui/pages/TodayPage';

const at = (hhmm: string) => Date.parse(`2026-11-24T${hhmm}:00+01:00`); // Tuesday in Oslo
const DATE = '2026-11-24';

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

function status(now: number, agreedEnd: number | null): TrackerStatus {
  return {
    state: 'idle', zone: 'Europe/Oslo', now, openSince: null, pausedSince: null, current: null,
    today: [{ start: at('08:00'), end: at('10:00') }], agreedEnd, restFrom: null, nextLine: null, outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0,
  };
}

function balance(expected: number, kinds: BalanceView['days'][number]['kinds']): BalanceView {
  return { from: DATE, to: DATE, worked: 2, expected, balance: 2 - expected, saldo: 0, days: [{ date: DATE, worked: 2, expected, balance: 2 - expected, redDay: false, kinds }] };
}

function show(lang: Lang, now: number, agreedEnd: number | null, day: BalanceView) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  (globalThis as { api?: unknown }).api = {
    trackerStatus: async () => ({ ok: true, value: status(now, agreedEnd) }),
    planNow: async () => ({ ok: true, value: { now, upcoming: [], passed: [] } }),
    warningsPending: async () => ({ ok: true, value: [] }),
    balancePeriod: async () => ({ ok: true, value: day }),
    reportPeriod: async () => ({ ok: true, value: { zone: 'Europe/Oslo', findings: [], days: [], weeks: [] } }),
    overtimeReasonsList: async () => ({ ok: true, value: [] }),
  };
  render(
    <I18nProvider lang={lang}>
      <TodayPage agreements={[defaultAgreement({ validFrom: '2026-01-01' })]} zone="Europe/Oslo" changed={0} />
    </I18nProvider>,
  );
}

const figure = (testId: string) => {
  const dd = screen.queryByTestId(testId);
  return dd ? `${dd.previousElementSibling?.textContent} ${dd.textContent}` : null;
};

describe('Today on a full-day absence', () => {
  it.each([
    ['nb', ['sykdom'], 'Dagen er registrert som sykedag. Ingen arbeidstid er forventet i dag.', 'Forventet arbeidstid i dag 0 min'],
    ['nn', ['sykdom'], 'Dagen er registrert som sjukedag. Det er ikkje venta noka arbeidstid i dag.', 'Venta arbeidstid i dag 0 min'],
    ['en', ['ferie'], 'Today is registered as holiday. No working time is expected today.', 'Expected working time today 0 min'],
    ['nb', ['ferie'], 'Dagen er registrert som ferie. Ingen arbeidstid er forventet i dag.', 'Forventet arbeidstid i dag 0 min'],
  ] as const)('%s %s: expects nothing and counts nothing down', async (lang, kinds, says, expected) => {
    show(lang, at('10:00'), at('15:45'), balance(0, [...kinds]));
    expect((await screen.findByTestId('absent-today')).textContent).toBe(says);
    expect(figure('expected-today')).toBe(expected);
    expect(figure('agreed-left')).toBeNull();
    expect(figure('agreed-end')).toBeNull();
    expect(document.querySelectorAll('.tl-agreed')).toHaveLength(0);
    expect(document.body.textContent).not.toContain('7 t 45 min');
    expect(document.body.textContent).not.toContain('15:45');
  });
});

describe('Today on a part-day absence', () => {
  it.each([
    ['nb', 'Fravær i dag: Sykdom. Forventet arbeidstid er avtalt tid minus fraværet.', 'Forventet arbeidstid i dag 4 t 45 min', 'Igjen av forventet tid 2 t 45 min'],
    ['nn', 'Fråvær i dag: Sjukdom. Venta arbeidstid er avtalt tid minus fråværet.', 'Venta arbeidstid i dag 4 t 45 min', 'Att av venta tid 2 t 45 min'],
    ['en', 'Absence today: Sick leave. The expected working time is the agreed time less the absence.', 'Expected working time today 4 h 45 min', 'Expected time left 2 h 45 min'],
  ] as const)('%s: 3 h sick leave leaves 4 h 45 min expected, 2 h 45 min after 2 h worked', async (lang, says, expected, left) => {
    show(lang, at('10:00'), at('15:45'), balance(4.75, ['sykdom']));
    expect((await screen.findByTestId('absent-today')).textContent).toBe(says);
    expect(figure('expected-today')).toBe(expected);
    expect(figure('agreed-left')).toBe(left);
    expect(document.querySelectorAll('.tl-agreed')).toHaveLength(1);
  });
});

describe("Today's agreed end", () => {
  it.each([
    ['nb', 'Avtalt arbeidstid slutter 15:45', 'Avtalt arbeidstid sluttet 15:45', 'Igjen av avtalt tid 5 t 45 min'],
    ['nn', 'Avtalt arbeidstid sluttar 15:45', 'Avtalt arbeidstid slutta 15:45', 'Att av avtalt tid 5 t 45 min'],
    ['en', 'Agreed working time ends 15:45', 'Agreed working time ended 15:45', 'Agreed time left 5 h 45 min'],
  ] as const)('%s: ahead before 15:45, in the past tense after it (not "—")', async (lang, ahead, ended, left) => {
    show(lang, at('10:00'), at('15:45'), balance(7.75, []));
    await waitFor(() => expect(figure('agreed-end')).toBe(ahead));
    expect(figure('agreed-left')).toBe(left);
    expect(screen.queryByTestId('absent-today')).toBeNull();
    expect(screen.queryByTestId('expected-today')).toBeNull();
    cleanup();
    show(lang, at('16:30'), null, balance(7.75, []));
    await waitFor(() => expect(figure('agreed-end')).toBe(ended));
  });
});
