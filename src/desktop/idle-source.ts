/**
 * Where idle time comes from. Electron's powerMonitor.getSystemIdleTime works on macOS, Windows and
 * X11; on Wayland it reads 0 for ever, so there the chain tries the compositor over D-Bus (GNOME
 * Mutter's IdleMonitor, then the freedesktop ScreenSaver of KDE) and finally gives up (presence then
 * comes from lock and suspend only). The chosen source is written to the log.
 */
export type IdleSourceName = 'electron' | 'mutter' | 'freedesktop-screensaver' | 'none';

/** The order to try, by platform and session type (`XDG_SESSION_TYPE`). */
export function idleChain(platform: NodeJS.Platform, sessionType: string | undefined): IdleSourceName[] {
  if (platform !== 'linux') return ['electron'];
  if ((sessionType ?? '').toLowerCase() === 'wayland') return ['mutter', 'freedesktop-screensaver', 'none'];
  return ['electron', 'mutter', 'freedesktop-screensaver', 'none'];
}

/** Reads the number from a `gdbus call` answer such as `(uint64 12345,)`; null if there is none. */
export function parseGdbusNumber(text: string): number | null {
  const m = /\(\s*u?int(?:32|64)\s+(\d+)\s*,?\s*\)/.exec(text);
  return m ? Number(m[1]) : null;
}

export interface IdleProbe {
  readonly name: IdleSourceName;
  /** Seconds since the last input, or null when this source cannot tell. */
  read(): Promise<number | null>;
}

/**
 * Picks the first source in `chain` whose probe answers. Electron on Linux counts only if it
 * ever reads above 0 during the probe (a Wayland session can hide behind XWayland).
 */
export async function chooseIdleSource(chain: readonly IdleSourceName[], probes: readonly IdleProbe[], log: (m: string) => void): Promise<IdleProbe> {
  for (const name of chain) {
    if (name === 'none') break;
    const probe = probes.find((p) => p.name === name);
    if (!probe) continue;
    const value = await probe.read().catch(() => null);
    if (value !== null) {
      log(`idle time source: ${name}`);
      return probe;
    }
    log(`idle time source ${name} not available`);
  }
  log('idle time source: none (presence from screen lock and suspend only)');
  return { name: 'none', read: async () => null };
}

/** gdbus arguments for the D-Bus idle sources. */
export const GDBUS_IDLE_CALLS: Readonly<Record<'mutter' | 'freedesktop-screensaver', { args: readonly string[]; unit: 'ms' | 's' }>> = {
  mutter: {
    args: ['call', '--session', '--dest', 'org.gnome.Mutter.IdleMonitor', '--object-path', '/org/gnome/Mutter/IdleMonitor/Core', '--method', 'org.gnome.Mutter.IdleMonitor.GetIdletime'],
    unit: 'ms',
  },
  'freedesktop-screensaver': {
    args: ['call', '--session', '--dest', 'org.freedesktop.ScreenSaver', '--object-path', '/org/freedesktop/ScreenSaver', '--method', 'org.freedesktop.ScreenSaver.GetSessionIdleTime'],
    unit: 's',
  },
};
