// @vitest-environment jsdom
/** The tracker's questions on Today: "Are you still working?", a session stopped for want of an answer, and the undo of an away answer. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/core/model';
import type { TrackerStatus } from '../../src/shared/ipc/dto';
import { TrackerQuestions } from '../../src/ui/components/TrackerQuestions';
import { I18nProvider } from '../../src/ui/i18n';

const START = Date.parse('2026-11-24T07:00:00Z'); // 08:00 in Oslo
const SEEN = Date.parse('2026-11-24T09:30:00Z'); // 10:30 in Oslo
const NOW = Date.parse('2026-11-24T18:05:00Z'); // 19:05 in Oslo

afterEach(() => {
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

const base: TrackerStatus = {
  state: 'working', zone: 'Europe/Oslo', now: NOW, openSince: START, pausedSince: null, current: { kind: 'work', location: 'home', initiative: 'employer' },
  today: [], agreedEnd: null, restFrom: null, nextLine: null, outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0,
};

function show(status: TrackerStatus, lang: Lang = 'en') {
  const api = {
    trackerAnswerStillWorking: vi.fn(async () => ({ ok: true, value: base })),
    trackerUndoAutoClose: vi.fn(async () => ({ ok: true, value: base })),
    trackerUndoIdle: vi.fn(async () => ({ ok: true, value: base })),
  };
  (globalThis as { api?: unknown }).api = api;
  const act = vi.fn(async (fn: () => Promise<{ ok: boolean }>) => (await fn()).ok);
  const onAnswered = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <TrackerQuestions status={status} zone="Europe/Oslo" now={NOW} act={act} onAnswered={onAnswered} />
    </I18nProvider>,
  );
  return { api, act, onAnswered, user: userEvent.setup() };
}

describe('TrackerQuestions', () => {
  it.each([
    ['en', 'Are you still working?', 'You started at 08:00, and your agreed working time ended long ago. Fyrabend keeps recording until you answer.', ['Yes, I am still working', 'No, I stopped at 10:30']],
    ['nb', 'Jobber du fortsatt?', 'Du startet kl. 08:00, og den avtalte arbeidstiden er over for lenge siden. Fyrabend fortsetter å registrere til du svarer.', ['Ja, jeg jobber fortsatt', 'Nei, jeg sluttet kl. 10:30']],
    ['nn', 'Arbeider du framleis?', 'Du starta klokka 08:00, og den avtalte arbeidstida er over for lenge sidan. Fyrabend held fram med å registrere til du svarar.', ['Ja, eg arbeider framleis', 'Nei, eg slutta klokka 10:30']],
  ] as const)('asks "still working?" in %s, naming the start and the last activity', (lang, title, body, answers) => {
    show({ ...base, stillWorking: { reason: 'forgotten', since: START, lastActivity: SEEN } }, lang);
    const d = screen.getByRole('dialog', { name: title });
    expect(document.getElementById(d.getAttribute('aria-describedby') ?? '')?.textContent).toBe(body);
    expect(within(d).getAllByRole('button').map((b) => b.textContent)).toEqual(answers);
  });

  it.each([
    [true, 'Yes, I am still working'],
    [false, 'No, I stopped at 10:30'],
  ] as const)('sends working: %s for "%s"', async (working, name) => {
    const { api, onAnswered, user } = show({ ...base, stillWorking: { reason: 'max-length', since: START, lastActivity: SEEN } });
    await user.click(screen.getByRole('button', { name }));
    expect(api.trackerAnswerStillWorking).toHaveBeenCalledWith({ working });
    expect(onAnswered).toHaveBeenCalled();
  });

  it('says which session was stopped for want of an answer and offers to run it again', async () => {
    const { api, user } = show({ ...base, state: 'idle', openSince: null, autoClosed: { reason: 'forgotten', start: START, end: SEEN } });
    expect(screen.getByRole('status').textContent).toContain('the session 08:00–10:30 was stopped at the last activity and marked for review');
    await user.click(screen.getByRole('button', { name: 'Undo: I was still working' }));
    expect(api.trackerUndoAutoClose).toHaveBeenCalledTimes(1);
  });

  it('offers the undo of an away answer until its minute is over', async () => {
    const { api, user } = show({ ...base, idleUndo: { choice: 'discard', until: NOW + 30_000 } });
    expect(screen.getByRole('status').textContent).toContain('The time away was discarded and the session stopped.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(api.trackerUndoIdle).toHaveBeenCalledTimes(1);
    cleanup();
    show({ ...base, idleUndo: { choice: 'discard', until: NOW - 1 } });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
