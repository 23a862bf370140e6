/**
 * Reads the desktop's do-not-disturb state. Linux: the `Inhibited` property of
 * org.freedesktop.Notifications on the session bus (notification spec 1.3); servers that do not
 * have it yet (dunst 1.9) are asked for their own pause flag (dunst: org.dunstproject.cmd0.paused).
 * It asks with whichever D-Bus tool is installed — gdbus, dbus-send or busctl — through
 * child_process, and remembers the first that answers. Elsewhere node-notifier offers no query,
 * so the state is 'unknown' (treated as "not inhibited": a warning is never silently dropped).
 */
import type { DndReader, DndState } from '../../app/ports/dnd';
import { execWithTimeout, type ExecFn } from './exec';

const DEST = 'org.freedesktop.Notifications';
const PATH = '/org/freedesktop/Notifications';

export type DbusTool = 'gdbus' | 'dbus-send' | 'busctl';
export const DBUS_TOOLS: readonly DbusTool[] = ['gdbus', 'dbus-send', 'busctl'];

/** The boolean properties that mean "do not disturb", in the order they are asked. */
export const DND_PROPERTIES: readonly { readonly iface: string; readonly name: string }[] = [
  { iface: 'org.freedesktop.Notifications', name: 'Inhibited' },
  { iface: 'org.dunstproject.cmd0', name: 'paused' },
];

/** The command line that reads one boolean property with one tool. */
export function propertyCommand(tool: DbusTool, iface: string, name: string): readonly [string, readonly string[]] {
  switch (tool) {
    case 'gdbus':
      return ['gdbus', ['call', '--session', '--dest', DEST, '--object-path', PATH, '--method', 'org.freedesktop.DBus.Properties.Get', iface, name]];
    case 'dbus-send':
      return ['dbus-send', ['--session', '--print-reply', `--dest=${DEST}`, PATH, 'org.freedesktop.DBus.Properties.Get', `string:${iface}`, `string:${name}`]];
    case 'busctl':
      return ['busctl', ['--user', 'get-property', DEST, PATH, iface, name]];
  }
}

/**
 * Parses a boolean property reply of any of the tools, or null when it is not one.
 * @example parseBooleanReply('gdbus', '(<true>,)\n') // true
 * @example parseBooleanReply('dbus-send', 'method return …\n   variant       boolean false\n') // false
 * @example parseBooleanReply('busctl', 'b true\n') // true
 */
export function parseBooleanReply(tool: DbusTool, stdout: string): boolean | null {
  const text = stdout.trim();
  const m =
    tool === 'gdbus' ? /^\(<(true|false)>,\)$/.exec(text) : tool === 'dbus-send' ? /variant\s+boolean\s+(true|false)\s*$/.exec(text) : /^b (true|false)$/.exec(text);
  return m ? m[1] === 'true' : null;
}

export interface LinuxDndReaderOptions {
  readonly exec?: ExecFn;
  /** Environment with DBUS_SESSION_BUS_ADDRESS (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
  readonly tools?: readonly DbusTool[];
}

export class LinuxDndReader implements DndReader {
  private readonly exec: ExecFn;
  private tool: DbusTool | null = null;

  constructor(private readonly options: LinuxDndReaderOptions = {}) {
    this.exec = options.exec ?? execWithTimeout();
  }

  /** The tool that answered last (for the log: "do-not-disturb read with gdbus"). */
  chosenTool(): DbusTool | null {
    return this.tool;
  }

  async read(): Promise<DndState> {
    const tools = this.tool ? [this.tool] : (this.options.tools ?? DBUS_TOOLS);
    for (const tool of tools) {
      let installed = false;
      for (const p of DND_PROPERTIES) {
        const [file, args] = propertyCommand(tool, p.iface, p.name);
        const r = await this.exec(file, args, this.options.env);
        if (r.missing) break;
        installed = true;
        const value = r.code === 0 ? parseBooleanReply(tool, r.stdout) : null;
        if (value !== null) {
          this.tool = tool;
          return value ? 'on' : 'off';
        }
      }
      // The tool runs but no property answered: the server has no do-not-disturb to report.
      if (installed) return 'unknown';
    }
    return 'unknown';
  }
}

/** Other platforms: node-notifier offers no do-not-disturb query; the OS itself holds banners. */
export const UNKNOWN_DND: DndReader = { read: () => Promise.resolve('unknown') };

export function createDndReader(platform: NodeJS.Platform = process.platform, options: LinuxDndReaderOptions = {}): DndReader {
  return platform === 'linux' || platform === 'freebsd' || platform === 'openbsd' ? new LinuxDndReader(options) : UNKNOWN_DND;
}
