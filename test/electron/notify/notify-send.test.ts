/** The notify-send adapter with a fake child process: arguments, shown/failed, clicks, old notify-send. */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopNotifier, usesNotifySend } from '../../../electron/main/notify/desktop-notifier';
import { actionUnsupported, createNotifySend, notifySendArgs, type ChildLike } from '../../../electron/main/notify/notify-send';
import type { ClickPayload, NotificationRequest } from '../../../src/app/ports/notifier';

const request: NotificationRequest = {
  id: 'warn-1',
  title: 'Nattarbeid begynner snart',
  body: '-- Nattarbeid fra 21:00.',
  click: { page: 'findings', action: 'open', sessionId: 's1' },
  clickLabel: 'Åpne Fyrabend',
  urgency: 'critical',
};

class FakeChild extends EventEmitter implements ChildLike {
  readonly stdout = Object.assign(new EventEmitter(), { setEncoding: () => undefined });
  readonly stderr = Object.assign(new EventEmitter(), { setEncoding: () => undefined });
  killed = false;
  kill(): void {
    this.killed = true;
    this.exit(null);
  }
  exit(code: number | null, out = '', errText = ''): void {
    if (out) this.stdout.emit('data', out);
    if (errText) this.stderr.emit('data', errText);
    this.emit('close', code);
  }
}

function fakeSpawn() {
  const calls: { file: string; args: readonly string[]; child: FakeChild }[] = [];
  const spawn = (file: string, args: readonly string[]) => {
    const child = new FakeChild();
    calls.push({ file, args, child });
    return child;
  };
  return { calls, spawn };
}

describe('notifySendArgs', () => {
  it('app name, urgency, category, page hint, icon, the default action, and -- before the texts', () => {
    expect(notifySendArgs(request, { appName: 'Fyrabend', iconPath: '/opt/f/icon.png', withAction: true })).toEqual([
      '--app-name=Fyrabend',
      '--urgency=critical',
      '--category=fyrabend.warning',
      '--hint=string:x-fyrabend-page:findings',
      '--icon=/opt/f/icon.png',
      '--action=default=Åpne Fyrabend',
      '--',
      'Nattarbeid begynner snart',
      '-- Nattarbeid fra 21:00.',
    ]);
  });
  it('without the action for an old notify-send; the app name labels a request without a label', () => {
    expect(notifySendArgs(request, { appName: 'Fyrabend', withAction: false }).some((a) => a.startsWith('--action'))).toBe(false);
    const { clickLabel: _l, ...unlabelled } = request;
    expect(notifySendArgs(unlabelled, { appName: 'Fyrabend', withAction: true })).toContain('--action=default=Fyrabend');
  });
});

describe.each([
  ['Unknown option --action=default=Open', true],
  ['Unknown option --bogus', false],
  ['GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown', false],
])('actionUnsupported(%j)', (stderr, expected) => {
  it(`is ${expected}`, () => expect(actionUnsupported(stderr)).toBe(expected));
});

describe('createNotifySend', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is shown once the process is still waiting; a click (stdout "default") opens the page', async () => {
    const { calls, spawn } = fakeSpawn();
    const clicks: ClickPayload[] = [];
    const n = createNotifySend({ appName: 'Fyrabend', spawn, onClick: (p) => clicks.push(p), shownAfterMs: 500 });
    const shown = n.show(request);
    await vi.advanceTimersByTimeAsync(500);
    expect(await shown).toEqual({ ok: true, value: undefined });
    expect(calls[0]?.file).toBe('notify-send');
    expect(clicks).toEqual([]);
    calls[0]?.child.exit(0, '17\ndefault\n');
    expect(clicks).toEqual([request.click]);
  });

  it('a notification closed or expired without a click reports no click', async () => {
    const { calls, spawn } = fakeSpawn();
    const clicks: ClickPayload[] = [];
    const n = createNotifySend({ appName: 'Fyrabend', spawn, onClick: (p) => clicks.push(p) });
    const shown = n.show(request);
    calls[0]?.child.exit(0, '17\n');
    expect(await shown).toEqual({ ok: true, value: undefined });
    expect(clicks).toEqual([]);
  });

  it('a failing Notify call (no notification server) is an error result with notify-send’s words', async () => {
    const { calls, spawn } = fakeSpawn();
    const n = createNotifySend({ appName: 'Fyrabend', spawn });
    const shown = n.show(request);
    calls[0]?.child.exit(1, '', 'GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable\n');
    expect(await shown).toEqual({
      ok: false,
      error: { code: 'notify.failed', message: 'The notification could not be shown: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable' },
    });
  });

  it('notify-send not installed: says which package to install', async () => {
    const spawn = () => {
      const c = new FakeChild();
      queueMicrotask(() => c.emit('error', Object.assign(new Error('spawn notify-send ENOENT'), { code: 'ENOENT' })));
      return c;
    };
    const n = createNotifySend({ appName: 'Fyrabend', spawn });
    expect(await n.show(request)).toMatchObject({ ok: false, error: { message: expect.stringContaining('libnotify-bin') } });
  });

  it('an old notify-send without --action: retried without it, and not asked again', async () => {
    const { calls, spawn } = fakeSpawn();
    const logs: string[] = [];
    const n = createNotifySend({ appName: 'Fyrabend', spawn, log: (m) => logs.push(m) });
    const first = n.show(request);
    calls[0]?.child.exit(1, '', 'Unknown option --action=default=Åpne Fyrabend\n');
    await vi.advanceTimersByTimeAsync(0);
    calls[1]?.child.exit(0);
    expect(await first).toEqual({ ok: true, value: undefined });
    const second = n.show(request);
    calls[2]?.child.exit(0);
    expect(await second).toEqual({ ok: true, value: undefined });
    expect(calls.map((c) => c.args.some((a) => a.startsWith('--action')))).toEqual([true, false, false]);
    expect(logs).toEqual(['notify-send has no --action: notifications are shown, clicks are not reported']);
  });

  it('a notification nobody closes: the waiting process is killed after maxWaitMs', async () => {
    const { calls, spawn } = fakeSpawn();
    const n = createNotifySend({ appName: 'Fyrabend', spawn, maxWaitMs: 60_000 });
    const shown = n.show(request);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await shown).toEqual({ ok: true, value: undefined });
    expect(calls[0]?.child.killed).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls[0]?.child.killed).toBe(true);
  });

  it('a throwing click handler is logged, not thrown', async () => {
    const { calls, spawn } = fakeSpawn();
    const logs: string[] = [];
    const n = createNotifySend({ appName: 'Fyrabend', spawn, log: (m) => logs.push(m), onClick: () => { throw new Error('window gone'); } });
    const shown = n.show(request);
    calls[0]?.child.exit(0, 'default\n');
    expect(await shown).toEqual({ ok: true, value: undefined });
    expect(logs).toEqual(['notification click handler failed: window gone']);
  });
});

describe('createDesktopNotifier', () => {
  it.each([
    ['linux', true],
    ['freebsd', true],
    ['darwin', false],
    ['win32', false],
  ] as const)('%s uses notify-send: %s', (platform, expected) => {
    expect(usesNotifySend(platform)).toBe(expected);
    expect(typeof createDesktopNotifier({ platform }).show).toBe('function');
  });
});
