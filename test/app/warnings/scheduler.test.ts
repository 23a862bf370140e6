import { describe, expect, it } from 'vitest';
import { MemoryWarningState } from '../../../src/app/warnings/warning-state';
import type { PendingWarning } from '../../../src/app/warnings/pending';
import { HOUR, MIN, handPlanner, oslo, openSession, osloText, agreement, type Line } from './fakes';
import { harness } from './harness';

const MON = '2026-03-02';
const endOfDay = (input: { agreement: { windows: { mon: readonly { to: number }[] } } }): Line[] => {
  const to = input.agreement.windows.mon[0]?.to ?? 16 * 60;
  const line = oslo(`${MON} ${String(Math.floor(to / 60)).padStart(2, '0')}:${String(to % 60).padStart(2, '0')}`);
  return [
    { reason: 'agreed-end-soon', line },
    { reason: 'agreed-end', line },
  ];
};

async function workday(lang: 'en' | 'nb' = 'en') {
  const h = harness(oslo(`${MON} 08:00`), handPlanner(endOfDay));
  h.sources.open = openSession(oslo(`${MON} 08:00`));
  h.sources.settings = { ...h.sources.settings, lang };
  await h.scheduler.start();
  return h;
}

const shownAt = (h: ReturnType<typeof harness>) => h.notifier.shown.map((s) => `${osloText(s.at).slice(11, 16)} ${s.request.title}`);

describe('warning scheduler: agreed end', () => {
  it('warns 15 min before the agreed end, then follows up at the end, once each', async () => {
    const h = await workday();
    await h.time.advanceTo(oslo(`${MON} 19:00`));
    expect(shownAt(h)).toEqual(['15:45 Your agreed working time ends soon', '16:00 Your agreed working time has ended']);
    const [soon, ended] = h.notifier.shown.map((s) => s.request);
    expect(soon?.body).toContain('agreed-end-soon');
    expect(soon?.click).toEqual({ page: 'today', action: 'open', sessionId: 's1' });
    expect(ended?.body).toContain('Stop now, or record the overtime with a reason.');
    expect(ended?.click).toEqual({ page: 'today', action: 'stop-or-record-overtime', sessionId: 's1' });
  });

  it('speaks the user language (nb)', async () => {
    const h = await workday('nb');
    await h.time.advanceTo(oslo(`${MON} 16:30`));
    expect(shownAt(h)).toEqual(['15:45 Avtalt arbeidstid slutter snart', '16:00 Avtalt arbeidstid er slutt']);
    expect(h.notifier.shown[1]?.request.body).toContain('Stopp nå, eller registrer grunnlaget for overtiden.');
  });

  it('honours the lead-time setting', async () => {
    const h = await workday();
    h.sources.settings = { ...h.sources.settings, leadMinutes: 30 };
    await h.time.advanceTo(oslo(`${MON} 16:30`));
    expect(shownAt(h)[0]).toBe('15:30 Your agreed working time ends soon');
  });
});

