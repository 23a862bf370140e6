/** Issue 14 item 7: the morning nudge, on a fake clock (readings every 30 s as the presence poll gives them). */
import { describe, expect, it } from 'vitest';
import { MorningNudge, withinAgreedTime } from '../../../src/app/tracker/morning-nudge';
import { defaultAgreement } from '../../../src/core/index';
import type { NotificationRequest } from '../../../src/app/ports/notifier';
import { ok } from '../../../src/shared/result';

const MON = Date.parse('2026-11-23T00:00:00+01:00');
const at = (hhmm: string) => MON + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) * 60_000;

function rig(open = false) {
  const shown: NotificationRequest[] = [];
  const nudge = new MorningNudge({
    notifier: { show: (r) => (shown.push(r), Promise.resolve(ok(undefined))) },
    lang: () => 'nb', zone: () => 'Europe/Oslo', log: () => undefined,
    withinAgreed: (t) => t >= at('08:00') && t < at('15:45'),
    sessionOpen: () => open,
  });
  /** In use from `from` for `minutes` (input every reading). */
  const use = (from: string, minutes: number) => {
    for (let t = at(from); t <= at(from) + minutes * 60_000; t += 30_000) nudge.reading(0, t);
  };
  return { nudge, shown, use };
}

describe('the morning nudge', () => {
  const cases: [string, (r: ReturnType<typeof rig>) => void, boolean, string[]][] = [
    ['15 min of use from 08:02, no session: "Glemt å starte? Start fra 08:02"', (r) => r.use('08:02', 15), false, ['Start fra 08:02']],
    ['only 14 min of use: nothing yet', (r) => r.use('08:02', 14), false, []],
    ['use before the agreed time (07:00): nothing', (r) => r.use('07:00', 20), false, []],
    ['a session is open: nothing', (r) => r.use('08:02', 20), true, []],
    ['a 10-minute gap starts the count again', (r) => (r.use('08:02', 10), r.nudge.reading(600, at('08:22')), r.use('08:23', 10)), false, []],
    ['once a day, even after more use', (r) => (r.use('08:02', 15), r.nudge.reading(600, at('09:00')), r.use('09:05', 30)), false, ['Start fra 08:02']],
  ];
  it.each(cases)('%s', (_name, act, open, labels) => {
    const r = rig(open);
    act(r);
    expect(r.shown.map((s) => s.clickLabel)).toEqual(labels);
    if (labels.length) {
      expect(r.shown[0]).toMatchObject({ title: 'Glemt å starte?', click: { page: 'today' } });
      expect(r.nudge.offeredStart()).toBe(at('08:02'));
    }
  });

  it('its action starts the session at the first activity it offered, and does nothing before an offer', () => {
    const r = rig();
    const started: number[] = [];
    expect(r.nudge.accept((t) => started.push(t))).toBe(false);
    r.use('08:02', 15);
    expect(r.nudge.accept((t) => started.push(t))).toBe(true);
    expect(started).toEqual([at('08:02')]);
  });

  it.each([
    ['Monday 08:02, inside 08:00–15:45', at('08:02'), true],
    ['Monday 07:59, before it', at('07:59'), false],
    ['Monday 15:45, at its end', at('15:45'), false],
    ['Sunday 10:00, no window', at('10:00') - 86_400_000, false],
  ] as const)('withinAgreedTime: %s', (_what, t, inside) => {
    const agreementOn = (date: string) => (date >= '2026-01-01' ? defaultAgreement() : null);
    expect(withinAgreedTime(agreementOn, () => 'Europe/Oslo')(t)).toBe(inside);
    expect(withinAgreedTime(() => null, () => 'Europe/Oslo')(t)).toBe(false);
  });
});
