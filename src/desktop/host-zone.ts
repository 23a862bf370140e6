/**
 * The host's time zone, read fresh. The JavaScript engine keeps the zone it saw at start-up, so a
 * zone change while the app runs (the user travels, `timedatectl set-timezone`) is read from where
 * the system keeps it: `TZ`, else the target of /etc/localtime (Linux, macOS), else Intl.
 */
export interface HostZoneDeps {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  /** fs.readlinkSync; throws when /etc/localtime is not a link. */
  readonly readlink: (path: string) => string;
  /** The engine's zone (Intl), the fallback. */
  readonly intlZone: () => string;
}

export function isIanaZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `/usr/share/zoneinfo/Europe/Oslo` or `../usr/share/zoneinfo.default/Europe/Oslo` → `Europe/Oslo`. */
export function zoneOfLocaltimeLink(target: string): string | null {
  const m = /zoneinfo(?:\.default)?\/(?:posix\/|right\/)?(.+)$/.exec(target);
  return m?.[1] && isIanaZone(m[1]) ? m[1] : null;
}

export function readHostZone(d: HostZoneDeps): string {
  const tz = d.env.TZ?.replace(/^:/, '');
  if (tz && isIanaZone(tz)) return tz;
  if (d.platform !== 'win32') {
    try {
      const zone = zoneOfLocaltimeLink(d.readlink('/etc/localtime'));
      if (zone) return zone;
    } catch {
      // Not a link (a copied file, a container): fall back to the engine's zone.
    }
  }
  return d.intlZone();
}