describe('warning scheduler: reliability', () => {
  it('a clock jump back never repeats a warning', async () => {
    const h = await workday();
    await h.time.advanceTo(oslo(`${MON} 15:50`));
    h.time.setWall(oslo(`${MON} 14:50`));
    await h.time.advance(2 * HOUR); // wall 16:50
    expect(h.scheduler.history().some((r) => r.clock === 'jump-back')).toBe(true);
    expect(shownAt(h)).toEqual(['15:45 Your agreed working time ends soon', '16:00 Your agreed working time has ended']);
  });

  it('a clock jump forward past the line gives one follow-up, not a burst', async () => {
    const h = await workday();
    await h.time.advanceTo(oslo(`${MON} 15:00`));
    h.time.setWall(oslo(`${MON} 18:00`));
    await h.time.advance(2 * MIN);
    expect(h.scheduler.history().some((r) => r.clock === 'jump-forward')).toBe(true);
    // Found by the next heartbeat, at most a minute later.
    expect(shownAt(h)).toEqual(['18:01 Your agreed working time has ended']);
  });

  const sleepLines = (): Line[] => [
    { reason: 'night-start', line: oslo('2026-03-10 21:00') },
    { reason: 'rest-latest-stop', line: oslo('2026-03-10 22:00') },
    { reason: 'daily-normal-limit', line: oslo('2026-03-11 05:00') },
  ];
  it.each([
    { how: 'the resume event', resumeEvent: true },
    { how: 'the heartbeat noticing the wall clock moved (resume event lost)', resumeEvent: false },
  ])('a suspend over midnight ends in one summary, found by $how', async ({ resumeEvent }) => {
    const h = harness(oslo('2026-03-10 20:00'), handPlanner(sleepLines));
    h.sources.open = openSession(oslo('2026-03-10 20:00'));
    await h.scheduler.start();
    await h.time.advanceTo(oslo('2026-03-10 20:30'));
    h.time.sleep(5 * HOUR); // wakes at 01:30 on the next day
    if (resumeEvent) await h.scheduler.resumed();
    await h.time.advance(2 * MIN);
    expect(shownAt(h)).toEqual([`${resumeEvent ? '01:30' : '01:31'} Fyrabend: 2 warnings`]);
    const summary = h.notifier.shown[0]?.request;
    expect(summary?.body.split('\n')).toEqual([
      'You are now working at night',
      'Your daily rest before tomorrow is now too short',
      'Stop now, or record the overtime with a reason.',
    ]);
    await h.time.advanceTo(oslo('2026-03-11 05:30'));
    expect(shownAt(h).slice(1)).toEqual(['04:45 9 hours of work today soon', '05:00 You have worked more than 9 hours today']);
  });

  it('re-plans on a time-zone change and keeps absolute instants', async () => {
    const plan = handPlanner(endOfDay);
    const h = harness(oslo(`${MON} 08:00`), plan);
    h.sources.open = openSession(oslo(`${MON} 08:00`));
    await h.scheduler.start();
    await h.time.advanceTo(oslo(`${MON} 12:00`));
    const calls = plan.calls;
    h.time.setZone('America/New_York');
    await h.scheduler.zoneChanged();
    expect(plan.calls).toBe(calls + 1);
    const last = h.scheduler.history().at(-1);
    expect(last).toMatchObject({ cause: 'zone', zoneChanged: true, planned: true, shown: [] });
    await h.time.advanceTo(oslo(`${MON} 16:30`));
    expect(shownAt(h)).toEqual(['15:45 Your agreed working time ends soon', '16:00 Your agreed working time has ended']);
  });

  it('re-plans after an agreement edit (the day now ends at 17:00)', async () => {
    const h = await workday();
    await h.time.advanceTo(oslo(`${MON} 12:00`));
    h.sources.agreement = agreement({ mon: [{ from: 8 * 60, to: 17 * 60 }] });
    await h.scheduler.agreementChanged();
    await h.time.advanceTo(oslo(`${MON} 17:30`));
    expect(shownAt(h)).toEqual(['16:45 Your agreed working time ends soon', '17:00 Your agreed working time has ended']);
  });

  it('re-plans after a session edit, and goes quiet when the session stops', async () => {
    const nine = (input: { sessions: readonly { start: number }[] }): Line[] => {
      const start = Math.min(...input.sessions.map((s) => s.start));
      return [{ reason: 'daily-normal-limit', line: start + 9 * HOUR }];
    };
    const h = harness(oslo(`${MON} 08:00`), handPlanner(nine));
    h.sources.open = openSession(oslo(`${MON} 08:00`));
    await h.scheduler.start();
    await h.time.advanceTo(oslo(`${MON} 12:00`));
    h.sources.open = openSession(oslo(`${MON} 06:00`)); // the user corrects the start
    await h.scheduler.sessionChanged();
    await h.time.advanceTo(oslo(`${MON} 14:50`));
    expect(shownAt(h)).toEqual(['14:45 9 hours of work today soon']);
    h.sources.open = null;
    await h.scheduler.sessionChanged();
    await h.time.advanceTo(oslo(`${MON} 23:00`));
    expect(h.notifier.shown).toHaveLength(1);
  });
});

