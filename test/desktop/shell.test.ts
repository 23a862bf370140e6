import { describe, expect, it } from 'vitest';
import { applyAutostart, AUTOSTART_COMMENT, autostartIcon, desktopEntry, quoteExecArg } from '../../src/desktop/autostart';
import { chooseIdleSource, idleChain, parseGdbusNumber } from '../../src/desktop/idle-source';
import { linuxLockSource, logindSessionPath, parseLockLine } from '../../src/desktop/linux-lock';
import { createPresence, IdleEdges, type RawSignal } from '../../src/desktop/presence';
import { trayIconFile } from '../../src/desktop/icons';
import { TrayController } from '../../src/desktop/tray';
import { trayModel } from '../../src/app/tray/view-model';
import type { PresenceEvent } from '../../src/app/ports/presence';
import type { TrackerStatus } from '../../src/shared/ipc/dto';

describe('autostart', () => {
  it('builds the XDG autostart desktop entry', () => {
    expect(desktopEntry({ exec: '/home/kari/Apps/Fyrabend.AppImage', name: 'Fyrabend', comment: 'Logs work' })).toBe(
      ['[Desktop Entry]', 'Type=Application', 'Name=Fyrabend', 'Comment=Logs work', 'Exec=/home/kari/Apps/Fyrabend.AppImage --hidden', 'Terminal=false', 'X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-Delay=5', ''].join('\n'),
    );
  });
  it.each([
    ['/opt/Fyrabend/fyrabend', '/opt/Fyrabend/fyrabend'],
    ['/home/kari/My Apps/Fyrabend', '"/home/kari/My Apps/Fyrabend"'],
    ['/tmp/a"b$c`d\\e', '"/tmp/a\\"b\\$c\\`d\\\\e"'],
    ['/tmp/100%', '"/tmp/100%%"'],
  ])('quotes %s for Exec', (arg, quoted) => expect(quoteExecArg(arg)).toBe(quoted));
  it('uses the icon file, but the theme name from an AppImage (its mount point changes every start)', () => {
    expect(autostartIcon('/opt/Fyrabend/resources/assets/app/icon-512.png', undefined)).toBe('/opt/Fyrabend/resources/assets/app/icon-512.png');
    expect(autostartIcon('/tmp/.mount_FyrabXYZ/resources/assets/app/icon-512.png', '/home/kari/Apps/Fyrabend.AppImage')).toBe('fyrabend');
  });
  it('has a comment in bokmål and nynorsk, each its own sentence', () => {
    expect(new Set(Object.values(AUTOSTART_COMMENT)).size).toBe(3);
    expect(desktopEntry({ exec: '/x', name: 'F', comment: 'c', localComments: { nb: 'b\nExec=/bin/evil' } }).split('\n').filter((l) => l.startsWith('Exec='))).toEqual(['Exec=/x --hidden']);
  });
  it('keeps a newline in a name from injecting keys', () => {
    const text = desktopEntry({ exec: '/x', name: 'Fyrabend\nExec=/bin/evil', comment: 'c' });
    expect(text.split('\n').filter((l) => l.startsWith('Exec='))).toEqual(['Exec=/x --hidden']);
  });

  const deps = (platform: NodeJS.Platform) => {
    const files = new Map<string, string>();
    const login: unknown[] = [];
    return {
      files, login,
      d: { platform, setLoginItem: (s: unknown) => void login.push(s), configHome: '/home/kari/.config/', exec: '/opt/Fyrabend/fyrabend', icon: '/opt/Fyrabend/resources/assets/app/icon-512.png', fs: { writeFile: (p: string, t: string) => void files.set(p, t), remove: (p: string) => void files.delete(p), mkdir: () => undefined } },
    };
  };
  it('writes and removes the Linux file', () => {
    const t = deps('linux');
    expect(applyAutostart(true, t.d)).toBe('/home/kari/.config/autostart/fyrabend.desktop');
    expect(t.files.get('/home/kari/.config/autostart/fyrabend.desktop')).toBe(
      [
        '[Desktop Entry]', 'Type=Application', 'Name=Fyrabend', `Comment=${AUTOSTART_COMMENT.en}`, `Comment[nb]=${AUTOSTART_COMMENT.nb}`, `Comment[nn]=${AUTOSTART_COMMENT.nn}`,
        'Exec=/opt/Fyrabend/fyrabend --hidden', 'Icon=/opt/Fyrabend/resources/assets/app/icon-512.png', 'Terminal=false', 'X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-Delay=5', '',
      ].join('\n'),
    );
    applyAutostart(false, t.d);
    expect(t.files.size).toBe(0);
    expect(t.login).toEqual([]);
  });
  it.each(['darwin', 'win32'] as const)('uses login items on %s', (platform) => {
    const t = deps(platform);
    applyAutostart(true, t.d);
    applyAutostart(false, t.d);
    expect(t.login).toEqual([{ openAtLogin: true, openAsHidden: true, args: ['--hidden'] }, { openAtLogin: false, openAsHidden: true, args: ['--hidden'] }]);
    expect(t.files.size).toBe(0);
  });
});

