// @vitest-environment jsdom
/**
 * Issue 14 item 5 on Week and Month: the day chart's agreed reference line is the day's agreed hours
 * from the core (the agreed windows, else weekly hours / 5), the figure Today and Week use — 7,75 t
 * for 08:00–15:45, not a fixed 7,5 t.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/core/index';
import type { Agreement } from '../../src/core/model';
import { DayBars, commonAgreedHours, type DayBar } from '../../src/ui/components/DayBars';
import { I18nProvider } from '../../src/ui/i18n';
import { bars } from '../../src/ui/pages/PeriodPage';

afterEach(cleanup);

const WEEK = { from: '2026-11-23', to: '2026-11-29' };

function chart(days: DayBar[], lang: 'nb' | 'en' = 'nb') {
  render(
    <I18nProvider lang={lang}>
      <DayBars days={days} title="Dager" />
    </I18nProvider>,
  );
}

describe('DayBars: the agreed reference line', () => {
  it('is 7,75 t for the agreed windows 08:00–15:45 (Monday–Friday), with no 7,5 t line', () => {
    const days = bars(null, WEEK.from, WEEK.to, [defaultAgreement({ validFrom: '2026-01-01' })], (d) => d.slice(8));
    expect(days.map((d) => d.agreed)).toEqual([7.75, 7.75, 7.75, 7.75, 7.75, 0, 0]);
    chart(days);
    const line = screen.getByTestId('refline-agreed');
    expect(line.getAttribute('data-hours')).toBe('7.75');
    expect(line.textContent).toBe('7,75 t');
    expect([...document.querySelectorAll('.refline text')].map((t) => t.textContent)).toEqual(['7,75 t', '9 t', '13 t']);
    expect(screen.queryAllByTestId('refline-agreed-day')).toHaveLength(0);
  });

  it('without windows it is weekly hours / 5', () => {
    const a: Agreement = defaultAgreement({ validFrom: '2026-01-01', weeklyHours: 30, windows: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    const days = bars(null, WEEK.from, WEEK.to, [a], (d) => d.slice(8));
    chart(days, 'en');
    expect(screen.getByTestId('refline-agreed').textContent).toBe('6 h');
  });

  it('a day with other agreed hours gets its own mark; a period without agreed time has no agreed line', () => {
    const day = (d: string, agreed: number): DayBar => ({ day: d, label: d, normal: 0, beyond: 0, overtime: 0, night: 0, sunday: 0, agreed });
    expect(commonAgreedHours([day('a', 7.75), day('b', 7.75), day('c', 4), day('d', 0)])).toBe(7.75);
    expect(commonAgreedHours([day('a', 0)])).toBeNull();
    chart([day('2026-11-23', 7.75), day('2026-11-24', 7.75), day('2026-11-25', 4)]);
    expect(screen.getAllByTestId('refline-agreed-day').map((g) => g.getAttribute('data-hours'))).toEqual(['4']);
    cleanup();
    chart([day('2026-11-28', 0)]);
    expect(screen.queryByTestId('refline-agreed')).toBeNull();
  });
});