describe('warning scheduler: respect', () => {
  it('a wake-up still reading do-not-disturb when the app quits shows nothing and arms no timer', async () => {
    const h = await workday();
    await h.time.advanceTo(oslo(`${MON} 15:44`));
    h.time.sleep(MIN); // 15:45: the 15-minute warning is due
    let release: (s: 'off') => void = () => undefined;
    h.dnd.read = () => new Promise((resolve) => (release = resolve));
    const woke = h.scheduler.resumed();
    h.scheduler.stop();
    release('off');
    await woke;
    expect(h.notifier.shown).toEqual([]);
    expect(h.time.armed()).toBe(0);
  });

  it('snooze holds warnings and brings what fell due back as one notification', async () => {
    const h = await workday();
    await h.time.advanceTo(oslo(`${MON} 15:30`));
    await h.scheduler.snooze(60);
    expect(h.scheduler.snoozedUntil()).toBe(oslo(`${MON} 16:30`));
    await h.time.advanceTo(oslo(`${MON} 17:00`));
    expect(shownAt(h)).toEqual(['16:30 Your agreed working time has ended']);
  });

  it('do-not-disturb holds warnings in the pending list and releases them as one summary', async () => {
    const h = await workday();
    await h.time.advanceTo(oslo(`${MON} 15:40`));
    h.dnd.state = 'on';
    await h.time.advanceTo(oslo(`${MON} 16:05`));
    expect(h.notifier.shown).toEqual([]);
    expect(h.scheduler.pendingWarnings().map((p) => [p.title, p.cause])).toEqual([
      ['Your agreed working time ends soon', 'do-not-disturb'],
      ['Your agreed working time has ended', 'do-not-disturb'],
    ]);
    h.dnd.state = 'off';
    await h.time.advanceTo(oslo(`${MON} 16:10`));
    expect(shownAt(h)).toEqual(['16:06 Warnings held back during do not disturb (2)']);
    expect(h.notifier.shown[0]?.request.click.action).toBe('stop-or-record-overtime');
    expect(h.scheduler.pendingWarnings()).toEqual([]);
  });

  it('a warning the notifier could not show stays pending until dismissed', async () => {
    const h = await workday();
    h.notifier.fail = true;
    const seen: number[] = [];
    h.scheduler.pending.subscribe((list) => seen.push(list.length));
    await h.time.advanceTo(oslo(`${MON} 15:50`));
    const pending = h.scheduler.pendingWarnings();
    expect(pending.map((p) => [p.title, p.cause, osloText(p.since).slice(11, 16)])).toEqual([['Your agreed working time ends soon', 'not-shown', '15:45']]);
    expect(h.scheduler.dismissPending([pending[0]?.id ?? ''])).toBe(1);
    expect(h.scheduler.pendingWarnings()).toEqual([]);
    expect(seen).toEqual([1, 0]);
  });

  const heldBefore = (sessionId: string, since: number): PendingWarning => ({
    id: `warn-${sessionId}`, title: 'Night work starts soon', body: 'Night work from 21:00.', urgency: 'normal',
    click: { page: 'today', action: 'open', sessionId }, since, cause: 'do-not-disturb', resend: true,
  });

  it('warnings held for an earlier session (before a restart) stay listed but are not sent to this one', async () => {
    const state = new MemoryWarningState();
    state.pending = [heldBefore('s0', oslo('2026-03-01 20:45')), heldBefore('s1', oslo(`${MON} 07:55`))];
    const h = harness(oslo(`${MON} 08:00`), handPlanner(endOfDay), 60_000, state);
    h.sources.open = openSession(oslo(`${MON} 08:00`));
    await h.scheduler.start();
    expect(shownAt(h)).toEqual(['08:00 Warnings held back during do not disturb (1)']);
    expect(h.notifier.shown[0]?.request.body).toBe('Night work starts soon');
    expect(state.pending.map((p) => [p.id, p.resend])).toEqual([['warn-s0', false]]);
  });

  it('a pending warning leaves the list after a week; a snooze and the list are saved as they change', async () => {
    const state = new MemoryWarningState();
    state.pending = [heldBefore('s0', oslo('2026-02-23 08:00'))];
    const h = harness(oslo('2026-03-02 07:59'), handPlanner(endOfDay), 60_000, state);
    await h.scheduler.start();
    expect(h.scheduler.pendingWarnings().map((p) => p.id)).toEqual(['warn-s0']);
    await h.time.advanceTo(oslo('2026-03-02 08:01'));
    expect(h.scheduler.pendingWarnings()).toEqual([]);
    expect(state.pending).toEqual([]);
    await h.scheduler.snooze(30);
    expect(state.snooze).toBe(oslo('2026-03-02 08:31'));
    await h.scheduler.endSnooze();
    expect(state.snooze).toBeNull();
  });

  it('heartbeats that change nothing write neither the pending list nor the snooze', async () => {
    const state = new (class extends MemoryWarningState {
      readonly writes: string[] = [];
      override savePending(items: readonly PendingWarning[]): void {
        this.writes.push(`pending ${items.length}`);
        super.savePending(items);
      }
      override saveSnooze(until: number | null): void {
        this.writes.push(until === null ? 'snooze off' : 'snooze on');
        super.saveSnooze(until);
      }
    })();
    const h = harness(oslo(`${MON} 08:00`), handPlanner(endOfDay), 60_000, state);
    h.sources.open = openSession(oslo(`${MON} 08:00`));
    h.dnd.state = 'on';
    await h.scheduler.start();
    await h.time.advanceTo(oslo(`${MON} 18:00`));
    expect(state.writes).toEqual(['pending 1', 'pending 2']);
    await h.scheduler.snooze(30);
    await h.time.advanceTo(oslo(`${MON} 20:00`));
    expect(state.writes).toEqual(['pending 1', 'pending 2', 'snooze on', 'snooze off']);
    expect(h.scheduler.history().length).toBeGreaterThan(600);
  });

  it('never plans or nags when no session is open and the computer is not in use', async () => {
    const plan = handPlanner(endOfDay);
    const h = harness(oslo(`${MON} 17:00`), plan);
    h.idle.seconds = 3600;
    await h.scheduler.start();
    await h.time.advanceTo(oslo(`${MON} 23:00`));
    expect(plan.calls).toBe(0);
    expect(h.notifier.shown).toEqual([]);
  });
});

