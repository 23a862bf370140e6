import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index';
import type { Tracker } from '../../../src/app/tracker/tracker';
import { HOUR, MIN, T0 } from '../../store/helpers';
import { rig } from './setup';

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};
const problem = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const spans = (rows: { start: number; end: number }[]) => rows.map((s) => [(s.start - T0) / MIN, (s.end - T0) / MIN]);

describe('tracker: start, pause, resume, stop', () => {
  it('records each running stretch as one session', async () => {
    const { tracker, clock, store } = await rig();
    tracker.run();
    ok(tracker.start());
    clock.advance(90 * MIN);
    ok(tracker.pause());
    clock.advance(30 * MIN);
    ok(tracker.resume());
    clock.advance(60 * MIN);
    ok(tracker.stop());
    expect(spans(store.sessions.between(0, Infinity))).toEqual([
      [0, 90],
      [120, 180],
    ]);
    expect(tracker.status().state).toBe('stopped');
  });

  it.each([
    ['pause when stopped', (t: Tracker) => t.pause(), 'not-running'],
    ['resume when stopped', (t: Tracker) => t.resume(), 'not-paused'],
    ['stop when stopped', (t: Tracker) => t.stop(), 'not-running'],
    ['start twice', (t: Tracker) => (t.start(), t.start()), 'already-running'],
  ])('%s is refused with %s', async (_name, act, code) => {
    const { tracker } = await rig();
    expect(problem(act(tracker))).toBe(code);
  });

  it('keeps kind, location and initiative across pause and resume', async () => {
    const { tracker, clock, store } = await rig();
    tracker.run();
    ok(tracker.start({ kind: 'on-call', location: 'other', initiative: 'own', note: 'release' }));
    clock.advance(10 * MIN);
    ok(tracker.pause());
    clock.advance(10 * MIN);
    ok(tracker.resume());
    clock.advance(10 * MIN);
    ok(tracker.stop());
    const rows = store.sessions.between(0, Infinity);
    expect(rows.map((r) => [r.kind, r.location, r.initiative, r.note])).toEqual([
      ['on-call', 'other', 'own', 'release'],
      ['on-call', 'other', 'own', 'release'],
    ]);
  });

  it('has the open session on disk from the moment it starts', async () => {
    const { tracker, path } = await rig();
    ok(tracker.start());
    const other = await openStore(path, { backups: false });
    expect(other.sessions.open()).toMatchObject({ start: T0, heartbeat: T0, kind: 'work' });
    other.close();
  });
});

describe('tracker: crash recovery', () => {
  it('proposes the last heartbeat and never counts the time after it silently', async () => {
    const r = await rig();
    const stopBeat = r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(42 * MIN + 30_000); // heartbeats at every whole minute up to 42
    stopBeat(); // the process dies (kill -9): no more heartbeats
    r.clock.jump(5 * HOUR);
    const status = r.cli.status();
    expect(status).toMatchObject({ state: 'recovery-needed', proposedEnd: T0 + 42 * MIN });
    expect(problem(r.cli.start())).toBe('recovery-needed');
    expect(problem(r.cli.stop())).toBe('recovery-needed');
    expect(r.store.sessions.count()).toBe(0);
    expect(problem(r.cli.recover(r.clock.now() + MIN))).toBe('in-future');
    expect(problem(r.cli.recover(T0 - MIN))).toBe('before-start');
    const s = ok(r.cli.recover());
    expect(s).toMatchObject({ start: T0, end: T0 + 42 * MIN, review: 'recovered' });
    expect(r.store.audit.entries().at(-1)?.reason).toMatch(/recovered/);
    expect(r.cli.status().state).toBe('stopped');
  });

  it('lets the user give another end than the proposed one', async () => {
    const r = await rig();
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(10 * MIN);
    r.clock.jump(3 * HOUR);
    expect(ok(r.cli.recover(T0 + 20 * MIN))).toMatchObject({ end: T0 + 20 * MIN, review: 'recovered' });
  });

  it('does not ask for recovery of a CLI-started session (no heartbeat expected)', async () => {
    const r = await rig();
    ok(r.cli.start());
    r.clock.jump(3 * HOUR);
    expect(r.cli.status().state).toBe('running');
    expect(ok(r.cli.stop())).toMatchObject({ start: T0, end: T0 + 3 * HOUR });
  });
});

