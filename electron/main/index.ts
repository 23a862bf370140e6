/**
 * Entry of the tray app under Electron: one instance, then the desktop host (src/desktop/host.ts)
 * on the Electron platform. Everything else lives in the host.
 */
import { app } from 'electron';
import { startHost } from '../../src/desktop/host';
import { electronPlatform } from './platform';

if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('window-all-closed', () => undefined); // stay in the tray
  app.whenReady().then(async () => {
    const host = await startHost(electronPlatform());
    // Read by the Playwright smoke test (test/electron/smoke.e2e.test.ts) only.
    if (host && process.env.FYRABEND_E2E === '1') Object.defineProperty(globalThis, '__fyrabendTray', { get: () => host.trayModel() });
  }).catch((e: unknown) => {
    console.log('[fyrabend] start failed', e instanceof Error ? e.message : e);
    app.exit(1);
  });
}
