import { describe, expect, it } from 'vitest';
import type { WindowPreferences as WebPreferences } from '../../src/desktop/security';
import { assertSecureWebPreferences, CONTENT_SECURITY_POLICY, hardenContents, hardenSession, isTrustedRendererUrl, isTrustedSender, secureWebPreferences } from '../../src/desktop/security';
import { createGuardedWindow, mainWindowOptions } from '../../src/desktop/window';

const INDEX = 'file:///opt/Fyrabend/resources/app.asar/out/renderer/index.html';
const safe = secureWebPreferences('/opt/Fyrabend/out/preload/index.cjs');

describe('assertSecureWebPreferences', () => {
  it('accepts the secure preferences', () => expect(() => assertSecureWebPreferences(safe)).not.toThrow());
  const unsafe: [string, WebPreferences | undefined][] = [
    ['no preferences', undefined],
    ['nodeIntegration on', { ...safe, nodeIntegration: true }],
    ['contextIsolation off', { ...safe, contextIsolation: false }],
    ['contextIsolation missing', { ...safe, contextIsolation: undefined }],
    ['sandbox off', { ...safe, sandbox: false }],
    ['sandbox missing', { ...safe, sandbox: undefined }],
    ['webSecurity off', { ...safe, webSecurity: false }],
    ['insecure content', { ...safe, allowRunningInsecureContent: true }],
    ['webview tag', { ...safe, webviewTag: true }],
    ['node in workers', { ...safe, nodeIntegrationInWorker: true }],
    ['node in subframes', { ...safe, nodeIntegrationInSubFrames: true }],
    ['experimental features', { ...safe, experimentalFeatures: true }],
    ['blink features', { ...safe, enableBlinkFeatures: 'CSSVariables' }],
    ['no preload', { ...safe, preload: undefined }],
    ['extra arguments', { ...safe, additionalArguments: ['--inspect'] }],
    ['custom partition', { ...safe, partition: 'persist:other' }],
  ];
  it.each(unsafe)('refuses %s', (_n, prefs) => expect(() => assertSecureWebPreferences(prefs)).toThrow(/unsafe web preferences/));
  it('never calls the window constructor for unsafe options', () => {
    let created = 0;
    const create = () => ((created++, {}) as never);
    const options = mainWindowOptions('/opt/Fyrabend/out/preload/index.cjs');
    expect(() => createGuardedWindow(create, { ...options, webPreferences: { ...safe, nodeIntegration: true } })).toThrow();
    expect(created).toBe(0);
    createGuardedWindow(create, options);
    expect(created).toBe(1);
  });
});

describe('isTrustedRendererUrl (adversarial table)', () => {
  const rows: [string, unknown, boolean][] = [
    ['the page', INDEX, true],
    ['the page with a hash route', `${INDEX}#/week`, true],
    ['the page with a query', `${INDEX}?page=today`, true],
    ['https site', 'https://evil.example/out/renderer/index.html', false],
    ['http localhost', 'http://localhost:5173/', false],
    ['file with host', 'file://evil.example/opt/Fyrabend/resources/app.asar/out/renderer/index.html', false],
    ['another local file', 'file:///etc/passwd', false],
    ['sibling html', 'file:///opt/Fyrabend/resources/app.asar/out/renderer/evil.html', false],
    ['dot-dot escaping and back', 'file:///opt/Fyrabend/resources/app.asar/out/renderer/../../../../../tmp/index.html', false],
    ['encoded dot-dot', 'file:///opt/Fyrabend/resources/app.asar/out/renderer/%2e%2e/renderer/x/../../../../tmp/index.html', false],
    ['encoded slash', 'file:///opt/Fyrabend/resources/app.asar/out/renderer%2findex.html', false],
    ['null byte', 'file:///opt/Fyrabend/resources/app.asar/out/renderer/index.html%00.js', false],
    ['prefix trick', 'file:///opt/Fyrabend/resources/app.asar/out/renderer/index.html.evil', false],
    ['javascript', 'javascript:alert(1)', false],
    ['data url', 'data:text/html,<script>alert(1)</script>', false],
    ['blob', 'blob:file:///x', false],
    ['devtools', 'devtools://devtools/bundled/inspector.html', false],
    ['credentials', 'file://user:pw@/opt/Fyrabend/resources/app.asar/out/renderer/index.html', false],
    ['empty', '', false],
    ['not a string', { href: INDEX }, false],
    ['garbage', 'not a url', false],
  ];
  it.each(rows)('%s', (_n, url, trusted) => expect(isTrustedRendererUrl(url, INDEX)).toBe(trusted));
});

describe('isTrustedSender', () => {
  const ev = (id: number, url: string, parent: unknown = null) => ({ sender: { id }, senderFrame: { url, parent } });
  it.each([
    ['main window top frame', ev(7, INDEX), 7, true],
    ['another webContents', ev(8, INDEX), 7, false],
    ['a subframe', ev(7, INDEX, {}), 7, false],
    ['navigated elsewhere', ev(7, 'https://evil.example/'), 7, false],
    ['no window', ev(7, INDEX), null, false],
    ['no frame', { sender: { id: 7 }, senderFrame: null }, 7, false],
  ] as const)('%s', (_n, e, id, ok) => expect(isTrustedSender(e, id, INDEX)).toBe(ok));
});

describe('session and contents hardening', () => {
  it('denies every permission and sets the CSP header', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: ((...a: unknown[]) => boolean) | null = null;
    let headers: ((d: { responseHeaders?: Record<string, string[] | string> }, cb: (r: { responseHeaders?: Record<string, string[] | string> }) => void) => void) | null = null;
    hardenSession({ setPermissionRequestHandler: (h) => void (request = h), setPermissionCheckHandler: (h) => void (check = h), webRequest: { onHeadersReceived: (l) => void (headers = l) } });
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      request!({}, p, (g) => (granted = g));
      expect(granted).toBe(false);
    }
    expect(check!()).toBe(false);
    let out: Record<string, string[] | string> | undefined;
    headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (out = r.responseHeaders));
    expect(out?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('denies new windows and navigation away from the page', () => {
    const listeners = new Map<string, (e: { preventDefault(): void; url?: string }, url?: string) => void>();
    let open: ((d: { url: string }) => { action: string }) | null = null;
    hardenContents({ setWindowOpenHandler: (h) => void (open = h), on: ((ev: string, l: never) => listeners.set(ev, l)) as never }, INDEX, () => undefined);
    expect(open!({ url: 'https://evil.example' })).toEqual({ action: 'deny' });
    expect(open!({ url: INDEX })).toEqual({ action: 'deny' });
    const attempt = (event: string, url: string) => {
      let prevented = false;
      listeners.get(event)!({ preventDefault: () => (prevented = true), url }, url);
      return prevented;
    };
    expect(attempt('will-navigate', 'https://evil.example')).toBe(true);
    expect(attempt('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-frame-navigate', 'https://evil.example')).toBe(true);
    expect(attempt('will-navigate', `${INDEX}#/week`)).toBe(false);
    let webview = false;
    listeners.get('will-attach-webview')!({ preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
  });
});