describe('tracker: presence', () => {
  it.each([
    // choice, expected sessions (minutes after T0), state after
    ['keep', [[0, 50], [50, 80]], 'running'],
    ['break', [[0, 50], [70, 80]], 'running'],
    ['discard', [[0, 50]], 'stopped'],
  ] as const)('idle beyond the threshold pauses at its start; answer %s', async (choice, expected, after) => {
    const r = await rig();
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(60 * MIN);
    r.tracker.onPresence({ type: 'idle', at: T0 + 60 * MIN, minutes: 10 });
    expect(r.tracker.status()).toMatchObject({ state: 'paused', idle: { from: T0 + 50 * MIN, to: null } });
    expect(spans(r.store.sessions.between(0, Infinity))).toEqual([[0, 50]]);
    r.clock.advance(5 * MIN);
    r.tracker.onPresence({ type: 'active', at: T0 + 65 * MIN });
    expect(r.tracker.status()).toMatchObject({ idle: { from: T0 + 50 * MIN, to: T0 + 65 * MIN } });
    expect(problem(r.tracker.resume())).toBe('idle-question');
    r.clock.advance(5 * MIN);
    ok(r.tracker.answerIdle(choice));
    expect(r.tracker.status().state).toBe(after);
    r.clock.advance(10 * MIN);
    if (after === 'running') ok(r.tracker.stop());
    expect(spans(r.store.sessions.between(0, Infinity))).toEqual(expected);
  });

  it('ignores idleness below the threshold but does not count it as activity', async () => {
    const r = await rig({ idleThresholdMinutes: 5 });
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(20 * MIN);
    r.tracker.onPresence({ type: 'idle', at: T0 + 20 * MIN, minutes: 3 });
    r.clock.advance(MIN);
    expect(r.tracker.status().state).toBe('running');
    expect(r.store.sessions.open()).toMatchObject({ lastActivity: T0 + 17 * MIN, heartbeat: T0 + 21 * MIN });
    r.tracker.onPresence({ type: 'active', at: T0 + 21 * MIN });
    r.clock.advance(MIN);
    expect(r.store.sessions.open()?.lastActivity).toBe(T0 + 22 * MIN);
  });

  it.each([
    ['short lock continues', 'locked', 'unlocked', 4, 'running', [] as number[][]],
    ['long lock pauses at the lock', 'locked', 'unlocked', 30, 'paused', [[0, 10]]],
    ['suspend pauses at the suspend', 'suspend', 'resume', 60, 'paused', [[0, 10]]],
    ['short suspend continues', 'suspend', 'resume', 4, 'running', []],
  ] as const)('%s', async (_name, away, back, minutes, state, closed) => {
    const r = await rig();
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(10 * MIN);
    r.tracker.onPresence({ type: away, at: T0 + 10 * MIN });
    if (away === 'suspend') r.clock.jump(minutes * MIN); // no heartbeats while asleep
    else r.clock.advance(minutes * MIN); // locked: the process runs, the user is away
    r.tracker.onPresence({ type: back, at: T0 + (10 + minutes) * MIN });
    expect(r.tracker.status().state).toBe(state);
    expect(spans(r.store.sessions.between(0, Infinity))).toEqual(closed);
    if (state === 'paused') expect(r.tracker.status()).toMatchObject({ idle: { from: T0 + 10 * MIN, to: T0 + (10 + minutes) * MIN } });
  });

  it('a heartbeat gap (sleep without events) pauses at the last heartbeat and asks', async () => {
    const r = await rig();
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(30 * MIN);
    r.clock.jump(2 * HOUR);
    r.clock.advance(MIN);
    expect(spans(r.store.sessions.between(0, Infinity))).toEqual([[0, 30]]);
    expect(r.tracker.status()).toMatchObject({ state: 'paused', idle: { from: T0 + 30 * MIN } });
  });

  it('stops a session beyond the maximum length at the last activity, flagged', async () => {
    const r = await rig({ maxSessionHours: 16, idleThresholdMinutes: 24 * 60 });
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(10 * HOUR);
    r.tracker.onPresence({ type: 'idle', at: r.clock.now(), minutes: 0 }); // last activity 10:00 h in
    r.clock.advance(7 * HOUR);
    const [s] = r.store.sessions.between(0, Infinity);
    expect(s).toMatchObject({ start: T0, end: T0 + 10 * HOUR, review: 'max-length' });
    expect(r.tracker.status().state).toBe('stopped');
  });

  it('stops a forgotten timer at the last activity, flagged, long after the agreed end', async () => {
    const agreedEnd = () => T0 + 8 * HOUR; // 16:00 local
    const r = await rig({ forgottenAfterMinutes: 180, idleThresholdMinutes: 24 * 60 }, agreedEnd);
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(9 * HOUR);
    r.tracker.onPresence({ type: 'idle', at: r.clock.now(), minutes: 45 }); // idle since 8:15 h in
    r.clock.advance(2 * HOUR);
    const [s] = r.store.sessions.between(0, Infinity);
    expect(s).toMatchObject({ start: T0, end: T0 + 8 * HOUR + 15 * MIN, review: 'forgotten' });
    expect(r.store.audit.entries().at(-1)).toMatchObject({ action: 'stop-flagged' });
  });
});
