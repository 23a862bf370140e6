/**
 * Start at login, off until the user enables it (first-run dialog or settings): login items on
 * macOS and Windows, an XDG autostart `.desktop` file on Linux (freedesktop Desktop Application
 * Autostart Specification). The file text is built by a pure function.
 */
export interface DesktopEntryInput {
  readonly exec: string;
  readonly name: string;
  /** The default (English) comment. */
  readonly comment: string;
  /** Localised comments (`Comment[nb]=…`), in the order given. */
  readonly localComments?: Readonly<Record<string, string>>;
  /** An icon name from the icon theme, or an absolute path. */
  readonly icon?: string;
}

/** What the autostart entry says about Fyrabend, written for each language. */
export const AUTOSTART_COMMENT = {
  en: 'Logs your home-office work sessions and warns before work runs past the agreed time',
  nb: 'Logger arbeidsøktene dine på hjemmekontoret og varsler før du jobber utover avtalt tid',
  nn: 'Held oversikt over arbeidsøktene dine på heimekontoret og seier frå før arbeidsdagen blir for lang',
} as const;

/**
 * The entry's icon: the app icon's path, except from an AppImage, whose files live under a mount
 * point that changes every start; there the theme name (installed by AppImage desktop integration).
 */
export function autostartIcon(appIcon: string, appImage: string | undefined): string {
  return appImage ? 'fyrabend' : appIcon;
}

/** Quotes one argument for a desktop entry `Exec` key (Desktop Entry Specification, "The Exec key"). */
export function quoteExecArg(arg: string): string {
  if (/^[A-Za-z0-9_./:=@+-]+$/.test(arg)) return arg.replace(/%/g, '%%');
  return `"${arg.replace(/[\\"`$]/g, (c) => `\\${c}`).replace(/%/g, '%%')}"`;
}

const clean = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

export function desktopEntry(input: DesktopEntryInput, args: readonly string[] = ['--hidden']): string {
  const exec = [input.exec, ...args].map(quoteExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${clean(input.name)}`,
    `Comment=${clean(input.comment)}`,
    ...Object.entries(input.localComments ?? {}).map(([lang, text]) => `Comment[${clean(lang)}]=${clean(text)}`),
    `Exec=${exec}`,
    ...(input.icon ? [`Icon=${clean(input.icon)}`] : []),
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    'X-GNOME-Autostart-Delay=5',
    '',
  ].join('\n');
}

export interface AutostartDeps {
  readonly platform: NodeJS.Platform;
  /** Electron's app.setLoginItemSettings (macOS, Windows). */
  readonly setLoginItem: (settings: { openAtLogin: boolean; openAsHidden?: boolean; args?: string[] }) => void;
  readonly fs: {
    writeFile(path: string, text: string): void;
    remove(path: string): void;
    mkdir(path: string): void;
  };
  /** $XDG_CONFIG_HOME or ~/.config */
  readonly configHome: string;
  /** What to run: the AppImage path when running from one, else the executable. */
  readonly exec: string;
  readonly icon?: string;
}

export const DESKTOP_FILE = 'fyrabend.desktop';

/** Applies the autostart setting; returns where it was written (for the log). */
export function applyAutostart(enabled: boolean, d: AutostartDeps): string {
  if (d.platform === 'darwin' || d.platform === 'win32') {
    d.setLoginItem({ openAtLogin: enabled, openAsHidden: true, args: ['--hidden'] });
    return 'login item';
  }
  const dir = `${d.configHome.replace(/\/+$/, '')}/autostart`;
  const file = `${dir}/${DESKTOP_FILE}`;
  if (enabled) {
    d.fs.mkdir(dir);
    const { en, ...localComments } = AUTOSTART_COMMENT;
    d.fs.writeFile(file, desktopEntry({ exec: d.exec, name: 'Fyrabend', comment: en, localComments, ...(d.icon ? { icon: d.icon } : {}) }));
  } else {
    d.fs.remove(file);
  }
  return file;
}
