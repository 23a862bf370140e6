/** The tracker's notifications, in nb, nn and en, sent through the notifier port; a failure is logged, never thrown. */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/model';
import type { NotificationRequest, Notifier } from '../../../src/app/ports/notifier';
import { createTrackerNotices } from '../../../src/app/tracker/notices';

const START = Date.parse('2026-11-24T07:00:00Z'); // 08:00 in Oslo
const END = Date.parse('2026-11-24T09:30:00Z'); // 10:30 in Oslo

function rig(lang: Lang, ok = true) {
  const shown: NotificationRequest[] = [];
  const logged: string[] = [];
  const notifier: Notifier = { show: async (r) => (shown.push(r), ok ? { ok: true, value: undefined } : { ok: false, error: { code: 'x', message: 'no server' } }) };
  return { shown, logged, notices: createTrackerNotices({ notifier, lang: () => lang, log: (m) => logged.push(m) }) };
}

describe('tracker notices', () => {
  it.each([
    ['nb', 'Jobber du fortsatt?', 'Du startet kl. 08:00'],
    ['nn', 'Arbeider du framleis?', 'Du starta klokka 08:00'],
    ['en', 'Are you still working?', 'You started at 08:00'],
  ] as const)('asks in %s and opens Today', async (lang, title, body) => {
    const r = rig(lang);
    r.notices.askStillWorking({ reason: 'forgotten', start: START, zone: 'Europe/Oslo' });
    await Promise.resolve();
    expect(r.shown[0]).toMatchObject({ title, click: { page: 'today', action: 'open' } });
    expect(r.shown[0]!.body).toContain(body);
  });

  it('says what was stopped and how to undo it', async () => {
    const r = rig('en');
    r.notices.closedUnanswered({ reason: 'forgotten', start: START, end: END, zone: 'Europe/Oslo' });
    await Promise.resolve();
    expect(r.shown[0]).toMatchObject({ title: 'The session was stopped', urgency: 'critical' });
    expect(r.shown[0]!.body).toBe('Nobody answered, so the session 08:00–10:30 was stopped at the last activity. Were you still working? Open Fyrabend and choose "Undo".');
  });

  it('logs a notification that could not be shown', async () => {
    const r = rig('nb', false);
    r.notices.askStillWorking({ reason: 'max-length', start: START, zone: 'Europe/Oslo' });
    await new Promise((res) => setTimeout(res, 0));
    expect(r.logged).toEqual(['tracker notice not shown']);
  });
});
