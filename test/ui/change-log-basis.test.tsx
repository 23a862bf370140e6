// @vitest-environment jsdom
/** Issue 14 item 4: the session change log shows a saved basis with its ground in the reader's language (and time off in lieu). */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/model';
import type { AuditEntryView } from '../../src/shared/ipc/dto';
import { I18nProvider } from '../../src/ui/i18n';
import { SessionsPage } from '../../src/ui/pages/SessionsPage';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const AT = Date.parse('2026-03-10T19:00:00Z');
const HISTORY: AuditEntryView[] = [
  { id: '1', at: AT, action: 'overtime-reason', sessionId: '4', reason: 'Old release', before: null, after: null },
  { id: '2', at: AT + 60_000, action: 'overtime-reason', sessionId: '4', reason: 'Kari er syk', before: null, after: null, basis: { ground: 'illness-absence-cover', takenAs: 'time-off' } },
  { id: '3', at: AT + 120_000, action: 'overtime-reason', sessionId: '4', reason: '', before: null, after: null, basis: { ground: 'breakdown-emergency', takenAs: 'pay' } },
];

describe('the change log shows the basis', () => {
  it.each([
    ['nb', 'grunnlag registrert: Dekker for syk eller fraværende kollega: Kari er syk (avspaseres)', 'grunnlag registrert: Driftsstans, ulykke eller fare for liv eller eiendom', 'grunnlag registrert: Old release'],
    ['nn', 'grunnlag registrert: Dekkjer for sjuk eller fråverande kollega: Kari er syk (avspaserast)', 'grunnlag registrert: Driftsstans, ulukke eller fare for liv eller eigedom', 'grunnlag registrert: Old release'],
    ['en', 'basis recorded: Covering for an ill or absent colleague: Kari er syk (time off in lieu)', 'basis recorded: Breakdown, accident or danger to life or property', 'basis recorded: Old release'],
  ] as const)('%s', async (lang, timeOff, groundOnly, old) => {
    (globalThis as { api?: unknown }).api = { sessionsList: async () => ({ ok: true, value: [] }), sessionsHistory: async () => ({ ok: true, value: HISTORY }) };
    render(
      <I18nProvider lang={lang as Lang}>
        <SessionsPage zone="Europe/Oslo" changed={0} onChanged={() => undefined} />
      </I18nProvider>,
    );
    const items = await screen.findAllByRole('listitem');
    const lines = within(items[0]!.closest('ol')!).getAllByRole('listitem').map((li) => (li.textContent ?? '').replace(/^.* — /, ''));
    expect(lines).toEqual([groundOnly, timeOff, old]);
  });
});
