/** The do-not-disturb reader against a fake bus (scripted replies of gdbus, dbus-send and busctl). */
import { describe, expect, it } from 'vitest';
import { LinuxDndReader, UNKNOWN_DND, createDndReader, parseBooleanReply, type DbusTool } from '../../../src/desktop/notify/dnd-reader';
import type { ExecFn, ExecResult } from '../../../src/desktop/notify/exec';

const ok = (stdout: string): ExecResult => ({ code: 0, stdout, stderr: '', missing: false });
const fail: ExecResult = { code: 1, stdout: '', stderr: 'No such property', missing: false };
const missing: ExecResult = { code: null, stdout: '', stderr: '', missing: true };

/** A fake bus: replies by tool and property name; records every call. */
function fakeBus(replies: Partial<Record<DbusTool, Partial<Record<string, ExecResult>> | 'missing'>>): ExecFn & { calls: string[] } {
  const calls: string[] = [];
  const fn = (file: string, args: readonly string[]) => {
    const prop = args.at(-1)?.replace(/^string:/, '') ?? '';
    calls.push(`${file} ${prop}`);
    const r = replies[file as DbusTool];
    if (r === undefined || r === 'missing') return Promise.resolve(missing);
    return Promise.resolve(r[prop] ?? fail);
  };
  return Object.assign(fn, { calls });
}

describe('parseBooleanReply', () => {
  it.each([
    ['gdbus', '(<true>,)\n', true],
    ['gdbus', '(<false>,)', false],
    ['gdbus', '(<"x">,)', null],
    ['dbus-send', 'method return time=1 sender=:1.2\n   variant       boolean true\n', true],
    ['dbus-send', '   variant       boolean false', false],
    ['dbus-send', '   variant       string "no"', null],
    ['busctl', 'b true\n', true],
    ['busctl', 'b false', false],
    ['busctl', 's "true"', null],
  ] as const)('%s %j → %s', (tool, stdout, expected) => {
    expect(parseBooleanReply(tool, stdout)).toBe(expected);
  });
});

describe('LinuxDndReader on a fake bus', () => {
  it.each([
    { name: 'Inhibited true via gdbus', bus: { gdbus: { Inhibited: ok('(<true>,)') } }, state: 'on', tool: 'gdbus' },
    { name: 'Inhibited false via gdbus', bus: { gdbus: { Inhibited: ok('(<false>,)') } }, state: 'off', tool: 'gdbus' },
    { name: 'no Inhibited, dunst paused', bus: { gdbus: { paused: ok('(<true>,)') } }, state: 'on', tool: 'gdbus' },
    { name: 'gdbus missing, dbus-send answers', bus: { gdbus: 'missing', 'dbus-send': { Inhibited: ok('   variant       boolean true') } }, state: 'on', tool: 'dbus-send' },
    { name: 'only busctl', bus: { gdbus: 'missing', 'dbus-send': 'missing', busctl: { Inhibited: ok('b false') } }, state: 'off', tool: 'busctl' },
    { name: 'no tool installed', bus: {}, state: 'unknown', tool: null },
    { name: 'a server without either property', bus: { gdbus: {} }, state: 'unknown', tool: null },
  ] as const)('$name → $state', async ({ bus, state, tool }) => {
    const reader = new LinuxDndReader({ exec: fakeBus(bus) });
    expect(await reader.read()).toBe(state);
    expect(reader.chosenTool()).toBe(tool);
  });

  it('remembers the tool that answered', async () => {
    const bus = fakeBus({ gdbus: 'missing', 'dbus-send': { Inhibited: ok('   variant       boolean false') } });
    const reader = new LinuxDndReader({ exec: bus });
    await reader.read();
    bus.calls.length = 0;
    await reader.read();
    expect(bus.calls).toEqual(['dbus-send Inhibited']);
  });

  it('is unknown off Linux (node-notifier offers no query)', async () => {
    expect(createDndReader('darwin')).toBe(UNKNOWN_DND);
    expect(await createDndReader('win32').read()).toBe('unknown');
    expect(createDndReader('linux')).toBeInstanceOf(LinuxDndReader);
  });
});
