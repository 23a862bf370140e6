// @vitest-environment jsdom
/** Week and Month (issue 15): the flexitime balance of the period, the running balance at its end and the absence days, on a fake window.api and a fake clock. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/core/model';
import { defaultAgreement } from '../../src/core/index';
import type { BalanceView } from '../../src/shared/ipc/absence-contract';
import { I18nProvider } from '../../src/ui/i18n';
import { PeriodPage, type PeriodMode } from '../../src/ui/pages/PeriodPage';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-09-09T10:00:00Z')); // Wednesday 9 September 2026
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete (globalThis as { api?: unknown }).api;
});

function balanceOf(from: string, to: string): BalanceView {
  return {
    from, to, worked: 30.5, expected: 23.25, balance: 7.25, saldo: -1.5,
    days: [
      { date: '2026-09-07', worked: 8, expected: 7.75, balance: 0.25, redDay: false, kinds: [] },
      { date: '2026-09-10', worked: 0, expected: 0, balance: 0, redDay: false, kinds: ['ferie'] },
      { date: '2026-09-11', worked: 2, expected: 4, balance: -2, redDay: false, kinds: ['sykdom', 'avspasering'] },
    ],
  };
}

function page(mode: PeriodMode, lang: Lang, balance: (range: { from: string; to: string }) => unknown = (r) => ({ ok: true, value: balanceOf(r.from, r.to) })) {
  const api = {
    reportPeriod: vi.fn(async () => ({ ok: true, value: { zone: 'Europe/Oslo', findings: [], days: [], weeks: [] } })),
    balancePeriod: vi.fn(async (r: { from: string; to: string }) => balance(r)),
  };
  (globalThis as { api?: unknown }).api = api;
  render(
    <I18nProvider lang={lang}>
      <PeriodPage mode={mode} agreements={[defaultAgreement({ validFrom: '2026-01-01' })]} zone="Europe/Oslo" changed={0} />
    </I18nProvider>,
  );
  return api;
}

describe('PeriodPage: the flexitime balance', () => {
  const rows: [PeriodMode, Lang, { from: string; to: string }, string, string, string[]][] = [
    ['week', 'nb', { from: '2026-09-07', to: '2026-09-13' }, 'Uken: arbeidet 30,5 t, forventet 23,3 t, +7 t 15 min', 'Saldo ved utgangen av 13. september: −1 t 30 min', ['torsdag 10. september: Ferie', 'fredag 11. september: Sykdom, Avspasering']],
    ['week', 'nn', { from: '2026-09-07', to: '2026-09-13' }, 'Veka: arbeidd 30,5 t, venta 23,3 t, +7 t 15 min', 'Saldo ved slutten av 13. september: −1 t 30 min', ['torsdag 10. september: Ferie', 'fredag 11. september: Sjukdom, Avspasering']],
    ['month', 'en', { from: '2026-09-01', to: '2026-09-30' }, 'The month: worked 30.5 h, expected 23.3 h, +7 h 15 min', 'Balance at the end of 30 September: −1 h 30 min', ['Thursday 10 September: Holiday', 'Friday 11 September: Sick leave, Time off in lieu']],
  ];
  it.each(rows)('%s in %s', async (mode, lang, range, line, saldo, absent) => {
    const api = page(mode, lang);
    expect((await screen.findByTestId('period-balance')).textContent).toBe(line);
    expect(api.balancePeriod).toHaveBeenCalledWith(range);
    expect(screen.getByTestId('period-saldo').textContent).toBe(saldo);
    expect([...screen.getByTestId('period-absence').querySelectorAll('li')].map((li) => li.textContent)).toEqual(absent);
  });

  it('a period without absence says so; a refusal is shown as it is', async () => {
    page('week', 'en', (r) => ({ ok: true, value: { ...balanceOf(r.from, r.to), days: [] } }));
    expect(await screen.findByText('No absence in this period.')).toBeTruthy();
    cleanup();
    page('week', 'nb', () => ({ ok: false, error: { code: 'absence.off', message: 'Fravær kan ikke registreres her. Start Fyrabend på nytt og prøv igjen.' } }));
    expect((await screen.findByRole('alert')).textContent).toContain('Fravær kan ikke registreres her.');
  });
});
