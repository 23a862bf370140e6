import { describe, expect, it } from 'vitest';
import { defaultAgreement, PLAN_RULES, type PlanItem, type PlanReason } from '../../../src/core/index';
import { agreedEndToday, restFrom, workedToday } from '../../../src/app/tray/day-lines';
import { durationText, sameMenu, trayModel } from '../../../src/app/tray/view-model';
import type { TrackerStatus } from '../../../src/shared/ipc/dto';

const Z = 'Europe/Oslo';
const utc = (s: string) => Date.parse(s);
const H = 3_600_000;

function status(over: Partial<TrackerStatus>): TrackerStatus {
  return {
    state: 'idle', zone: Z, now: utc('2026-03-10T12:00:00Z'), openSince: null, pausedSince: null, current: null,
    today: [], agreedEnd: null, restFrom: null, nextLine: null, outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0,
    ...over,
  };
}
const labels = (s: TrackerStatus, lang: 'nb' | 'nn' | 'en' = 'en') => trayModel(s, lang).items.map((i) => (i.type === 'separator' ? '---' : i.label));
const actions = (s: TrackerStatus) => trayModel(s, 'en').items.flatMap((i) => (i.type === 'action' ? [i.action] : []));

describe('tray view model: one row per state', () => {
  const now = utc('2026-03-10T13:40:00Z'); // 14:40 in Oslo (+01:00)
  const cases: [string, TrackerStatus, string, string[], string[]][] = [
    ['idle', status({ now }), 'idle', ['No session running', 'Today 0 min'], ['start', 'start-at', 'open-window', 'quit']],
    [
      'working inside agreed time',
      status({ state: 'working', now, openSince: utc('2026-03-10T07:00:00Z'), today: [{ start: utc('2026-03-10T07:00:00Z'), end: now }], agreedEnd: utc('2026-03-10T14:45:00Z'), restFrom: utc('2026-03-10T20:00:00Z') }),
      'working',
      ['Working since 08:00', 'Today 6 h 40 min', 'Agreed time ends 15:45', 'Rest from 21:00'],
      ['pause', 'stop', 'stop-at', 'change-start', 'open-window', 'quit'],
    ],
    [
      'paused',
      status({ state: 'paused', now, pausedSince: utc('2026-03-10T11:00:00Z'), today: [{ start: utc('2026-03-10T07:00:00Z'), end: utc('2026-03-10T11:00:00Z') }] }),
      'paused',
      ['Paused since 12:00', 'Today 4 h 0 min'],
      ['resume', 'stop', 'open-window', 'quit'],
    ],
    [
      'working outside agreed time',
      status({ state: 'working', now: utc('2026-03-10T19:00:00Z'), openSince: utc('2026-03-10T18:30:00Z'), today: [{ start: utc('2026-03-10T18:30:00Z'), end: utc('2026-03-10T19:00:00Z') }], outsideAgreed: true }),
      'warning',
      ['Working since 19:30', 'Today 30 min', 'Outside agreed working time'],
      ['pause', 'stop', 'stop-at', 'change-start', 'open-window', 'quit'],
    ],
    ['idle with warnings waiting', status({ now, pendingWarnings: 2, toReview: 1 }), 'warning', ['No session running', 'Today 0 min', 'Warnings waiting: 2', 'Sessions to review: 1'], ['start', 'start-at', 'open-window', 'quit']],
  ];
  it.each(cases)('%s', (_name, s, icon, infoLabels, acts) => {
    const m = trayModel(s, 'en');
    expect(m.icon).toBe(icon);
    expect(labels(s).slice(0, infoLabels.length)).toEqual(infoLabels);
    expect(actions(s)).toEqual(acts);
    expect(m.tooltip).toContain('Fyrabend');
  });

  it.each(['nb', 'nn', 'en'] as const)('has every label in %s', (lang) => {
    const s = status({ state: 'working', now, openSince: now - H, today: [{ start: now - H, end: now }], agreedEnd: now + H, restFrom: now + 5 * H });
    for (const l of labels(s, lang)) expect(l.length).toBeGreaterThan(0);
    expect(labels(s, 'nb')).toContain('I dag 1 t 0 min');
    expect(labels(s, 'nn')).toContain('Kvile frå 19:40');
  });
});

