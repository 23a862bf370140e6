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

  it('never closes or shortens the session of a user present from 08:00 to 23:00 (an idle source reports activity)', async () => {
    const agreedEnd = () => T0 + 7 * HOUR + 45 * MIN; // 15:45 local when T0 is 08:00
    const asked: string[] = [];
    const r = await rig({ forgottenAfterMinutes: 180, heartbeatSeconds: 300 }, agreedEnd, T0, { askStillWorking: (q) => asked.push(q.reason), closedUnanswered: () => asked.push('closed') });
    r.tracker.run();
    ok(r.tracker.start());
    for (let k = 0; k < 15 * 12; k++) {
      r.clock.advance(5 * MIN);
      r.tracker.onPresence({ type: 'active', at: r.clock.now() });
    }
    expect(r.store.sessions.between(0, Infinity)).toEqual([]);
    expect(r.tracker.status()).toMatchObject({ state: 'running', open: { start: T0, lastActivity: T0 + 15 * HOUR } });
    expect(asked).toEqual([]);
    ok(r.tracker.stop());
    expect(spans(r.store.sessions.between(0, Infinity))).toEqual([[0, 15 * 60]]);
  });

  it('asks at 16 h instead of cutting, and keeps recording while the user is present', async () => {
    const asked: string[] = [];
    const r = await rig({ maxSessionHours: 16, heartbeatSeconds: 600 }, undefined, T0, { askStillWorking: (q) => asked.push(`${q.reason} ${(q.start - T0) / HOUR}`), closedUnanswered: () => asked.push('closed') });
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(16 * HOUR + 10 * MIN);
    expect(asked).toEqual(['max-length 0']);
    r.clock.advance(6 * HOUR);
    expect(asked).toEqual(['max-length 0']);
    expect(r.store.sessions.between(0, Infinity)).toEqual([]);
    expect(r.store.trackerState.get().question).toMatchObject({ reason: 'max-length', sessionStart: T0 });
    ok(r.tracker.answerStillWorking(true));
    expect(r.store.trackerState.get().question).toBeNull();
    expect(r.tracker.status().state).toBe('running');
  });

  it('with an idle source, never closes a session whose user is idle below the threshold, however long after the question', async () => {
    const asked: string[] = [];
    const r = await rig({ maxSessionHours: 16, idleThresholdMinutes: 24 * 60, heartbeatSeconds: 600 }, undefined, T0, { askStillWorking: (q) => asked.push(q.reason), closedUnanswered: () => asked.push('closed') });
    r.tracker.run();
    ok(r.tracker.start());
    r.clock.advance(10 * HOUR);
    r.tracker.onPresence({ type: 'idle', at: r.clock.now(), minutes: 0 });
    r.clock.advance(12 * HOUR);
    expect(asked).toEqual(['max-length']);
    expect(r.store.sessions.between(0, Infinity)).toEqual([]);
    expect(r.tracker.status().state).toBe('running');
  });

  describe('without an idle source', () => {
    const agreedEnd = () => T0 + 8 * HOUR; // 16:00 local
    const setup = async () => {
      const seen: string[] = [];
      const r = await rig({ forgottenAfterMinutes: 180, heartbeatSeconds: 600 }, agreedEnd, T0, {
        askStillWorking: (q) => seen.push(`ask ${q.reason} from ${(q.start - T0) / HOUR} h`),
        closedUnanswered: (c) => seen.push(`closed ${c.reason} ${(c.start - T0) / HOUR}–${(c.end - T0) / HOUR} h`),
      }, false);
      return { ...r, seen };
    };

    it('asks 3 h after the agreed end, keeps recording, and closes at the last activity only after 3 h more with no answer', async () => {
      const r = await setup();
      r.tracker.run();
      ok(r.tracker.start());
      r.clock.advance(2 * HOUR);
      r.tracker.onPresence({ type: 'active', at: r.clock.now() }); // the last sign of the user: 10:00
      r.clock.advance(9 * HOUR + 5 * MIN); // 19:05: asked at 19:00
      expect(r.seen).toEqual(['ask forgotten from 0 h']);
      expect(r.tracker.status().state).toBe('running');
      r.clock.advance(2 * HOUR + 50 * MIN); // 21:55: no answer for 2 h 55 min
      expect(r.store.sessions.between(0, Infinity)).toEqual([]);
      r.clock.advance(10 * MIN); // 22:05
      expect(r.seen).toEqual(['ask forgotten from 0 h', 'closed forgotten 0–2 h']);
      const [s] = r.store.sessions.between(0, Infinity);
      expect(s).toMatchObject({ start: T0, end: T0 + 2 * HOUR, review: 'forgotten' });
      expect(r.store.trackerState.get().autoClosed).toMatchObject({ sessionId: s!.id, reason: 'forgotten' });
    });

    it('an answer "still working" keeps the session and asks again only 3 h later', async () => {
      const r = await setup();
      r.tracker.run();
      ok(r.tracker.start());
      r.clock.advance(11 * HOUR + 5 * MIN); // 19:05
      ok(r.tracker.answerStillWorking(true));
      r.clock.advance(2 * HOUR + 50 * MIN);
      expect(r.seen).toEqual(['ask forgotten from 0 h']);
      r.clock.advance(20 * MIN);
      expect(r.seen).toEqual(['ask forgotten from 0 h', 'ask forgotten from 0 h']);
      expect(r.store.sessions.between(0, Infinity)).toEqual([]);
    });

    it('an answer "I stopped" ends the session at the last activity or at the time given', async () => {
      const r = await setup();
      r.tracker.run();
      ok(r.tracker.start());
      r.clock.advance(11 * HOUR + 5 * MIN);
      expect(problem(r.tracker.answerStillWorking(false, r.clock.now() + MIN))).toBe('in-future');
      ok(r.tracker.answerStillWorking(false, T0 + 8 * HOUR + 30 * MIN));
      expect(spans(r.store.sessions.between(0, Infinity))).toEqual([[0, 8 * 60 + 30]]);
      expect(problem(r.tracker.answerStillWorking(true))).toBe('no-question');
    });

    it.each([
      ['with a last activity', 2 * HOUR],
      ['with no sign of the user since the start (nothing was stored)', 0],
    ])('undo after the closing makes it the running session again, from its start (%s)', async (_name, activityAfter) => {
      const r = await setup();
      r.tracker.run();
      ok(r.tracker.start());
      if (activityAfter > 0) {
        r.clock.advance(activityAfter);
        r.tracker.onPresence({ type: 'active', at: r.clock.now() });
      }
      r.clock.advance(14 * HOUR + 5 * MIN - activityAfter);
      expect(r.tracker.status().state).toBe('stopped');
      ok(r.tracker.undoAutoClose());
      expect(r.store.sessions.between(0, Infinity)).toEqual([]);
      expect(r.tracker.status()).toMatchObject({ state: 'running', open: { start: T0 } });
      expect(problem(r.tracker.undoAutoClose())).toBe('nothing-to-undo');
      if (activityAfter > 0) expect(r.store.audit.entries().map((e) => e.action)).toEqual(expect.arrayContaining(['stop-flagged', 'delete']));
    });
  });

  describe('undo of the away answer', () => {
    it.each(['keep', 'discard', 'break'] as const)('%s can be taken back within a minute, and the question is asked again', async (choice) => {
      const r = await rig({ idleThresholdMinutes: 5 });
      r.tracker.run();
      ok(r.tracker.start());
      r.clock.advance(30 * MIN);
      r.tracker.onPresence({ type: 'idle', at: r.clock.now(), minutes: 10 });
      r.clock.advance(MIN);
      r.tracker.onPresence({ type: 'active', at: r.clock.now() });
      const before = r.tracker.status();
      ok(r.tracker.answerIdle(choice));
      r.clock.advance(50_000);
      ok(r.tracker.undoIdleAnswer());
      expect(r.tracker.status()).toEqual(before);
      expect(spans(r.store.sessions.between(0, Infinity))).toEqual([[0, 20]]);
    });

    it('is refused after a minute', async () => {
      const r = await rig({ idleThresholdMinutes: 5 });
      r.tracker.run();
      ok(r.tracker.start());
      r.clock.advance(30 * MIN);
      r.tracker.onPresence({ type: 'idle', at: r.clock.now(), minutes: 10 });
      ok(r.tracker.answerIdle('keep'));
      r.clock.advance(61_000);
      expect(problem(r.tracker.undoIdleAnswer())).toBe('nothing-to-undo');
      expect(r.tracker.status().state).toBe('running');
    });
  });
});
