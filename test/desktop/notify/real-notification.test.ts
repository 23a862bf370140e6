/**
 * A real notification, end to end: the product's Linux notifier (notify-send) shows warnings composed by
 * the scheduler's helpers, a real notification server (dunst) receives them on a private session
 * D-Bus under Xvfb, and the test reads them back from the bus (dbus-monitor) and from dunst's
 * history; a click (dunst invoking the default action) comes back as the page to open. Also the
 * do-not-disturb reader against the real bus (dunst's pause).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDue } from '../../../src/app/warnings/compose';
import type { Due } from '../../../src/app/warnings/due';
import type { PlanItem } from '../../../src/core/model';
import { DBUS_TOOLS, LinuxDndReader } from '../../../src/desktop/notify/dnd-reader';
import { createDesktopNotifier } from '../../../src/desktop/notify/desktop-notifier';
import type { ClickPayload } from '../../../src/app/ports/notifier';
import { DesktopSession, missingBinaries, parseNotifyCalls, waitFor } from './desktop-session';

const missing = process.platform === 'linux' ? missingBinaries() : ['Linux'];
const skip = missing.length > 0;
if (skip) {
  console.warn(
    `[real-notification] NOT RUN: needs ${missing.join(', ')} (Debian: apt-get install -y xvfb dbus-x11 dunst libnotify-bin). CI installs them in .ci/run.`,
  );
}

const nightItem: PlanItem = {
  at: Date.parse('2026-11-24T20:45:00+01:00'),
  line: Date.parse('2026-11-24T21:00:00+01:00'),
  reason: 'night-start',
  rule: 'aml.10-11.night',
  message: {
    nb: 'Nattarbeid fra 21:00 – er det «avtalt»? Stopp før det.',
    nn: 'Nattarbeid frå 21:00 – er det «avtalt»? Stopp før det.',
    en: "Night work from 21:00 – it's not agreed. Stop before then.",
  },
};
const due: Due = { warnings: [nightItem], followUps: [], keys: [{ key: 'warn:night-start:1', line: nightItem.line }] };

describe.skipIf(skip)('real notifications through dunst on a private session bus', () => {
  const session = new DesktopSession();
  const savedEnv = { DISPLAY: process.env.DISPLAY, DBUS: process.env.DBUS_SESSION_BUS_ADDRESS };

  beforeAll(async () => {
    await session.start();
    // notify-send runs with this process's environment.
    process.env.DISPLAY = session.env.DISPLAY;
    process.env.DBUS_SESSION_BUS_ADDRESS = session.env.DBUS_SESSION_BUS_ADDRESS;
  }, 20_000);

  afterAll(() => {
    session.stop();
    if (savedEnv.DISPLAY === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = savedEnv.DISPLAY;
    if (savedEnv.DBUS === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
    else process.env.DBUS_SESSION_BUS_ADDRESS = savedEnv.DBUS;
  });

  it('delivers a warning in bokmål and in English with app name, title, body and page', async () => {
    const notifier = createDesktopNotifier({ platform: 'linux' });
    const nb = composeDue(due, 'nb', 's1');
    const en = composeDue(due, 'en', 's1');
    if (!nb || !en) throw new Error('nothing composed');
    expect(await notifier.show(nb)).toEqual({ ok: true, value: undefined });
    expect(await notifier.show(en)).toEqual({ ok: true, value: undefined });

    await waitFor(() => parseNotifyCalls(session.monitorOutput).length >= 2, 5_000, 'two Notify calls on the bus');
    const calls = parseNotifyCalls(session.monitorOutput);
    expect(calls.map((c) => [c.appName, c.summary, c.body])).toEqual([
      ['Fyrabend', 'Nattarbeid begynner snart', nightItem.message.nb],
      ['Fyrabend', 'Night work starts soon', nightItem.message.en],
    ]);
    expect(calls[0]?.hints).toMatch(/string "x-fyrabend-page"\s+variant\s+string "today"/);

    // The server has them too: close all, then read dunst's history.
    session.dunstctl('close-all');
    await waitFor(() => session.dunstctl('history').includes('Night work starts soon'), 3_000, 'dunst history');
    const history = JSON.parse(session.dunstctl('history')) as { data: { summary: { data: string }; body: { data: string }; appname: { data: string } }[][] };
    const seen = (history.data[0] ?? []).map((n) => [n.appname.data, n.summary.data, n.body.data]);
    expect(seen).toContainEqual(['Fyrabend', 'Nattarbeid begynner snart', nightItem.message.nb]);
    expect(seen).toContainEqual(['Fyrabend', 'Night work starts soon', nightItem.message.en]);
  });

  it('a click on the notification comes back as the page to open (dunst invokes the default action)', async () => {
    const clicks: ClickPayload[] = [];
    const notifier = createDesktopNotifier({ platform: 'linux', onClick: (p) => clicks.push(p) });
    const nn = composeDue({ ...due, keys: [{ key: 'warn:night-start:2', line: nightItem.line }] }, 'nn', 's2');
    if (!nn) throw new Error('nothing composed');
    const before = parseNotifyCalls(session.monitorOutput).length;
    expect(await notifier.show(nn)).toEqual({ ok: true, value: undefined });
    await waitFor(() => parseNotifyCalls(session.monitorOutput).length > before, 5_000, 'the Notify call');
    const call = parseNotifyCalls(session.monitorOutput)[before];
    expect([call?.summary, call?.body]).toEqual(['Nattarbeid byrjar snart', nightItem.message.nn]);
    // The actions array of the call carries the default action with its nynorsk label.
    expect(call?.hints).toMatch(/string "default"\s+string "Opne Fyrabend"/);
    expect(clicks).toEqual([]);
    session.dunstctl('action', '0');
    await waitFor(() => clicks.length > 0, 5_000, 'the click to come back');
    expect(clicks).toEqual([{ page: 'today', action: 'open', sessionId: 's2' }]);
  });

  const tools = DBUS_TOOLS.filter((t) => !missingBinaries([t]).length);
  console.info(`[real-notification] do-not-disturb read with: ${tools.join(', ')} (not installed: ${DBUS_TOOLS.filter((t) => !tools.includes(t)).join(', ') || 'none'})`);
  it.each(tools)('reads do-not-disturb from the real bus (dunst pause) with %s, on and off', async (tool) => {
    const reader = new LinuxDndReader({ env: session.env, tools: [tool] });
    expect(await reader.read()).toBe('off');
    session.dunstctl('set-paused', 'true');
    try {
      expect(await reader.read()).toBe('on');
    } finally {
      session.dunstctl('set-paused', 'false');
    }
    expect(await reader.read()).toBe('off');
    expect(reader.chosenTool()).toBe(tool);
  });
});