describe('presence translation', () => {
  function harness(idle: (number | null)[] = []) {
    const handlers = new Map<string, () => void>();
    let tick: (() => void) | null = null;
    let now = 1_000_000;
    let extraEmit: ((s: RawSignal) => void) | null = null;
    const replans: number[] = [];
    const events: PresenceEvent[] = [];
    const presence = createPresence({
      power: { on: (e, l) => handlers.set(e, l), removeListener: (e) => handlers.delete(e) },
      now: () => now,
      idleSeconds: async () => idle.shift() ?? null,
      idleThresholdMinutes: () => 5,
      every: (_ms, fn) => ((tick = fn), () => (tick = null)),
      extraLockSources: [(emit) => ((extraEmit = emit), () => (extraEmit = null))],
      replan: () => replans.push(now),
    });
    const stop = presence.subscribe((e) => events.push(e));
    return { handlers, events, replans, stop, fire: (e: string) => handlers.get(e)!(), advance: (ms: number) => (now += ms), tick: async () => (tick!(), await new Promise((r) => setImmediate(r))), extra: (s: RawSignal) => extraEmit!(s), isStopped: () => tick === null && extraEmit === null && handlers.size === 0 };
  }

  it('maps power monitor signals and re-plans on resume and unlock', () => {
    const h = harness();
    h.fire('lock-screen');
    h.advance(60_000);
    h.fire('unlock-screen');
    h.fire('suspend');
    h.advance(3_600_000);
    h.fire('resume');
    expect(h.events.map((e) => e.type)).toEqual(['locked', 'unlocked', 'suspend', 'resume']);
    expect(h.events[1]?.at).toBe(1_060_000);
    expect(h.replans).toEqual([1_060_000, 4_660_000]);
  });

  it('passes a lock reported by both powerMonitor and D-Bus once', () => {
    const h = harness();
    h.fire('lock-screen');
    h.extra('lock-screen');
    h.extra('unlock-screen');
    h.fire('unlock-screen');
    expect(h.events.map((e) => e.type)).toEqual(['locked', 'unlocked']);
  });

  it('turns idle readings into one idle and one active edge', async () => {
    const h = harness([10, 299, 300, 600, 0, 0]);
    for (let i = 0; i < 6; i++) await h.tick();
    expect(h.events).toEqual([{ type: 'idle', at: 1_000_000, minutes: 5 }, { type: 'active', at: 1_000_000 }]);
  });

  it('stops every source on unsubscribe', () => {
    const h = harness();
    h.stop();
    expect(h.isStopped()).toBe(true);
  });

  it('IdleEdges emits nothing when idle time is unknown', () => {
    const e = new IdleEdges(() => 5);
    expect([e.reading(null, 1), e.reading(null, 2)]).toEqual([null, null]);
  });
});

