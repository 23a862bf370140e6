/** Wires a WarningScheduler to the fakes. */
import { WarningScheduler } from '../../../src/app/warnings/scheduler';
import type { PlanFn } from '../../../src/app/warnings/sources';
import type { WarningStateStore } from '../../../src/app/warnings/warning-state';
import type { Instant } from '../../../src/core/model';
import { FakeDnd, FakeIdle, FakeNotifier, FakeSources, FakeTime } from './fakes';

export interface Harness {
  readonly time: FakeTime;
  readonly sources: FakeSources;
  readonly notifier: FakeNotifier;
  readonly dnd: FakeDnd;
  readonly idle: FakeIdle;
  readonly scheduler: WarningScheduler;
  /** Every key that became due, with the wall instant it became due. */
  dueKeys(): { key: string; now: Instant }[];
}

export function harness(start: Instant, plan: PlanFn, heartbeatMs = 60_000, state?: WarningStateStore): Harness {
  const time = new FakeTime(start);
  const sources = new FakeSources();
  const notifier = new FakeNotifier(time);
  const dnd = new FakeDnd();
  const idle = new FakeIdle();
  const scheduler = new WarningScheduler({ plan, sources, notifier, timer: time, time, dnd, idle, heartbeatMs, historyLimit: 100_000, ...(state ? { state } : {}) });
  time.settle = () => scheduler.settled();
  return {
    time,
    sources,
    notifier,
    dnd,
    idle,
    scheduler,
    dueKeys: () => scheduler.history().flatMap((r) => r.keys.map((key) => ({ key, now: r.now }))),
  };
}
