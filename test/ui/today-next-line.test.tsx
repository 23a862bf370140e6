// @vitest-environment jsdom
/** The Today page names the next line the planner sees (issue 13: the version 2 warnings), in the user's language. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAN_RULES, type Lang, type PlanItem } from '../../src/core/index';
import type { TrackerStatus } from '../../src/shared/ipc/dto';
import { I18nProvider } from '../../src/ui/i18n';
import { TodayPage } from '../../src/ui/pages/TodayPage';

const NOW = Date.parse('2026-11-24T14:35:00Z'); // 15:35 in Oslo
const H = 3_600_000;

// The page splits lines passed from lines ahead at "now": the window's clock is the test's (only Date is faked).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const BREAK: PlanItem = {
  at: Date.parse('2026-11-24T15:15:00Z'),
  line: Date.parse('2026-11-24T15:30:00Z'),
  reason: 'break-due',
  rule: PLAN_RULES['break-due'],
  message: { nb: 'Kl. 16:30 har du arbeidet 5,5 timer i strekk uten pause.', nn: 'Kl. 16:30 har du arbeidd 5,5 timar i strekk utan pause.', en: 'At 16:30 you will have worked 5.5 hours in a row without a break.' },
};

function status(nextLine: PlanItem | null): TrackerStatus {
  return {
    state: 'working', zone: 'Europe/Oslo', now: NOW, openSince: NOW - 5 * H, pausedSince: null, current: { kind: 'work', location: 'home', initiative: 'employer' },
    today: [{ start: NOW - 5 * H, end: NOW }], agreedEnd: null, restFrom: null, nextLine, outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0,
  };
}

function show(nextLine: PlanItem | null, lang: Lang) {
  (globalThis as { api?: unknown }).api = {
    trackerStatus: async () => ({ ok: true, value: status(nextLine) }),
    planNow: async () => ({ ok: true, value: { now: NOW, upcoming: nextLine ? [nextLine] : [], passed: [] } }),
    warningsPending: async () => ({ ok: true, value: [] }),
    balancePeriod: async () => ({ ok: true, value: { from: '2026-11-24', to: '2026-11-24', worked: 5, expected: 7.75, balance: -2.75, saldo: -1.5, days: [] } }),
  };
  render(
    <I18nProvider lang={lang}>
      <TodayPage agreements={[]} zone="Europe/Oslo" changed={0} />
    </I18nProvider>,
  );
}

describe('Today: the next line', () => {
  it.each([
    ['en', 'Next line', '16:30 — Break', '16:30 — At 16:30 you will have worked 5.5 hours in a row without a break.'],
    ['nb', 'Neste grense', '16:30 — Pause', '16:30 — Kl. 16:30 har du arbeidet 5,5 timer i strekk uten pause.'],
    ['nn', 'Neste grense', '16:30 — Pause', '16:30 — Kl. 16:30 har du arbeidd 5,5 timar i strekk utan pause.'],
  ] as const)('in %s: the time and name of the line; its sentence once, in the list of lines ahead (issue 14 item 6)', async (lang, term, text, sentence) => {
    show(BREAK, lang);
    await waitFor(() => expect(screen.getByTestId('next-line').textContent).toBe(text));
    expect(screen.getByTestId('upcoming-lines').textContent).toBe(sentence);
    expect(document.body.textContent?.split(sentence.slice(8)).length).toBe(2);
    expect(screen.getByText(term).tagName).toBe('DT');
  });

  it('shows a dash when nothing is ahead', async () => {
    show(null, 'en');
    await waitFor(() => expect(screen.getByText('No warnings: no session is running, or no limit is near.')).toBeTruthy());
    expect(screen.getByTestId('next-line').textContent).toBe('—');
  });

  it.each([
    ['nb', 'Fleksisaldo', '−1 t 30 min'],
    ['en', 'Flexitime balance', '−1 h 30 min'],
  ] as const)('shows the running flexitime balance in %s (issue 15)', async (lang, term, value) => {
    show(null, lang);
    await waitFor(() => expect(screen.getByTestId('saldo-today').textContent).toBe(value));
    expect(screen.getByText(term).tagName).toBe('DT');
  });
});