describe('Linux lock signals and idle sources', () => {
  it.each([
    ['/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Lock ()', 'lock-screen'],
    ['/org/freedesktop/login1/session/_32: org.freedesktop.login1.Session.Unlock ()', 'unlock-screen'],
    ['/org/gnome/ScreenSaver: org.gnome.ScreenSaver.ActiveChanged (true,)', 'lock-screen'],
    ['/org/gnome/ScreenSaver: org.gnome.ScreenSaver.ActiveChanged (false,)', 'unlock-screen'],
    ['/ScreenSaver: org.freedesktop.ScreenSaver.ActiveChanged (true,)', 'lock-screen'],
    ['/org/freedesktop/login1/session/_33: org.freedesktop.login1.Session.Lock ()', null],
    ['/org/freedesktop/login1: org.freedesktop.login1.Manager.SessionNew ("3", objectpath "/x")', null],
    ['garbage', null],
  ] as const)('%s', (line, signal) => expect(parseLockLine(line, '/org/freedesktop/login1/session/_32')).toBe(signal));

  it('escapes the logind session path', () => {
    expect(logindSessionPath('2')).toBe('/org/freedesktop/login1/session/_32');
    expect(logindSessionPath('c1')).toBe('/org/freedesktop/login1/session/c_31');
    expect(logindSessionPath(undefined)).toBeUndefined();
  });

  it('feeds monitor lines into the presence callback and kills the monitors', () => {
    const lines: ((l: string) => void)[] = [];
    let killed = 0;
    const source = linuxLockSource(() => ({ onLine: (l) => void lines.push(l), kill: () => void killed++ }), undefined, () => undefined);
    const got: RawSignal[] = [];
    const stop = source((s) => got.push(s));
    lines[1]!('/org/gnome/ScreenSaver: org.gnome.ScreenSaver.ActiveChanged (true,)');
    lines[0]!('/org/freedesktop/login1/session/_35: org.freedesktop.login1.Session.Unlock ()');
    stop();
    expect(got).toEqual(['lock-screen', 'unlock-screen']);
    expect(killed).toBe(3);
  });

  it.each([
    ['linux', 'wayland', ['mutter', 'freedesktop-screensaver', 'none']],
    ['linux', 'x11', ['electron', 'mutter', 'freedesktop-screensaver', 'none']],
    ['darwin', undefined, ['electron']],
    ['win32', undefined, ['electron']],
  ] as const)('idle chain on %s/%s', (p, s, chain) => expect(idleChain(p, s)).toEqual(chain));

  it('parses gdbus numbers', () => {
    expect(parseGdbusNumber('(uint64 12345,)')).toBe(12345);
    expect(parseGdbusNumber('(uint32 7,)\n')).toBe(7);
    expect(parseGdbusNumber('Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown')).toBeNull();
  });

  it('falls back along the chain and logs the source it uses', async () => {
    const log: string[] = [];
    const chosen = await chooseIdleSource(['mutter', 'freedesktop-screensaver', 'none'], [
      { name: 'mutter', read: async () => null },
      { name: 'freedesktop-screensaver', read: async () => 42 },
    ], (m) => log.push(m));
    expect(chosen.name).toBe('freedesktop-screensaver');
    expect(log).toEqual(['idle time source mutter not available', 'idle time source: freedesktop-screensaver']);
    const none = await chooseIdleSource(['mutter', 'none'], [{ name: 'mutter', read: () => Promise.reject(new Error('no bus')) }], (m) => log.push(m));
    expect(none.name).toBe('none');
    expect(log.at(-1)).toMatch(/none/);
  });
});

describe('tray controller', () => {
  const status = (over: Partial<TrackerStatus>): TrackerStatus => ({
    state: 'idle', zone: 'Europe/Oslo', now: Date.parse('2026-03-10T12:00:00Z'), openSince: null, pausedSince: null, current: null,
    today: [], agreedEnd: null, restFrom: null, nextLine: null, outsideAgreed: false, idleQuestion: null, toReview: 0, pendingWarnings: 0, ...over,
  });
  it('rebuilds the menu only when items change, sets icon and tooltip, routes clicks', () => {
    const calls: string[] = [];
    const actions: string[] = [];
    let menu: { label?: string; click?: () => void }[] = [];
    let click: (() => void) | null = null;
    const c = new TrayController({
      tray: { setImage: (i) => calls.push(`image:${i}`), setToolTip: () => calls.push('tooltip'), setContextMenu: (m) => ((menu = m as typeof menu), calls.push('menu')), on: (_e, l) => void (click = l) },
      buildMenu: (items) => items,
      iconPath: (icon) => trayIconFile('/assets', 'linux', icon),
      onAction: (a) => void actions.push(a),
    });
    c.update(trayModel(status({}), 'en'));
    c.update(trayModel(status({}), 'en'));
    expect(calls).toEqual(['image:/assets/tray/linux/idle-22.png', 'tooltip', 'menu']);
    c.update(trayModel(status({ state: 'working', openSince: Date.parse('2026-03-10T11:00:00Z'), today: [{ start: Date.parse('2026-03-10T11:00:00Z'), end: Date.parse('2026-03-10T12:00:00Z') }] }), 'en'));
    expect(calls.slice(3)).toEqual(['image:/assets/tray/linux/working-22.png', 'tooltip', 'menu']);
    expect(c.menuBuilds).toBe(2);
    menu.find((m) => m.label === 'Stop')!.click!();
    click!();
    expect(actions).toEqual(['stop', 'open-window']);
  });
  it.each([
    ['darwin', '/a/tray/mac/warningTemplate.png'],
    ['win32', '/a/tray/win/warning.ico'],
    ['linux', '/a/tray/linux/warning-22.png'],
  ] as const)('icon file on %s', (p, f) => expect(trayIconFile('/a/', p, 'warning')).toBe(f));
});
