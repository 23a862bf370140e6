import { describe, expect, it } from 'vitest';
import { deliveryKey } from '../../../src/app/warnings/delivered-log';
import { MIN, handPlanner, oslo, openSession, osloText } from './fakes';
import { harness } from './harness';
import { SCENARIOS } from './scenarios';

describe('warning scheduler: calendar scenarios with a hand-made planner', () => {
  it.each(SCENARIOS)('$name', async (sc) => {
    const lines = sc.lines.map((l) => ({ reason: l.reason, line: oslo(l.line) }));
    const h = harness(oslo(sc.start), handPlanner(() => lines));
    h.sources.open = openSession(oslo(sc.start));
    await h.scheduler.start();
    await h.time.advanceTo(oslo(sc.until));

    const due = h.dueKeys();
    for (const l of lines) {
      const warn = due.filter((d) => d.key === deliveryKey('warn', l));
      const follow = due.filter((d) => d.key === deliveryKey('follow', l));
      // The warning comes exactly 15 min before the line (absolute instants, also across DST) …
      expect(warn.map((d) => osloText(d.now))).toEqual([osloText(l.line - 15 * MIN)]);
      // … and the follow-up exactly at the line, once.
      expect(follow.map((d) => osloText(d.now))).toEqual([osloText(l.line)]);
    }
    // Never a duplicate key, and one notification per wake-up with something due.
    const keys = due.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    const wakesWithDue = h.scheduler.history().filter((r) => r.keys.length > 0).length;
    expect(h.notifier.shown.length).toBe(Math.min(wakesWithDue, h.notifier.shown.length));
    expect(h.notifier.shown.length).toBe(lines.length * 2);
  });
});
