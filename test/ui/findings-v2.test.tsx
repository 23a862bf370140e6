// @vitest-environment jsdom
/**
 * The Findings page shows the version 2 rules (issue 13) by name, with their advice, in nb, nn and en:
 * `aml.10-6.total-week` and `aml.10-9.overtime-break`, from the real engine's report of a 72-hour week.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAgreement } from '../../src/core/agreement/defaults';
import { evaluate } from '../../src/core/engine/evaluate';
import type { Lang } from '../../src/core/model';
import { UI } from '../../src/shared/i18n/ui';
import { I18nProvider } from '../../src/ui/i18n';
import { FindingsPage } from '../../src/ui/pages/FindingsPage';
import { work } from '../app/export/fixture';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const sessions = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14'].flatMap((d) => [work(d, '06:00', '11:00'), work(d, '11:30', '18:30')]);
const report = evaluate({ sessions, agreement: defaultAgreement() });

describe('Findings page, version 2 rules', () => {
  it.each(['nb', 'nn', 'en'] as const)('names total-week and overtime-break with their advice (%s)', async (lang: Lang) => {
    (globalThis as { api?: unknown }).api = { reportPeriod: async () => ({ ok: true, value: report }) };
    render(
      <I18nProvider lang={lang}>
        <FindingsPage zone="Europe/Oslo" changed={0} />
      </I18nProvider>,
    );
    const c = UI[lang];
    const week = await screen.findByRole('article', { name: `${c['severity.violation']}: ${c['rule.aml.10-6.total-week']}` });
    expect(within(week).getByText(c['advice.aml.10-6.total-week'] as string)).toBeTruthy();
    expect(within(week).getByText('AML § 10-6 (8)')).toBeTruthy();
    const pauses = screen.getAllByRole('article', { name: `${c['severity.warning']}: ${c['rule.aml.10-9.overtime-break']}` });
    expect(pauses).toHaveLength(6);
    expect(within(pauses[0]!).getByText(c['advice.aml.10-9.overtime-break'] as string)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/week-cap|rule\.aml|advice\.aml/);
  });
});
