/**
 * A throw-away desktop session for real notification tests: Xvfb on a free display, a private
 * session D-Bus (dbus-daemon --session --fork), dunst as the notification server, and dbus-monitor
 * recording Notify calls. Bounded polling only; every process is killed in stop().
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REQUIRED_BINARIES = ['Xvfb', 'dbus-daemon', 'dbus-send', 'dbus-monitor', 'dunst', 'dunstctl', 'notify-send'] as const;

/** The binaries missing on this machine (empty in CI, where .ci/run installs them). */
export function missingBinaries(names: readonly string[] = REQUIRED_BINARIES): string[] {
  return names.filter((b) => {
    try {
      execFileSync('sh', ['-c', `command -v ${b}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every 50 ms until it is true or `timeoutMs` passes. */
export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export class DesktopSession {
  readonly dir = mkdtempSync(join(tmpdir(), 'fyrabend-notify-'));
  env: NodeJS.ProcessEnv = {};
  monitorOutput = '';
  private children: ChildProcess[] = [];
  private busPid: number | null = null;

  async start(): Promise<void> {
    const display = 100 + Math.floor(Math.random() * 800);
    const xvfb = spawn('Xvfb', [`:${display}`, '-nolisten', 'tcp', '-screen', '0', '800x600x24'], { stdio: 'ignore' });
    this.children.push(xvfb);
    await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`) || xvfb.exitCode !== null, 5_000, 'Xvfb');
    if (xvfb.exitCode !== null) throw new Error(`Xvfb :${display} exited with ${xvfb.exitCode}`);

    const out = execFileSync('dbus-daemon', ['--session', '--fork', '--nopidfile', '--print-address=1', '--print-pid=1'], { encoding: 'utf8', timeout: 5_000 });
    const [address = '', pid = ''] = out.trim().split('\n');
    this.busPid = Number(pid);
    this.env = { ...process.env, DISPLAY: `:${display}`, DBUS_SESSION_BUS_ADDRESS: address.trim() };

    const monitor = spawn('dbus-monitor', ['--session', "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"], { env: this.env });
    monitor.stdout.setEncoding('utf8');
    monitor.stdout.on('data', (chunk: string) => (this.monitorOutput += chunk));
    this.children.push(monitor);

    const dunstrc = join(this.dir, 'dunstrc');
    writeFileSync(dunstrc, '[global]\n    history_length = 50\n');
    const dunst = spawn('dunst', ['-config', dunstrc], { env: this.env, stdio: 'ignore' });
    this.children.push(dunst);
    await waitFor(() => this.hasNotificationServer(), 5_000, 'dunst to own org.freedesktop.Notifications');
  }

  private hasNotificationServer(): boolean {
    try {
      const out = execFileSync(
        'dbus-send',
        ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.Notifications'],
        { env: this.env, encoding: 'utf8', timeout: 2_000 },
      );
      return /boolean true/.test(out);
    } catch {
      return false;
    }
  }

  /** Runs dunstctl against this session. */
  dunstctl(...args: string[]): string {
    return execFileSync('dunstctl', args, { env: this.env, encoding: 'utf8', timeout: 3_000 });
  }

  stop(): void {
    for (const c of this.children.reverse()) if (c.exitCode === null) c.kill('SIGTERM');
    if (this.busPid && Number.isInteger(this.busPid)) {
      try {
        process.kill(this.busPid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface NotifyCall {
  readonly appName: string;
  readonly summary: string;
  readonly body: string;
  readonly hints: string;
}

/** Parses dbus-monitor's text for Notify calls: app_name, replaces_id, app_icon, summary, body, actions, hints, timeout. */
export function parseNotifyCalls(output: string): NotifyCall[] {
  const calls: NotifyCall[] = [];
  for (const block of output.split(/\n(?=method call )/)) {
    if (!/member=Notify\b/.test(block)) continue;
    const strings = [...block.matchAll(/^ {3}string "((?:[^"\\]|\\.)*)"$/gm)].map((m) => m[1] ?? '');
    const [appName = '', , summary = '', body = ''] = strings;
    calls.push({ appName, summary, body, hints: block });
  }
  return calls;
}
