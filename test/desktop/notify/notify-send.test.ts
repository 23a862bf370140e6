/**
 * The notify-send adapter with a fake exec: arguments, shown/failed, clicks, old notify-send; and a
 * stand-in notify-send script run for real, to see the waiting process killed after maxWaitMs.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopNotifier, usesNotifySend } from '../../../src/desktop/notify/desktop-notifier';
import type { ExecResult } from '../../../src/desktop/notify/exec';
import { actionUnsupported, createNotifySend, notifySendArgs } from '../../../src/desktop/notify/notify-send';
import type { ClickPayload, NotificationRequest } from '../../../src/app/ports/notifier';
import { waitFor } from './desktop-session';

const request: NotificationRequest = {
  id: 'warn-1',
  title: 'Nattarbeid begynner snart',
  body: '-- Nattarbeid fra 21:00.',
  click: { page: 'findings', action: 'open', sessionId: 's1' },
  clickLabel: 'Åpne Fyrabend',
  urgency: 'critical',
};

/** One run of the fake exec: the test ends it with `exit` (or `missing`, as for ENOENT). */
interface FakeRun {
  readonly file: string;
  readonly args: readonly string[];
  exit(code: number | null, stdout?: string, stderr?: string): void;
  missing(): void;
}

function fakeExec() {
  const calls: FakeRun[] = [];
  const exec = (file: string, args: readonly string[]) =>
    new Promise<ExecResult>((resolve) => {
      calls.push({
        file,
        args,
        exit: (code, stdout = '', stderr = '') => resolve({ code, stdout, stderr, missing: false }),
        missing: () => resolve({ code: null, stdout: '', stderr: '', missing: true }),
      });
    });
  return { calls, exec };
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
    const { calls, exec } = fakeExec();
    const clicks: ClickPayload[] = [];
    const n = createNotifySend({ appName: 'Fyrabend', exec, onClick: (p) => clicks.push(p), shownAfterMs: 500 });
    const shown = n.show(request);
    await vi.advanceTimersByTimeAsync(500);
    expect(await shown).toEqual({ ok: true, value: undefined });
    expect(calls[0]?.file).toBe('notify-send');
    expect(clicks).toEqual([]);
    calls[0]?.exit(0, '17\ndefault\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(clicks).toEqual([request.click]);
  });

  it('a notification closed or expired without a click reports no click', async () => {
    const { calls, exec } = fakeExec();
    const clicks: ClickPayload[] = [];
    const n = createNotifySend({ appName: 'Fyrabend', exec, onClick: (p) => clicks.push(p) });
    const shown = n.show(request);
    calls[0]?.exit(0, '17\n');
    expect(await shown).toEqual({ ok: true, value: undefined });
    expect(clicks).toEqual([]);
  });

  it('a failing Notify call (no notification server) is an error result with notify-send’s words', async () => {
    const { calls, exec } = fakeExec();
    const n = createNotifySend({ appName: 'Fyrabend', exec });
    const shown = n.show(request);
    calls[0]?.exit(1, '', 'GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable\n');
    expect(await shown).toEqual({
      ok: false,
      error: { code: 'notify.failed', message: 'The notification could not be shown: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable' },
    });
  });

  it('notify-send not installed: says which package to install', async () => {
    const { calls, exec } = fakeExec();
    const n = createNotifySend({ appName: 'Fyrabend', exec });
    const shown = n.show(request);
    calls[0]?.missing();
    expect(await shown).toMatchObject({ ok: false, error: { message: expect.stringContaining('libnotify-bin') } });
  });

  it('an old notify-send without --action: retried without it, and not asked again', async () => {
    const { calls, exec } = fakeExec();
    const logs: string[] = [];
    const n = createNotifySend({ appName: 'Fyrabend', exec, log: (m) => logs.push(m) });
    const first = n.show(request);
    calls[0]?.exit(1, '', 'Unknown option --action=default=Åpne Fyrabend\n');
    await vi.advanceTimersByTimeAsync(0);
    calls[1]?.exit(0);
    expect(await first).toEqual({ ok: true, value: undefined });
    const second = n.show(request);
    calls[2]?.exit(0);
    expect(await second).toEqual({ ok: true, value: undefined });
    expect(calls.map((c) => c.args.some((a) => a.startsWith('--action')))).toEqual([true, false, false]);
    expect(logs).toEqual(['notify-send has no --action: notifications are shown, clicks are not reported']);
  });

  it('a throwing click handler is logged, not thrown', async () => {
    const { calls, exec } = fakeExec();
    const logs: string[] = [];
    const n = createNotifySend({ appName: 'Fyrabend', exec, log: (m) => logs.push(m), onClick: () => { throw new Error('window gone'); } });
    const shown = n.show(request);
    calls[0]?.exit(0, 'default\n');
    expect(await shown).toEqual({ ok: true, value: undefined });
    expect(logs).toEqual(['notification click handler failed: window gone']);
  });
});

/** A stand-in `notify-send` first on PATH: it notes its pid and waits, like one waiting for a click. */
describe('createNotifySend running a stand-in notify-send (real process, real timers)', () => {
  let dir = '';
  const saved = { PATH: process.env.PATH, pidFile: process.env.FYRABEND_TEST_PIDFILE };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fyrabend-notify-send-'));
    writeFileSync(join(dir, 'notify-send'), '#!/bin/sh\necho $$ > "$FYRABEND_TEST_PIDFILE"\nexec sleep 30\n');
    chmodSync(join(dir, 'notify-send'), 0o755);
    process.env.FYRABEND_TEST_PIDFILE = join(dir, 'pid');
  });
  afterEach(() => {
    // A stand-in left waiting by a failed test is ended here (it would sleep on for 30 s).
    const pid = existsSync(join(dir, 'pid')) ? Number(readFileSync(join(dir, 'pid'), 'utf8')) : 0;
    if (pid > 0 && alive(pid)) process.kill(pid);
    process.env.PATH = saved.PATH;
    if (saved.pidFile === undefined) delete process.env.FYRABEND_TEST_PIDFILE;
    else process.env.FYRABEND_TEST_PIDFILE = saved.pidFile;
    rmSync(dir, { recursive: true, force: true });
  });
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('a notification nobody closes: the waiting process is killed after maxWaitMs', async () => {
    process.env.PATH = `${dir}:${saved.PATH ?? ''}`;
    const started = Date.now();
    const n = createNotifySend({ appName: 'Fyrabend', shownAfterMs: 100, maxWaitMs: 1_500 });
    expect(await n.show(request)).toEqual({ ok: true, value: undefined });
    const pidFile = join(dir, 'pid');
    await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 1_000, 'the stand-in to start');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(true);
    await waitFor(() => !alive(pid), 5_000, 'the waiting notify-send to be killed');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  });

  it('no notify-send on PATH: says which package to install', async () => {
    process.env.PATH = dir;
    rmSync(join(dir, 'notify-send'));
    expect(await createNotifySend({ appName: 'Fyrabend' }).show(request)).toMatchObject({ ok: false, error: { message: expect.stringContaining('libnotify-bin') } });
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
