/**
 * The scheduler on the real core planner: the calendar scenarios (DST both ways, Saturday before a
 * Sunday window, Easter Saturday 15:00, the day before 17 May) and a suspend over midnight.
 */
import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/index';
import { deliveryKey } from '../../../src/app/warnings/delivered-log';
import { HOUR, MIN, oslo, openSession, osloText } from './fakes';
import { harness } from './harness';
import { SCENARIOS } from './scenarios';

describe('warning scheduler on the real planner', () => {
  it.each(SCENARIOS)('$name', async (sc) => {
    const h = harness(oslo(sc.start), plan);
    h.sources.open = openSession(oslo(sc.start));
    await h.scheduler.start();
    await h.time.advanceTo(oslo(sc.until));

    const due = h.dueKeys();
    for (const l of sc.lines) {
      const line = { reason: l.reason, line: oslo(l.line) };
      expect(due.filter((d) => d.key === deliveryKey('warn', line)).map((d) => osloText(d.now)), `${l.reason} warning`).toEqual([osloText(line.line - 15 * MIN)]);
      expect(due.filter((d) => d.key === deliveryKey('follow', line)).map((d) => osloText(d.now)), `${l.reason} follow-up`).toEqual([osloText(line.line)]);
    }
    const keys = due.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of h.scheduler.history()) expect(r.shown.length).toBeLessThanOrEqual(1);
  });

  it('a suspend over midnight (Tue 2026-03-10 20:00, asleep 20:30–01:30) gives one summary, then stays on time (version 2: 5.5 h without a break at 01:30 is crossed too)', async () => {
    const h = harness(oslo('2026-03-10 20:00'), plan);
    h.sources.open = openSession(oslo('2026-03-10 20:00'));
    await h.scheduler.start();
    await h.time.advanceTo(oslo('2026-03-10 20:30'));
    const before = h.notifier.shown.length;
    h.time.sleep(5 * HOUR);
    await h.scheduler.resumed();
    await h.time.advance(10 * MIN);
    const afterResume = h.notifier.shown.slice(before);
    expect(afterResume).toHaveLength(1);
    // Night (21:00) and the latest stop for daily rest before Wednesday 08:00 (21:00) were crossed in sleep,
    // and (version 2, § 10-9 (1)) 5.5 h without a break at 01:30, the instant of the resume.
    const crossed = h.scheduler.history().find((r) => r.cause === 'resume')?.keys ?? [];
    expect(crossed.filter((k) => k.startsWith('follow:')).sort()).toEqual(
      [`follow:night-start:${oslo('2026-03-10 21:00')}`, `follow:rest-latest-stop:${oslo('2026-03-10 21:00')}`, `follow:break-due:${oslo('2026-03-11 01:30')}`].sort(),
    );
    expect(afterResume[0]?.request.body).toContain('Stop now, or record the overtime with a reason.');
    expect(afterResume[0]?.request.click.action).toBe('stop-or-record-overtime');
    // Spec case 1: 9 h from 20:00 is 05:00 the next morning.
    await h.time.advanceTo(oslo('2026-03-11 05:30'));
    const nine = { reason: 'daily-normal-limit' as const, line: oslo('2026-03-11 05:00') };
    expect(h.dueKeys().filter((d) => d.key === deliveryKey('warn', nine)).map((d) => osloText(d.now))).toEqual(['2026-03-11 04:45 +01:00']);
  });
});
