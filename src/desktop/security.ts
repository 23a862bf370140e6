/**
 * Fail-closed security of the window: context isolation, sandbox, no node integration, a strict
 * Content-Security-Policy, no remote content, navigation/new windows/permissions denied. Pure
 * functions and small wiring helpers over structural types: the host applies them to whatever window
 * the platform makes, so they run (and are tested) without Electron.
 */

/** The web preferences the host checks (the part of Electron's WebPreferences that matters for safety). */
export interface WindowPreferences {
  readonly preload?: string;
  readonly contextIsolation?: boolean;
  readonly sandbox?: boolean;
  readonly nodeIntegration?: boolean;
  readonly nodeIntegrationInWorker?: boolean;
  readonly nodeIntegrationInSubFrames?: boolean;
  readonly webSecurity?: boolean;
  readonly allowRunningInsecureContent?: boolean;
  readonly webviewTag?: boolean;
  readonly experimentalFeatures?: boolean;
  readonly enableBlinkFeatures?: string;
  readonly navigateOnDragDrop?: boolean;
  readonly safeDialogs?: boolean;
  readonly spellcheck?: boolean;
  readonly additionalArguments?: readonly string[];
  readonly partition?: string;
  readonly session?: unknown;
}

/** The CSP of the window (a header on every response; the meta tag in src/ui/index.html is META_CONTENT_SECURITY_POLICY). Nothing remote, nothing inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
].join('; ');

/** Directives a `<meta>` policy cannot carry (CSP 3, § 3.3: ignored there, and Chromium says so in the console). */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The policy of the meta tag in src/ui/index.html: the header's policy without the header-only
 * directives, so the page is as strict when it is shown without the header (a test compares them).
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !HEADER_ONLY_DIRECTIVES.includes(d.split(' ')[0] ?? ''))
  .join('; ');

export class InsecureWindowError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Refusing to create a window with unsafe web preferences: ${problems.join('; ')}`);
  }
}

/** The only web preferences a Fyrabend window is created with. */
export function secureWebPreferences(preload: string): WindowPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** Preferences that must have exactly this value; a missing value counts as unsafe (fail closed). */
const REQUIRED: readonly [keyof WindowPreferences, unknown][] = [
  ['contextIsolation', true],
  ['sandbox', true],
  ['nodeIntegration', false],
  ['nodeIntegrationInWorker', false],
  ['nodeIntegrationInSubFrames', false],
  ['webSecurity', true],
  ['allowRunningInsecureContent', false],
  ['webviewTag', false],
  ['experimentalFeatures', false],
];

/** Throws InsecureWindowError unless every preference is safe; also refuses unknown risky keys. */
export function assertSecureWebPreferences(prefs: WindowPreferences | null | undefined): void {
  const problems: string[] = [];
  if (!prefs || typeof prefs !== 'object') throw new InsecureWindowError(['no web preferences given']);
  for (const [key, value] of REQUIRED) {
    if (prefs[key] !== value) problems.push(`${String(key)} must be ${String(value)}`);
  }
  if (typeof prefs.enableBlinkFeatures === 'string' && prefs.enableBlinkFeatures.trim() !== '') problems.push('enableBlinkFeatures must be empty');
  if (typeof prefs.preload !== 'string' || prefs.preload.length === 0) problems.push('a preload script is required');
  if ('additionalArguments' in prefs && (prefs.additionalArguments ?? []).length > 0) problems.push('additionalArguments are not allowed');
  if ('partition' in prefs && prefs.partition !== undefined) problems.push('a custom partition is not allowed');
  if ('session' in prefs && prefs.session !== undefined) problems.push('a custom session is not allowed');
  if (problems.length > 0) throw new InsecureWindowError(problems);
}

/**
 * True only for the bundled window page itself: a `file:` URL without host whose normalised path is
 * exactly the renderer's index.html (a query or hash is allowed). Everything else is untrusted.
 */
export function isTrustedRendererUrl(url: unknown, indexUrl: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 4096) return false;
  let u: URL;
  let index: URL;
  try {
    u = new URL(url);
    index = new URL(indexUrl);
  } catch {
    return false;
  }
  if (u.protocol !== 'file:' || index.protocol !== 'file:') return false;
  if (u.host !== '' || u.username !== '' || u.password !== '') return false;
  if (/%2f|%5c|%00/i.test(u.pathname)) return false;
  return u.pathname === index.pathname;
}

/** The sender of an IPC message, as far as the check needs it. */
export interface IpcSenderLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The message must come from the main window's own top frame showing the bundled page. */
export function isTrustedSender(event: IpcSenderLike, windowContentsId: number | null, indexUrl: string): boolean {
  if (windowContentsId === null || event.sender.id !== windowContentsId) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isTrustedRendererUrl(frame.url, indexUrl);
}

interface HeadersDetails {
  readonly responseHeaders?: Record<string, string[] | string>;
}
export interface SessionLike {
  setPermissionRequestHandler(handler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null): void;
  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void;
  readonly webRequest: {
    onHeadersReceived(listener: (details: HeadersDetails, callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void) => void): void;
  };
}

/** Denies every permission and adds the CSP header to every response of the window's session. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...(details.responseHeaders ?? {}), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export interface ContentsLike {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: { preventDefault(): void; url?: string }, url?: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** New windows are always denied; navigation away from the bundled page is prevented. */
export function hardenContents(contents: ContentsLike, indexUrl: string, log: (m: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied a new window (${url.slice(0, 80)})`);
    return { action: 'deny' };
  });
  const guard = (event: { preventDefault(): void; url?: string }, url?: string) => {
    const target = url ?? event.url ?? '';
    if (!isTrustedRendererUrl(target, indexUrl)) {
      event.preventDefault();
      log(`denied navigation (${target.slice(0, 80)})`);
    }
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
