/**
 * Screen lock on Linux, where Electron emits no lock-screen events: logind's Session Lock/Unlock
 * signals (system bus) and the screensaver's ActiveChanged signal (GNOME, freedesktop) on the
 * session bus, read from `gdbus monitor`. The line parser is pure.
 */
import type { RawSignal } from './presence';

/**
 * Parses one `gdbus monitor` line. `sessionPath` (logind object path of this session) limits
 * logind signals to our own session; without it any session's signal counts.
 */
export function parseLockLine(line: string, sessionPath?: string): RawSignal | null {
  const m = /^(\S+): (org\.freedesktop\.login1\.Session\.(Lock|Unlock)|org\.(?:gnome|freedesktop)\.ScreenSaver\.ActiveChanged) \((.*)\)\s*$/.exec(line.trim());
  if (!m) return null;
  const [, path, , logind, args] = m;
  if (logind) {
    if (sessionPath && path !== sessionPath) return null;
    return logind === 'Lock' ? 'lock-screen' : 'unlock-screen';
  }
  const value = (args ?? '').replace(/[,\s]/g, '');
  if (value === 'true') return 'lock-screen';
  if (value === 'false') return 'unlock-screen';
  return null;
}

/** The monitors to run: [bus arguments for `gdbus monitor`]. */
export const LOCK_MONITORS: readonly (readonly string[])[] = [
  ['monitor', '--system', '--dest', 'org.freedesktop.login1'],
  ['monitor', '--session', '--dest', 'org.gnome.ScreenSaver'],
  ['monitor', '--session', '--dest', 'org.freedesktop.ScreenSaver'],
];

export interface LineProcess {
  onLine(listener: (line: string) => void): void;
  kill(): void;
}

/** A lock source for createPresence: starts the monitors, feeds parsed signals, stops them. */
export function linuxLockSource(spawnLines: (args: readonly string[]) => LineProcess | null, sessionPath: string | undefined, log: (m: string) => void) {
  return (emit: (signal: RawSignal) => void): (() => void) => {
    const procs: LineProcess[] = [];
    for (const args of LOCK_MONITORS) {
      const p = spawnLines(args);
      if (!p) {
        log(`lock signals: could not run gdbus ${args.join(' ')}`);
        continue;
      }
      p.onLine((line) => {
        const s = parseLockLine(line, sessionPath);
        if (s) emit(s);
      });
      procs.push(p);
    }
    log(`lock signals: ${procs.length} D-Bus monitor(s) running`);
    return () => procs.forEach((p) => p.kill());
  };
}

/** logind object path of a session id (`2` → `/org/freedesktop/login1/session/_32`, D-Bus escaping). */
export function logindSessionPath(sessionId: string | undefined): string | undefined {
  if (!sessionId) return undefined;
  const escaped = [...sessionId].map((c) => (/[A-Za-z]/.test(c) ? c : `_${c.charCodeAt(0).toString(16)}`)).join('');
  return `/org/freedesktop/login1/session/${escaped}`;
}
