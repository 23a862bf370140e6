// @vitest-environment jsdom
/**
 * Issue 14 item 6: Today speaks up. A crossed line changes the status's words and colour, passed
 * lines are listed in the past tense apart from the coming ones, the timeline's lines are labelled,
 * "rest from" is not shown when nothing runs, and a grouped warning keeps one warning per line.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAN_RULES, type Lang, type PlanItem, type PlanReason } from '../../src/core/index';
import type { PendingWarningView, TrackerStatus } from '../../src/shared/ipc/dto';
import { I18nProvider } from '../../src/ui/i18n';
import { splitLines, statusAlert, timelineLines } from '../../src/ui/lib/today-status';
import { TodayPage } from '../../src/ui/pages/TodayPage';

const NOW = Date.parse('2026-11-24T20:30:00Z'); // Tuesday 21:30 in Oslo
const at = (hhmm: string) => Date.parse(`2026-11-24T${hhmm}:00+01:00`);
const item = (reason: PlanReason, hhmm: string): PlanItem => ({ at: at(hhmm) - 15 * 60_000, line: at(hhmm), reason, rule: PLAN_RULES[reason], message: { nb: `nb ${reason} ${hhmm}`, nn: `nn ${reason} ${hhmm}`, en: `en ${reason} ${hhmm}` } });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  delete (globalThis as { api?: unknown }).api;
});

describe('the status line names the most serious crossed line', () => {
  it.each([
    ['nothing crossed', [], true, null],
    ['the agreed end only', ['agreed-end'], true, 'agreed-end'],
    ['9 hours and the agreed end', ['agreed-end', 'daily-normal-limit'], true, 'daily-normal-limit'],
    ['night beats 9 hours', ['agreed-end', 'daily-normal-limit', 'night-start'], true, 'night-start'],
    ['13 hours beats night', ['night-start', 'total-day-limit'], true, 'total-day-limit'],
    ['a break line asks for a break, not an alert', ['break-due'], true, null],
    ['the pre-warning names nothing', ['agreed-end-soon'], true, null],
    ['no session running: calm', ['night-start'], false, null],
  ] as const)('%s', (_what, reasons, running, expected) => {
    expect(statusAlert(reasons.map((reason) => ({ reason })), running)).toBe(expected);
  });

  it('splits at now (a line that has passed never stays in the future list), in time order, no line twice', () => {
    const r = splitLines([item('agreed-end', '15:45')], [item('night-start', '21:00'), item('agreed-end', '15:45'), item('rest-latest-stop', '22:00')], NOW);
    expect(r.passed.map((p) => p.reason)).toEqual(['agreed-end', 'night-start']);
    expect(r.upcoming.map((p) => p.reason)).toEqual(['rest-latest-stop']);
  });

  it("the agreed end's pair: ahead only the future-tense pre-warning, once passed only the line itself", () => {
    const pair = [{ ...item('agreed-end-soon', '15:45'), at: at('15:30') }, item('agreed-end', '15:45')];
    expect(splitLines([], pair, at('15:32')).upcoming.map((p) => p.reason)).toEqual(['agreed-end-soon']);
    expect(splitLines([], pair, at('15:50')).passed.map((p) => p.reason)).toEqual(['agreed-end']);
  });

  it('labels the timeline, one tick per moment, leaving out the pre-warning', () => {
    expect(timelineLines([item('agreed-end-soon', '15:30'), item('agreed-end', '15:45'), item('night-start', '21:00'), item('rest-latest-stop', '21:00')], (r) => r)).toEqual([
      { at: at('15:45'), label: 'agreed-end' },
      { at: at('21:00'), label: 'night-start · rest-latest-stop' },
    ]);
  });
});

function status(state: TrackerStatus['state']): TrackerStatus {
  return {
    state, zone: 'Europe/Oslo', now: NOW, openSince: state === 'working' ? at('08:00') : null, pausedSince: null,
    current: state === 'idle' ? null : { kind: 'work', location: 'home', initiative: 'employer' },
    today: [{ start: at('08:00'), end: NOW }], agreedEnd: null, restFrom: at('21:00'), nextLine: null, outsideAgreed: true, idleQuestion: null, toReview: 0, pendingWarnings: 0,
  };
}

function show(lang: Lang, state: TrackerStatus['state'], passed: PlanItem[], upcoming: PlanItem[], pending: PendingWarningView[] = []) {
  (globalThis as { api?: unknown }).api = {
    trackerStatus: async () => ({ ok: true, value: status(state) }),
    planNow: async () => ({ ok: true, value: { now: NOW, upcoming, passed } }),
    warningsPending: async () => ({ ok: true, value: pending }),
  };
  render(
    <I18nProvider lang={lang}>
      <TodayPage agreements={[]} zone="Europe/Oslo" changed={0} />
    </I18nProvider>,
  );
}

describe('Today at 21:30 after 13 hours', () => {
  it.each([
    ['nb', 'Natt: arbeid etter 21:00 krever grunnlag · Du jobber siden 08:00', 'Passert i dag', ['15:45 — Avtalt arbeidstid er slutt', '17:00 — Du har jobbet mer enn 9 timer i dag', '21:00 — Du jobber nå om natten'], 'Avtalt slutt'],
    ['nn', 'Natt: arbeid etter 21:00 krev grunnlag · Du jobbar sidan 08:00', 'Passert i dag', ['15:45 — Avtalt arbeidstid er slutt', '17:00 — Du har jobba meir enn 9 timar i dag', '21:00 — Du jobbar no om natta'], 'Avtalt slutt'],
    ['en', 'Night: work after 21:00 needs a basis · You are working since 08:00', 'Passed today', ['15:45 — Your agreed working time has ended', '17:00 — You have worked more than 9 hours today', '21:00 — You are now working at night'], 'Agreed end'],
  ] as const)('%s: the status says it in words and is marked; the passed lines are in the past tense, the coming one in the future', async (lang, words, passedTitle, passedLines, label) => {
    show(lang, 'working', [item('agreed-end', '15:45'), item('daily-normal-limit', '17:00')], [item('night-start', '21:00'), item('rest-latest-stop', '22:00')]);
    const state = screen.getByTestId('today-state');
    await waitFor(() => expect(state.textContent?.trim()).toBe(words));
    expect(state.className).toContain('state-alert');
    expect(screen.getByRole('heading', { name: passedTitle })).toBeTruthy();
    expect([...screen.getByTestId('passed-lines').querySelectorAll('li')].map((li) => li.textContent)).toEqual(passedLines);
    expect(screen.getByTestId('upcoming-lines').textContent).toBe(`22:00 — ${lang} rest-latest-stop 22:00`);
    expect([...document.querySelectorAll('[data-testid="timeline-line"] text')].map((e) => e.textContent)[0]).toBe(label);
  });

  it('calm when nothing is crossed; no "rest from" when no session runs', async () => {
    show('en', 'working', [], [item('night-start', '23:00')]);
    await waitFor(() => expect(screen.getByTestId('today-state').textContent?.trim()).toBe('You are working since 08:00'));
    expect(screen.getByTestId('today-state').className).not.toContain('state-alert');
    expect(screen.getByTestId('rest-from').textContent).toBe('21:00');
    cleanup();
    show('en', 'idle', [], []);
    await waitFor(() => expect(screen.getByTestId('today-state').textContent?.trim()).toBe('No session running'));
    await waitFor(() => expect(screen.queryByText('Rest must start by')).toBeNull());
    expect(screen.queryByTestId('rest-from')).toBeNull();
    cleanup();
    show('en', 'paused', [], []);
    await waitFor(() => expect(screen.getByTestId('today-state').textContent).toContain('Paused'));
    expect(screen.queryByTestId('rest-from')).toBeNull();
  });
});

describe('pending warnings collapse to one line with one primary action', () => {
  const HELD: PendingWarningView = { id: 'held-1', title: '3 warnings held back', body: 'Agreed working time ends soon\nNight work starts soon\nStop soon to keep the daily rest', since: NOW, cause: 'do-not-disturb' };
  const FOLLOW: PendingWarningView = { id: 'f-1', title: 'You are now working at night', body: 'Night work from 21:00.\nStop now, or record the overtime with a reason.', since: NOW, cause: 'do-not-disturb', sessionId: `open-${at('08:00')}` };

  it('each card has one primary button (record for the running session, else dismiss); the grouped body keeps one warning per line', async () => {
    show('en', 'working', [], [], [HELD, FOLLOW]);
    const region = await screen.findByRole('region', { name: 'Warnings that were not shown' });
    const [held, follow] = within(region).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect([...held.querySelectorAll('button.primary')].map((b) => b.textContent)).toEqual(['Dismiss']);
    expect([...follow.querySelectorAll('button.primary')].map((b) => b.textContent)).toEqual(['Record the basis for overtime']);
    expect([...held.querySelectorAll('.pending-body-line')].map((l) => l.textContent)).toEqual(['Agreed working time ends soon', 'Night work starts soon', 'Stop soon to keep the daily rest']);
    expect(held.querySelector('.pending-line')?.textContent).toContain('3 warnings held back');
    expect(held.querySelector('.pending-line')?.textContent).not.toContain('Night work starts soon');
  });
});