describe('chosen-time entries (issue 14 item 3: start, stop and change the start at a time chosen in the window)', () => {
  const now = utc('2026-03-10T13:40:00Z');
  const working = status({ state: 'working', now, openSince: now - H, today: [{ start: now - H, end: now }] });
  const actionLabels = (s: TrackerStatus, lang: 'nb' | 'nn' | 'en') => trayModel(s, lang).items.flatMap((i) => (i.type === 'action' ? [[i.action, i.label]] : []));
  it.each([
    ['nb', 'Stopp på et valgt tidspunkt…', 'Endre starten…', 'Start på et valgt tidspunkt…'],
    ['nn', 'Stopp på eit valt tidspunkt…', 'Endre starten…', 'Start på eit valt tidspunkt…'],
    ['en', 'Stop at a chosen time…', 'Change the start…', 'Start at a chosen time…'],
  ] as const)('%s: "stop at" and "change the start" while a session runs, "start at" when none does, neither while paused', (lang, stopAt, changeStart, startAt) => {
    expect(actionLabels(working, lang)).toEqual(expect.arrayContaining([['stop-at', stopAt], ['change-start', changeStart]]));
    // Paused, the session is already closed: nothing to stop or move (the tracker would refuse both).
    expect(actionLabels(status({ state: 'paused', now, pausedSince: now }), lang).map(([a]) => a)).toEqual(['resume', 'stop', 'open-window', 'quit']);
    const idle = actionLabels(status({ now }), lang);
    expect(idle).toContainEqual(['start-at', startAt]);
    expect(idle.map(([a]) => a)).not.toContain('stop-at');
    expect(idle.map(([a]) => a)).not.toContain('change-start');
  });
});

describe('the next line of the plan (issue 13: the tray shows the next of the version 2 warnings)', () => {
  const now = utc('2026-03-10T13:40:00Z'); // 14:40 in Oslo
  const next = (reason: PlanReason, line: number): PlanItem => ({ at: line - 15 * 60_000, line, reason, rule: PLAN_RULES[reason], message: { nb: 'nb', nn: 'nn', en: 'en' } });
  const working = { state: 'working' as const, now, openSince: utc('2026-03-10T10:00:00Z'), today: [{ start: utc('2026-03-10T10:00:00Z'), end: now }] };
  it.each([
    ['break-due', utc('2026-03-10T15:30:00Z'), 'en', 'Next: break (5.5 h without one) at 16:30'],
    ['break-due', utc('2026-03-10T15:30:00Z'), 'nb', 'Neste: pause (5,5 timer uten pause) kl. 16:30'],
    ['long-break-due', utc('2026-03-10T18:00:00Z'), 'nn', 'Neste: meir pause (8 timar, 30 minutt i alt) kl. 19:00'],
    ['overtime-break-due', utc('2026-03-10T16:45:00Z'), 'en', 'Next: pause past normal hours (2 h) at 17:45'],
    ['weekly-rest-latest-stop', utc('2026-03-10T12:00:00Z') + 4 * H, 'nb', 'Neste: stopp for ukehvilen kl. 17:00'],
    ['total-week-limit', utc('2026-03-10T16:00:00Z'), 'nn', 'Neste: 69 timar denne veka kl. 17:00'],
  ] as const)('%s (%s) in %s', (reason, line, lang, text) => {
    const s = status({ ...working, nextLine: next(reason, line) });
    expect(labels(s, lang)).toContain(text);
    expect(trayModel(s, lang).tooltip).toContain(text);
  });
  it('has a short name for every line in nb, nn and en', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const reason of Object.keys(PLAN_RULES) as PlanReason[]) expect(labels(status({ ...working, nextLine: next(reason, now + H) }), lang).join('|')).not.toContain('line.');
    }
  });
  it('no next line, no row', () => {
    expect(labels(status(working)).some((l) => l.startsWith('Next'))).toBe(false);
  });
});

