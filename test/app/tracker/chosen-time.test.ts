/**
 * Issue 14 item 3: start and stop at a time the user chooses, and a new start for the running session.
 * Refused: times in the future, overlaps with other sessions, times inside a locked payroll period
 * without a reason — each one sentence in nb, nn and en saying which.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, localTime, Tracker, type TrackerProblem } from '../../../src/app/tracker/index';
import { DEFAULT_TRACKER_SETTINGS } from '../../../src/app/tracker/settings';
import { auditReasonText, parseAuditReason } from '../../../src/shared/audit-reason';
import { openStore } from '../../../src/store/index';
import { FakeClock, T0, tempDir } from '../../store/helpers';

const MIN = 60_000;
const NOW = T0 + 2 * 60 * MIN; // 10:00 Oslo, Tuesday 2026-03-10

async function rig() {
  const clock = new FakeClock(NOW);
  const store = await openStore(join(tempDir(), 'fyrabend.db'), { now: () => clock.now() });
  const tracker = new Tracker({ sessions: store.sessions, state: store.trackerState, clock, settings: DEFAULT_TRACKER_SETTINGS, zone: () => 'Europe/Oslo', heartbeats: false, locks: store.locks });
  // 06:00–07:00 is already recorded
  store.sessions.change({ action: 'add', after: { start: T0 - 120 * MIN, end: T0 - 60 * MIN, zone: 'Europe/Oslo', kind: 'work', location: 'home', initiative: 'employer', breakWithDuties: false }, at: NOW, reason: 'seed' });
  return { clock, store, tracker };
}

describe('start at a chosen time', () => {
  const cases: [string, number, string | undefined, TrackerProblem['code'] | null][] = [
    ['07:45 (in the past, after the recorded session)', T0 - 15 * MIN, undefined, null],
    ['10:05 (in the future)', NOW + 5 * MIN, undefined, 'start-in-future'],
    ['06:30 (inside the recorded 06:00–07:00)', T0 - 90 * MIN, undefined, 'chosen-overlap'],
  ];
  it.each(cases)('%s', async (_name, at, reason, code) => {
    const { tracker, store } = await rig();
    const r = tracker.startAt(at, {}, reason);
    if (code === null) {
      expect(r.ok).toBe(true);
      expect(store.sessions.open()).toMatchObject({ start: at });
    } else {
      expect(r).toMatchObject({ ok: false, error: { code } });
      expect(store.sessions.open()).toBeNull();
    }
  });

  it('inside a locked period: refused without a reason, accepted with one', async () => {
    const { tracker, store } = await rig();
    store.locks.lockPeriod(T0 - 24 * 60 * MIN, T0 + 0 * MIN, NOW, '2026-03');
    expect(tracker.startAt(T0 - 30 * MIN)).toMatchObject({ ok: false, error: { code: 'locked-needs-reason', label: '2026-03' } });
    expect(tracker.startAt(T0 - 30 * MIN, {}, '  ')).toMatchObject({ ok: false, error: { code: 'locked-needs-reason' } });
    expect(tracker.startAt(T0 - 30 * MIN, {}, 'forgot to start')).toMatchObject({ ok: true, value: { start: T0 - 30 * MIN } });
  });

  it('is refused while a session runs', async () => {
    const { tracker } = await rig();
    tracker.start();
    expect(tracker.startAt(T0)).toMatchObject({ ok: false, error: { code: 'already-running' } });
  });
});

describe('stop at a chosen time', () => {
  const cases: [string, number, TrackerProblem['code'] | null][] = [
    ['09:40 (after the start, in the past)', NOW - 20 * MIN, null],
    ['10:10 (in the future)', NOW + 10 * MIN, 'stop-in-future'],
    ['08:00 (the start itself)', T0, 'stop-before-start'],
    ['07:30 (before the start)', T0 - 30 * MIN, 'stop-before-start'],
  ];
  it.each(cases)('%s', async (_name, at, code) => {
    const { tracker, store, clock } = await rig();
    clock.t = T0;
    tracker.start();
    clock.t = NOW;
    const r = tracker.stopAt(at);
    if (code === null) {
      expect(r).toMatchObject({ ok: true, value: { start: T0, end: at } });
      expect(store.sessions.open()).toBeNull();
    } else {
      expect(r).toMatchObject({ ok: false, error: { code } });
      expect(store.sessions.open()).toMatchObject({ start: T0 });
    }
  });

  it('inside a locked period needs a reason, and is then kept as a correction', async () => {
    const { tracker, store, clock } = await rig();
    clock.t = T0;
    tracker.start();
    clock.t = NOW;
    store.locks.lockPeriod(T0, T0 + 24 * 60 * MIN, NOW, '2026-03');
    expect(tracker.stopAt(NOW - 10 * MIN)).toMatchObject({ ok: false, error: { code: 'locked-needs-reason' } });
    expect(tracker.stopAt(NOW - 10 * MIN, 'stopped for the day at 09:50')).toMatchObject({ ok: true, value: { end: NOW - 10 * MIN } });
    expect(store.locks.correctionsSince(0).map((c) => c.reason)).toEqual([expect.stringContaining('stopped for the day at 09:50')]);
  });

  it('is refused when nothing runs', async () => {
    const { tracker } = await rig();
    expect(tracker.stopAt(NOW - MIN)).toMatchObject({ ok: false, error: { code: 'not-running' } });
  });
});

describe('change the start of the running session', () => {
  const cases: [string, number, TrackerProblem['code'] | null][] = [
    ['earlier, to 07:45', T0 - 15 * MIN, null],
    ['later, to 08:30', T0 + 30 * MIN, null],
    ['into the future', NOW + MIN, 'start-in-future'],
    ['into the recorded 06:00–07:00', T0 - 70 * MIN, 'chosen-overlap'],
  ];
  it.each(cases)('%s', async (_name, at, code) => {
    const { tracker, store, clock } = await rig();
    clock.t = T0;
    tracker.start();
    clock.t = NOW;
    const r = tracker.changeStart(at);
    if (code === null) {
      expect(r.ok).toBe(true);
      expect(store.sessions.open()).toMatchObject({ start: at });
      // Its own audit action with the running session's start before and after (not a discarded open session).
      const entry = store.audit.entries().at(-1);
      expect(entry).toMatchObject({ action: 'change-start', sessionId: null });
      expect(JSON.parse(entry!.before!)).toMatchObject({ start: new Date(T0).toISOString(), open: true });
      expect(JSON.parse(entry!.after!)).toMatchObject({ start: new Date(at).toISOString(), open: true });
      expect(parseAuditReason(entry!.reason)).toEqual({ code: 'change-start', params: { from: new Date(T0).toISOString(), to: new Date(at).toISOString() } });
      expect(auditReasonText(entry!.reason, 'nb', 'Europe/Oslo')).toBe(`starten endret fra 2026-03-10 08:00 til ${localTime(at, 'Europe/Oslo')}`);
      expect(store.audit.entries().filter((e) => e.action === 'discard-open')).toEqual([]);
    } else {
      expect(r).toMatchObject({ ok: false, error: { code } });
      expect(store.sessions.open()).toMatchObject({ start: T0 });
    }
  });
});

describe('the moved start in the change log', () => {
  it('keeps the user\'s reason as written, and the last activity is never before the new start', async () => {
    const { tracker, store, clock } = await rig();
    clock.t = T0;
    tracker.start();
    clock.t = NOW;
    expect(tracker.changeStart(T0 + 30 * MIN, 'Glemte å starte').ok).toBe(true);
    const open = store.sessions.open()!;
    expect(open.lastActivity).toBeGreaterThanOrEqual(open.start);
    const entry = store.audit.entries().at(-1)!;
    expect(auditReasonText(entry.reason, 'nn', 'Europe/Oslo')).toBe('starten endra frå 2026-03-10 08:00 til 2026-03-10 08:30; grunn: Glemte å starte');
    expect(auditReasonText(entry.reason, 'en', 'Europe/Oslo')).toBe('start changed from 2026-03-10 08:00 to 2026-03-10 08:30; reason: Glemte å starte');
    // The session keeps its other fields and stops as usual.
    clock.t = NOW + MIN;
    expect(tracker.stop()).toMatchObject({ ok: true });
    expect(store.sessions.between(T0, NOW + MIN).map((s) => s.start)).toEqual([T0 + 30 * MIN]);
  });
});

describe('each refusal is one sentence in nb, nn and en, saying which time', () => {
  const problems: TrackerProblem[] = [
    { code: 'start-in-future', at: NOW + 5 * MIN, now: NOW },
    { code: 'stop-in-future', at: NOW + 5 * MIN, now: NOW },
    { code: 'stop-before-start', at: T0 - 30 * MIN, start: T0 },
    { code: 'chosen-overlap', at: T0 - 90 * MIN, otherStart: T0 - 120 * MIN, otherEnd: T0 - 60 * MIN },
    { code: 'locked-needs-reason', at: T0 - 30 * MIN, label: '2026-02' },
  ];
  const langs = ['nb', 'nn', 'en'] as const;
  it.each(problems.flatMap((p) => langs.map((l) => [p.code, l, p] as const)))('%s in %s', (_c, lang, p) => {
    const text = describeProblem(p, lang, 'Europe/Oslo');
    expect(text.split(/(?<=\.)\s/).length).toBe(1);
    expect(text).toMatch(/\.$/);
    expect(text).toContain(localTime((p as { readonly at: number }).at, 'Europe/Oslo'));
    expect(text).not.toMatch(/\{/);
  });
  it('the three languages differ', () => {
    for (const p of problems) expect(new Set(langs.map((l) => describeProblem(p, l, 'Europe/Oslo'))).size).toBe(3);
  });
});
