// @vitest-environment jsdom
/**
 * The Sessions page's change log (issue 14 item 3, issue 20 item 4): a moved start of the running session
 * is its own line naming both times, and Fyrabend's own reasons (codes, and the English phrases of older
 * rows) read in the reader's language; the user's own reason stays as written.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/model';
import { auditReason } from '../../src/shared/audit-reason';
import type { AuditEntryView } from '../../src/shared/ipc/dto';
import { I18nProvider } from '../../src/ui/i18n';
import { SessionsPage } from '../../src/ui/pages/SessionsPage';

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const Z = 'Europe/Oslo';
const AT = Date.parse('2026-03-10T09:00:00Z');
const iso = (s: string) => new Date(Date.parse(s)).toISOString();
const session = (start: string, end: string) => ({ id: '4', start: Date.parse(start), end: Date.parse(end), zone: Z, kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false, review: null, source: 'tracker' });

/** As the main process sends them: a change-start entry's before/after are the open session's JSON (no end). */
const HISTORY = [
  {
    id: '1', at: AT, action: 'change-start', sessionId: null,
    reason: auditReason('change-start', { from: iso('2026-03-10T07:00:00Z'), to: iso('2026-03-10T06:45:00Z'), note: 'Glemte å starte' }),
    before: { start: iso('2026-03-10T07:00:00Z'), zone: Z, kind: 'work', location: 'home', initiative: 'employer', note: null, open: true },
    after: { start: iso('2026-03-10T06:45:00Z'), zone: Z, kind: 'work', location: 'home', initiative: 'employer', note: null, open: true },
  },
  { id: '2', at: AT + 60_000, action: 'add', sessionId: '4', reason: auditReason('by-hand'), before: null, after: session('2026-03-09T07:00:00Z', '2026-03-09T15:00:00Z') },
  { id: '3', at: AT + 120_000, action: 'stop-flagged', sessionId: '5', reason: 'forgotten timer: no answer to "Are you still working?"; stopped at the last activity', before: null, after: session('2026-03-08T07:00:00Z', '2026-03-08T17:00:00Z') },
  { id: '4', at: AT + 180_000, action: 'edit', sessionId: '4', reason: 'Kundemøte', before: session('2026-03-09T07:00:00Z', '2026-03-09T15:00:00Z'), after: session('2026-03-09T07:00:00Z', '2026-03-09T16:00:00Z') },
] as unknown as AuditEntryView[];

function show(lang: Lang) {
  (globalThis as { api?: unknown }).api = {
    sessionsList: async () => ({ ok: true, value: [] }),
    sessionsHistory: async () => ({ ok: true, value: HISTORY }),
  };
  render(
    <I18nProvider lang={lang}>
      <SessionsPage zone={Z} changed={0} onChanged={() => undefined} />
    </I18nProvider>,
  );
}

describe('the change log', () => {
  it.each([
    ['nb', 'Starten endret fra 2026-03-10 08:00 til 2026-03-10 07:45; grunn: Glemte å starte', 'lagt inn for hånd', 'glemt å stoppe: ingen svarte'],
    ['nn', 'Starten endra frå 2026-03-10 08:00 til 2026-03-10 07:45; grunn: Glemte å starte', 'lagt inn for hand', 'gløymt å stoppe: ingen svarte'],
    ['en', 'Start changed from 2026-03-10 08:00 to 2026-03-10 07:45; reason: Glemte å starte', 'added by hand', 'forgotten timer: nobody answered'],
  ] as const)('%s: a moved start is one line with both times; the codes and old phrases read in the language', async (lang, moved, byHand, forgotten) => {
    show(lang);
    const items = await screen.findAllByRole('listitem');
    const log = items[0]!.closest('ol')!;
    const lines = within(log).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(lines).toHaveLength(4);
    const movedLine = lines.find((l) => l.includes('2026-03-10 07:45'));
    expect(movedLine).toBe(`2026-03-10 10:00 — ${moved}`);
    expect(lines.some((l) => l.includes(byHand))).toBe(true);
    expect(lines.some((l) => l.includes(forgotten))).toBe(true);
    expect(lines.some((l) => l.includes('Kundemøte'))).toBe(true);
    if (lang !== 'en') for (const l of lines) expect(l).not.toMatch(/added by hand|forgotten timer|no answer|start changed|reason:/i);
  });
});