describe('today on DST days and over midnight', () => {
  const rows: [string, number, { start: number; end: number }[], string][] = [
    // 29 March 2026: clocks go 02:00 → 03:00; the local day is 23 hours.
    ['spring-forward day, whole day', utc('2026-03-29T21:00:00Z'), [{ start: utc('2026-03-28T23:00:00Z'), end: utc('2026-03-29T22:00:00Z') }], '23 h 0 min'],
    // 25 October 2026: clocks go 03:00 → 02:00; the local day is 25 hours.
    ['fall-back day, whole day', utc('2026-10-25T22:30:00Z'), [{ start: utc('2026-10-24T22:00:00Z'), end: utc('2026-10-25T23:00:00Z') }], '25 h 0 min'],
    ['fall-back night 01:00–04:00 local is 4 real hours', utc('2026-10-25T10:00:00Z'), [{ start: utc('2026-10-24T23:00:00Z'), end: utc('2026-10-25T03:00:00Z') }], '4 h 0 min'],
    ['session 22:00–02:00 counts 2 h today', utc('2026-03-11T07:00:00Z'), [{ start: utc('2026-03-10T21:00:00Z'), end: utc('2026-03-11T01:00:00Z') }], '2 h 0 min'],
    ['open session since 22:00, seen at 23:30', utc('2026-03-10T22:30:00Z'), [{ start: utc('2026-03-10T21:00:00Z'), end: utc('2026-03-10T22:30:00Z') }], '1 h 30 min'],
    ['overlapping intervals count once', utc('2026-03-10T12:00:00Z'), [{ start: utc('2026-03-10T08:00:00Z'), end: utc('2026-03-10T10:00:00Z') }, { start: utc('2026-03-10T09:00:00Z'), end: utc('2026-03-10T11:00:00Z') }], '3 h 0 min'],
  ];
  it.each(rows)('%s', (_n, now, intervals, text) => {
    expect(durationText(workedToday(Z, now, intervals), 'en')).toBe(text);
    expect(labels(status({ now, today: intervals }))).toContain(`Today ${text}`);
  });

  it('shows local clock times on the spring-forward day', () => {
    const s = status({ now: utc('2026-03-29T08:00:00Z'), agreedEnd: utc('2026-03-29T13:45:00Z') });
    expect(labels(s)).toContain('Agreed time ends 15:45');
  });
});

describe('agreed end and rest lines from the agreement', () => {
  const a = defaultAgreement({ zone: Z });
  it('agreed end is today\'s window end while it is ahead', () => {
    const mon = utc('2026-03-09T09:00:00Z'); // Monday 10:00
    const end = agreedEndToday(a, mon);
    const monWindows = a.windows.mon;
    if (monWindows.length === 0) expect(end).toBeNull();
    else expect(end).toBe(utc('2026-03-09T00:00:00Z') - H + (monWindows.at(-1)?.to ?? 0) * 60_000);
  });
  it('rest from is the next agreed start minus the daily rest', () => {
    const withWindows = defaultAgreement({ zone: Z, windows: { mon: [{ from: 480, to: 945 }], tue: [{ from: 480, to: 945 }], wed: [], thu: [], fri: [], sat: [], sun: [] } });
    const mon = utc('2026-03-09T09:00:00Z');
    expect(agreedEndToday(withWindows, mon)).toBe(utc('2026-03-09T14:45:00Z'));
    expect(restFrom(withWindows, mon)).toBe(utc('2026-03-10T07:00:00Z') - withWindows.limits.restDailyHours * H);
    expect(agreedEndToday(withWindows, utc('2026-03-09T15:00:00Z'))).toBeNull();
    // Tuesday evening: the next agreed start is next Monday.
    expect(restFrom(withWindows, utc('2026-03-10T15:00:00Z'))).toBe(utc('2026-03-16T07:00:00Z') - 11 * H);
  });
});

describe('menu diff', () => {
  it('is the same for equal statuses and differs when a label changes', () => {
    const a = trayModel(status({}), 'en').items;
    expect(sameMenu(a, trayModel(status({}), 'en').items)).toBe(true);
    expect(sameMenu(a, trayModel(status({ pendingWarnings: 1 }), 'en').items)).toBe(false);
    expect(sameMenu(a, trayModel(status({}), 'nb').items)).toBe(false);
  });
});