describe('warning scheduler: unlogged work', () => {
  it('asks once per out-of-hours stretch when the computer is in active use', async () => {
    const h = harness(oslo(`${MON} 10:00`), handPlanner(() => []));
    h.idle.seconds = 5;
    await h.scheduler.start();
    await h.time.advanceTo(oslo(`${MON} 15:59`));
    expect(h.notifier.shown).toEqual([]); // inside agreed time
    await h.time.advanceTo(oslo('2026-03-03 07:00'));
    expect(shownAt(h)).toEqual(['16:00 Are you working?']);
    expect(h.notifier.shown[0]?.request).toMatchObject({
      body: 'The computer is in use outside your agreed working time. Log it so it counts.',
      click: { page: 'today', action: 'log-work' },
    });
    await h.time.advanceTo(oslo('2026-03-03 19:00'));
    expect(shownAt(h)).toEqual(['16:00 Are you working?', '16:00 Are you working?']);
    expect(osloText(h.notifier.shown[1]?.at ?? 0).slice(0, 10)).toBe('2026-03-03');
  });

  it('does not ask while idle or while a session is open', async () => {
    const h = harness(oslo(`${MON} 18:00`), handPlanner(() => []));
    h.idle.seconds = 900;
    await h.scheduler.start();
    await h.time.advance(HOUR);
    h.idle.seconds = 0;
    h.sources.open = openSession(oslo(`${MON} 19:00`));
    await h.scheduler.sessionChanged();
    await h.time.advance(HOUR);
    expect(h.notifier.shown).toEqual([]);
  });
});

describe('warning scheduler: stopped while a notification is on its way', () => {
  // The host stops the scheduler and closes the store on quit or a data-folder move; a notification
  // the desktop answers after that must not write into the closed store (an uncaught error there).
  it('writes nothing and arms nothing once stopped', async () => {
    const h = await workday();
    let answer: (() => void) | null = null;
    const show = h.notifier.show.bind(h.notifier);
    h.notifier.show = (request) => new Promise((resolve) => (answer = () => resolve(show(request))));
    const closed = new Error('The database connection is not open');
    let stopped = false;
    const delivered = (h.scheduler as unknown as { delivered: Record<string, (...a: unknown[]) => unknown> }).delivered;
    for (const m of ['add', 'prune', 'has'] as const) {
      const real = delivered[m]!.bind(delivered);
      delivered[m] = (...a: unknown[]) => {
        if (stopped) throw closed;
        return real(...a);
      };
    }
    const wake = h.time.advanceTo(oslo(`${MON} 15:46`));
    await expect.poll(() => answer !== null).toBe(true);
    const reports = h.scheduler.history().length; // the run showing the warning has not reported yet
    h.scheduler.stop();
    stopped = true;
    (answer as unknown as () => void)();
    await wake;
    await expect(h.scheduler.settled()).resolves.toBeUndefined();
    expect(h.scheduler.history()).toHaveLength(reports);
  });
});
